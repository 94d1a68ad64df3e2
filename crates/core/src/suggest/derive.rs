//! The repeatable first step of taking lexicon terms from a target's official text: the
//! candidate terms (docs/suggestions.md, "Terms from the targets"). A person then picks the
//! candidates that point to the goal and writes them into the lexicon as `term @<target>`;
//! [`LexiconSource::check_origins`](super::LexiconSource::check_origins) proves each one occurs
//! in that target's text.

use crate::model::Lang;
use crate::text;

/// Words that never make a term on their own: function words, and the framework's own words
/// that every target uses («by 2030», «ensure», «developing countries», «at all levels»).
fn stop_words(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::En => &[
            "a",
            "about",
            "achieve",
            "across",
            "all",
            "along",
            "among",
            "an",
            "and",
            "any",
            "appropriate",
            "are",
            "as",
            "at",
            "based",
            "be",
            "both",
            "by",
            "countries",
            "country",
            "developed",
            "developing",
            "down",
            "each",
            "enhance",
            "ensure",
            "especially",
            "every",
            "everywhere",
            "for",
            "from",
            "global",
            "globally",
            "half",
            "has",
            "have",
            "implement",
            "improve",
            "in",
            "including",
            "increase",
            "into",
            "is",
            "its",
            "least",
            "level",
            "levels",
            "more",
            "national",
            "not",
            "notably",
            "of",
            "on",
            "or",
            "other",
            "particular",
            "per",
            "promote",
            "provide",
            "reduce",
            "significantly",
            "so",
            "states",
            "strengthen",
            "substantially",
            "such",
            "support",
            "take",
            "than",
            "that",
            "the",
            "their",
            "them",
            "these",
            "this",
            "those",
            "through",
            "to",
            "towards",
            "under",
            "upon",
            "which",
            "with",
            "within",
        ],
        Lang::Da => &[
            "af", "alle", "at", "blandt", "de", "den", "der", "det", "en", "er", "et", "for",
            "fra", "gennem", "have", "herunder", "i", "inden", "især", "lande", "med", "mod", "og",
            "om", "på", "sikre", "skal", "som", "til", "under", "ved", "være",
        ],
        Lang::Sv => &[
            "av",
            "alla",
            "att",
            "bland",
            "de",
            "den",
            "det",
            "en",
            "ett",
            "för",
            "från",
            "genom",
            "i",
            "inklusive",
            "länder",
            "med",
            "mot",
            "och",
            "om",
            "på",
            "senast",
            "ska",
            "som",
            "särskilt",
            "säkerställa",
            "till",
            "under",
            "vid",
            "är",
        ],
    }
}

/// The candidate terms of a target's text: every word that is not a stop word, a number or
/// shorter than three letters, and every two such words that follow each other with only a
/// space or hyphen between them; in text order, each once (by Snowball stem for single words).
pub fn target_term_candidates(text: &str, lang: Lang) -> Vec<String> {
    let stop = stop_words(lang);
    let stemmer = text::stemmer(lang);
    let mut out: Vec<String> = Vec::new();
    let mut stems: Vec<String> = Vec::new();
    let mut previous: Option<(String, usize)> = None;
    for token in text::tokens(text) {
        let lower = token.text.to_lowercase();
        let keep = lower.chars().count() >= 3
            && !lower.chars().any(|c| c.is_ascii_digit())
            && !stop.contains(&lower.as_str());
        if !keep {
            previous = None;
            continue;
        }
        if let Some((word, end)) = &previous {
            let gap = &text[*end..token.start];
            if gap.chars().all(|c| c == ' ' || c == '-') {
                let pair = format!("{word} {lower}");
                if !out.contains(&pair) {
                    out.push(pair);
                }
            }
        }
        let stem = stemmer.stem(&lower).into_owned();
        if !stems.contains(&stem) {
            stems.push(stem);
            out.push(lower.clone());
        }
        previous = Some((lower, token.start + token.text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn candidates_are_the_content_words_and_their_pairs() {
        let got = target_term_candidates(
            "By 2020, substantially reduce the proportion of youth not in employment, education or training",
            Lang::En,
        );
        assert_eq!(
            got,
            ["proportion", "youth", "employment", "education", "training"]
        );
        let got = target_term_candidates(
            "By 2030, increase substantially the share of renewable energy in the global energy mix",
            Lang::En,
        );
        assert_eq!(
            got,
            [
                "share",
                "renewable",
                "renewable energy",
                "energy",
                "energy mix",
                "mix"
            ]
        );
    }

    #[test]
    fn danish_and_swedish_have_their_own_stop_words() {
        assert_eq!(
            target_term_candidates("Inden 2030 skal ekstrem fattigdom udryddes", Lang::Da),
            [
                "ekstrem",
                "ekstrem fattigdom",
                "fattigdom",
                "fattigdom udryddes",
                "udryddes"
            ]
        );
        assert_eq!(
            target_term_candidates("Senast 2030 avskaffa den extrema fattigdomen", Lang::Sv),
            ["avskaffa", "extrema", "extrema fattigdomen", "fattigdomen"]
        );
    }
}
