//! Matching a text's words against the lexicon and scoring the goals they point to.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::lexicon::{LangIndex, Lexicon, WordPat};
use super::words::{bases, normalize_into};
use super::{MIN_COMPOUND_CHARS, MIN_MODIFIER_CHARS, THRESHOLD};
use crate::model::Lang;
use crate::text;

/// One analyzed word of the input.
#[derive(Clone, Copy, Debug)]
struct Tok {
    field: u32,
    /// Byte range in the field's text.
    start: usize,
    end: usize,
    /// Byte ranges of the lowercase form, the stem and the variant stem in the arena.
    lower: (usize, usize),
    stem: (usize, usize),
    variant: (usize, usize),
}

struct Analysis<'a> {
    arena: String,
    toks: Vec<Tok>,
    fields: &'a [(&'a str, Lang)],
}

impl Analysis<'_> {
    fn lower(&self, tok: &Tok) -> &str {
        &self.arena[tok.lower.0..tok.lower.1]
    }

    fn stems(&self, tok: &Tok) -> [&str; 2] {
        [
            &self.arena[tok.stem.0..tok.stem.1],
            &self.arena[tok.variant.0..tok.variant.1],
        ]
    }

    fn lang(&self, tok: &Tok) -> Lang {
        self.fields[tok.field as usize].1
    }

    /// Whether two consecutive tokens are separated only by spaces and hyphens.
    fn adjacent(&self, a: &Tok, b: &Tok) -> bool {
        a.field == b.field
            && self.fields[a.field as usize].0[a.end..b.start]
                .chars()
                .all(|c| c.is_whitespace() || matches!(c, '-' | '\u{2010}' | '\u{2011}'))
    }
}

fn analyze<'a>(fields: &'a [(&'a str, Lang)]) -> Analysis<'a> {
    let bytes: usize = fields.iter().map(|(t, _)| t.len()).sum();
    let mut analysis = Analysis {
        arena: String::with_capacity(bytes * 2),
        toks: Vec::new(),
        fields,
    };
    let mut lower = String::new();
    for (field, &(body, lang)) in fields.iter().enumerate() {
        let stemmer = text::stemmer(lang);
        for token in text::tokens(body) {
            normalize_into(token.text, &mut lower);
            let l0 = analysis.arena.len();
            analysis.arena.push_str(&lower);
            let l1 = analysis.arena.len();
            let stem = stemmer.stem(&lower);
            analysis.arena.push_str(&stem);
            let s1 = analysis.arena.len();
            if let Some(variant) = stemmer.variant(&lower).filter(|v| *v != stem) {
                analysis.arena.push_str(&variant);
            }
            let v1 = analysis.arena.len();
            analysis.toks.push(Tok {
                field: field as u32,
                start: token.start,
                end: token.end(),
                lower: (l0, l1),
                stem: (l1, s1),
                variant: (s1, v1),
            });
        }
    }
    analysis
}

/// Whether `word` is `tail` itself or a compound ending in `tail` whose first part has at
/// least [`MIN_MODIFIER_CHARS`] letters («sundhedsulighed» ends in «ulighed», «muligheder» does
/// not count).
fn is_compound_of(word: &str, tail: &str) -> bool {
    word.strip_suffix(tail)
        .is_some_and(|head| head.is_empty() || head.chars().count() >= MIN_MODIFIER_CHARS)
}

fn word_matches(pat: &WordPat, lower: &str, stems: [&str; 2], lang: Lang) -> bool {
    let stems = || stems.into_iter().filter(|s| !s.is_empty());
    match pat {
        WordPat::Word {
            lower: l,
            stems: s,
            tail,
        } => {
            stems().any(|a| s.iter().any(|b| a == b))
                || bases(lower, lang).any(|b| b == l)
                || tail
                    .as_deref()
                    .is_some_and(|t| compound_matches(l, t, lower, stems(), lang))
        }
        WordPat::Exact(form) => lower == form,
        WordPat::Prefix(prefix) => lower.starts_with(prefix.as_str()),
        WordPat::Compound { lower: l, stem: s } => compound_matches(l, s, lower, stems(), lang),
    }
}

/// Whether a word of the text is a compound ending in `tail` (as written, or by `stem`).
fn compound_matches<'a>(
    tail: &str,
    stem: &str,
    lower: &str,
    mut stems: impl Iterator<Item = &'a str>,
    lang: Lang,
) -> bool {
    (stem.chars().count() >= MIN_COMPOUND_CHARS && stems.any(|a| is_compound_of(a, stem)))
        || bases(lower, lang).any(|b| is_compound_of(b, tail))
}

/// Adds to `out` the ids of patterns whose first word may match this word.
fn candidates(index: &LangIndex, lower: &str, stems: [&str; 2], lang: Lang, out: &mut Vec<u32>) {
    let mut get = |map: &BTreeMap<String, Vec<u32>>, key: &str| {
        if let Some(ids) = map.get(key) {
            out.extend_from_slice(ids);
        }
    };
    for stem in stems.into_iter().filter(|s| !s.is_empty()) {
        get(&index.by_stem, stem);
    }
    get(&index.by_exact, lower);
    for base in bases(lower, lang) {
        get(&index.by_lower, base);
        if index.tail_min > 0 {
            for (k, _) in base.char_indices() {
                if base.len() - k < index.tail_min {
                    break;
                }
                get(&index.by_tail_lower, &base[k..]);
            }
        }
    }
    if index.tail_min > 0 {
        for stem in stems.into_iter().filter(|s| !s.is_empty()) {
            for (k, _) in stem.char_indices() {
                if stem.len() - k < index.tail_min {
                    break;
                }
                get(&index.by_tail_stem, &stem[k..]);
            }
        }
    }
    let (min, max) = index.prefix_len;
    if max > 0 {
        for (k, _) in lower
            .char_indices()
            .skip(1)
            .chain(std::iter::once((lower.len(), ' ')))
        {
            if k < min {
                continue;
            }
            if k > max {
                break;
            }
            get(&index.by_prefix, &lower[..k]);
        }
    }
}

/// A match of one pattern on consecutive tokens.
#[derive(Clone, Copy, Debug)]
struct Hit {
    goal: u8,
    weight: u8,
    pattern: u32,
    first: usize,
    len: usize,
    /// Letters in the term: of two overlapping terms, the more specific is kept
    /// («klimatilpasning» before «klima*»).
    letters: usize,
}

// ---------------------------------------------------------------------------------------------
// Suggestions.

/// One place in the text that supports a suggestion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evidence {
    /// Which text: always 0 for [`suggest`], the index into `fields` for [`suggest_fields`].
    pub field: usize,
    /// Byte range of the matched words in that text (for highlighting).
    pub start: usize,
    pub end: usize,
    /// The matched words exactly as they appear in the text.
    pub text: String,
    /// The lexicon term that matched, as written in the lexicon.
    pub term: String,
    /// The term's weight: 2 (strong) or 1 (supporting).
    pub weight: u32,
    /// The target the term points to (from its origin mark in the lexicon), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
}

/// A goal suggested from the wording of a text, with the evidence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    /// Goal number, 1 to 17.
    pub goal: u8,
    /// Sum of the weights of the distinct terms matched (see the module documentation).
    pub score: u32,
    /// The target the evidence points to, when its terms that name that target weigh at least
    /// [`THRESHOLD`] on their own (the heaviest such target; on a tie, the one named first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<String>,
    /// Why the evidence points to `target`: set exactly when `target` is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_basis: Option<TargetBasis>,
    /// Every matched occurrence, in text order; never empty.
    pub evidence: Vec<Evidence>,
}

/// Why a suggestion names its target.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetBasis {
    /// At least one of the words is a term taken from the target's official text (`@8.5`).
    OfficialText,
    /// All of the words are terms we added by hand and linked to the target (`@hand 8.5`):
    /// our reading, not the target's own wording.
    OurReading,
}

impl TargetBasis {
    /// The name in the CLI's JSON, the open-data CSV and `suggestions.json`.
    pub fn code(self) -> &'static str {
        match self {
            TargetBasis::OfficialText => "official_text",
            TargetBasis::OurReading => "our_reading",
        }
    }
}

/// Suggests goals for one text in `lang`. See the module documentation for the score.
pub fn suggest(lexicon: &Lexicon, text: &str, lang: Lang) -> Vec<Suggestion> {
    suggest_fields(lexicon, &[(text, lang)])
}

/// Suggests goals for several texts taken together (for example a title and a description,
/// each in its own language): the score counts distinct terms across all of them, phrases do
/// not run from one text into the next, and [`Evidence::field`] says which text a word is in.
pub fn suggest_fields(lexicon: &Lexicon, fields: &[(&str, Lang)]) -> Vec<Suggestion> {
    let analysis = analyze(fields);
    let toks = &analysis.toks;

    // 1. Every match of every pattern.
    let mut hits: Vec<Hit> = Vec::new();
    let mut cands: Vec<u32> = Vec::new();
    for (i, tok) in toks.iter().enumerate() {
        let lang = analysis.lang(tok);
        let index = &lexicon.index[lang.index()];
        cands.clear();
        candidates(
            index,
            analysis.lower(tok),
            analysis.stems(tok),
            lang,
            &mut cands,
        );
        cands.sort_unstable();
        cands.dedup();
        for &id in &cands {
            let pattern = &lexicon.patterns[id as usize];
            let n = pattern.words.len();
            if i + n > toks.len() {
                continue;
            }
            let all = pattern.words.iter().enumerate().all(|(j, word)| {
                let t = &toks[i + j];
                (j == 0 || analysis.adjacent(&toks[i + j - 1], t))
                    && analysis.lang(t) == lang
                    && word_matches(word, analysis.lower(t), analysis.stems(t), lang)
            });
            if all {
                hits.push(Hit {
                    goal: pattern.goal,
                    weight: pattern.weight,
                    pattern: id,
                    first: i,
                    len: n,
                    letters: pattern.term.chars().filter(|c| c.is_alphanumeric()).count(),
                });
            }
        }
    }
    if hits.is_empty() {
        return Vec::new();
    }

    // 2. Per goal, keep non-overlapping matches: longer, then more specific, then heavier,
    //    then earlier first. The more specific term is the lexicon's considered word on those
    //    words: «lokale fødevarer» is written supporting although «fødevare*» is strong.
    hits.sort_unstable_by(|a, b| {
        (a.goal, b.len, b.letters, b.weight, a.first, a.pattern)
            .cmp(&(b.goal, a.len, a.letters, a.weight, b.first, b.pattern))
    });
    let mut used = vec![false; toks.len()];
    let mut suggestions = Vec::new();
    let mut kept: Vec<Hit> = Vec::new();
    let mut start = 0;
    while start < hits.len() {
        let goal = hits[start].goal;
        let end = start + hits[start..].iter().take_while(|h| h.goal == goal).count();
        kept.clear();
        for hit in &hits[start..end] {
            let span = hit.first..hit.first + hit.len;
            if used[span.clone()].iter().any(|&u| u) {
                continue;
            }
            used[span].iter_mut().for_each(|u| *u = true);
            kept.push(*hit);
        }
        for hit in &kept {
            used[hit.first..hit.first + hit.len]
                .iter_mut()
                .for_each(|u| *u = false);
        }

        // 3. Score: the weights of the distinct terms kept.
        kept.sort_unstable_by_key(|h| (h.pattern, h.first));
        let score: u32 = kept
            .iter()
            .enumerate()
            .filter(|(k, h)| *k == 0 || kept[k - 1].pattern != h.pattern)
            .map(|(_, h)| u32::from(h.weight))
            .sum();
        if score >= THRESHOLD {
            kept.sort_unstable_by_key(|h| h.first);
            let official: Vec<bool> = kept
                .iter()
                .map(|h| lexicon.patterns[h.pattern as usize].official)
                .collect();
            let evidence: Vec<Evidence> = kept
                .iter()
                .map(|h| {
                    let (first, last) = (&toks[h.first], &toks[h.first + h.len - 1]);
                    let body = fields[first.field as usize].0;
                    Evidence {
                        field: first.field as usize,
                        start: first.start,
                        end: last.end,
                        text: body[first.start..last.end].to_string(),
                        term: lexicon.patterns[h.pattern as usize].term.clone(),
                        weight: u32::from(h.weight),
                        target: lexicon.patterns[h.pattern as usize].target.clone(),
                    }
                })
                .collect();
            let (target, target_basis) = best_target(&evidence, &official).unzip();
            suggestions.push(Suggestion {
                goal,
                score,
                target,
                target_basis,
                evidence,
            });
        }
        start = end;
    }
    suggestions.sort_by(|a, b| b.score.cmp(&a.score).then(a.goal.cmp(&b.goal)));
    suggestions
}

/// The target with the most evidence: the weights of its distinct terms summed, at least
/// [`THRESHOLD`]; on a tie, the target whose evidence comes first. With it, its basis: the
/// official text if any of its terms comes from that text (`official[k]` says so of
/// `evidence[k]`), else our reading.
fn best_target(evidence: &[Evidence], official: &[bool]) -> Option<(String, TargetBasis)> {
    let mut scores: Vec<(&str, u32, Vec<&str>, bool)> = Vec::new();
    for (e, &official) in evidence.iter().zip(official) {
        let Some(target) = e.target.as_deref() else {
            continue;
        };
        let at = match scores.iter().position(|(t, ..)| *t == target) {
            Some(at) => at,
            None => {
                scores.push((target, 0, Vec::new(), false));
                scores.len() - 1
            }
        };
        let (_, score, terms, any_official) = &mut scores[at];
        *any_official |= official;
        if !terms.contains(&e.term.as_str()) {
            terms.push(&e.term);
            *score += e.weight;
        }
    }
    // `max_by_key` keeps the last of equals; search from the end so the first named wins.
    scores
        .iter()
        .rev()
        .filter(|(_, score, ..)| *score >= THRESHOLD)
        .max_by_key(|(_, score, ..)| *score)
        .map(|&(target, _, _, official)| {
            let basis = if official {
                TargetBasis::OfficialText
            } else {
                TargetBasis::OurReading
            };
            (target.to_string(), basis)
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suggest::{GoalTerms, LexiconSource, TermLists};

    fn lexicon() -> Lexicon {
        let source = LexiconSource {
            goal: vec![
                GoalTerms {
                    number: 7,
                    name: Some("Affordable and clean energy".into()),
                    da: TermLists {
                        strong: vec!["vedvarende energi".into(), "*energi".into()],
                        supporting: vec!["varmepumpe*".into()],
                    },
                    sv: TermLists {
                        strong: vec!["förnybar energi".into(), "*energi".into()],
                        supporting: vec![],
                    },
                    en: TermLists {
                        strong: vec!["renewable energy".into()],
                        supporting: vec!["energy".into()],
                    },
                },
                GoalTerms {
                    number: 13,
                    name: None,
                    da: TermLists {
                        strong: vec!["klima*".into(), "CO2".into(), "udledning".into()],
                        supporting: vec!["oversvømmelse".into(), "=havet".into()],
                    },
                    sv: TermLists {
                        strong: vec!["klimat".into(), "utsläpp".into()],
                        supporting: vec![],
                    },
                    en: TermLists {
                        strong: vec!["climate change".into(), "greenhouse gas".into()],
                        supporting: vec!["flood".into(), "carbon".into()],
                    },
                },
                GoalTerms {
                    number: 3,
                    name: None,
                    da: TermLists::default(),
                    sv: TermLists {
                        strong: vec!["*hälsa".into()],
                        supporting: vec!["vård".into()],
                    },
                    en: TermLists {
                        strong: vec!["health".into()],
                        supporting: vec![],
                    },
                },
            ],
        };
        Lexicon::new(&source).unwrap()
    }

    fn goals(s: &[Suggestion]) -> Vec<u8> {
        s.iter().map(|s| s.goal).collect()
    }

    #[test]
    fn multi_word_phrases_match_consecutive_words_only() {
        let lex = lexicon();
        let text = "Vi vil fremme vedvarende energi i hele regionen.";
        let s = suggest(&lex, text, Lang::Da);
        assert_eq!(goals(&s), [7]);
        // The phrase and `*energi` overlap on «energi»: the longer, equally strong phrase wins.
        assert_eq!(s[0].evidence.len(), 1);
        assert_eq!(s[0].evidence[0].text, "vedvarende energi");
        assert_eq!(s[0].evidence[0].term, "vedvarende energi");
        assert_eq!(
            &text[s[0].evidence[0].start..s[0].evidence[0].end],
            "vedvarende energi"
        );
        assert_eq!(s[0].score, 2);

        // English phrase: "renewable energy" (strong); "energy" alone is only supporting.
        let s = suggest(&lex, "More renewable energy for the region", Lang::En);
        assert_eq!(goals(&s), [7]);
        assert_eq!(s[0].evidence[0].text, "renewable energy");
        assert!(suggest(&lex, "Energy for the region", Lang::En).is_empty());
        // Words of a phrase separated by a full stop do not form the phrase.
        let s = suggest(&lex, "We want more renewable. Energy is key.", Lang::En);
        assert!(s.is_empty(), "{s:?}");
    }

    #[test]
    fn inflected_forms_and_compounds_match() {
        let lex = lexicon();
        let s = suggest(
            &lex,
            "Klimaforandringerne rammer os; udledningerne skal ned.",
            Lang::Da,
        );
        assert_eq!(goals(&s), [13]);
        let words: Vec<&str> = s[0].evidence.iter().map(|e| e.text.as_str()).collect();
        assert_eq!(words, ["Klimaforandringerne", "udledningerne"]);
        assert_eq!(s[0].score, 4);

        // Swedish: the stemmer leaves «klimatet» apart from «klimat»; the endings join them.
        let s = suggest(&lex, "Klimatet och utsläppen", Lang::Sv);
        assert_eq!(goals(&s), [13]);
        assert_eq!(s[0].evidence.len(), 2);
        // Compound ending: «folkhälsan» ends in «hälsa» + «n».
        let s = suggest(&lex, "Folkhälsan ska förbättras", Lang::Sv);
        assert_eq!(goals(&s), [3]);
        assert_eq!(s[0].evidence[0].text, "Folkhälsan");
        // The first part of a compound needs three letters: «ohälsa» is not read as o + hälsa.
        assert!(suggest(&lex, "ohälsa", Lang::Sv).is_empty());
        // Compound ending in Danish: «vindenergien».
        let s = suggest(&lex, "Mere vindenergien", Lang::Da);
        assert_eq!(goals(&s), [7]);
        // Hyphenated word: «CO2-udledningen» is two words, both strong terms of goal 13.
        let s = suggest(&lex, "CO2-udledningen fra bygninger", Lang::Da);
        assert_eq!(goals(&s), [13]);
        assert_eq!(s[0].score, 4);
        // English stemming: plurals and -ing forms.
        let s = suggest(&lex, "Greenhouse gases and floods", Lang::En);
        assert_eq!(goals(&s), [13]);
        assert_eq!(s[0].score, 3);
    }

    #[test]
    fn case_and_decomposed_letters() {
        let lex = lexicon();
        let nfd = "FOLKHA\u{0308}LSA";
        let s = suggest(&lex, nfd, Lang::Sv);
        assert_eq!(goals(&s), [3]);
        assert_eq!(s[0].evidence[0].text, nfd);
        // Diacritics are kept: «halsa» is not «hälsa».
        assert!(suggest(&lex, "folkhalsa", Lang::Sv).is_empty());
    }

    #[test]
    fn each_language_uses_its_own_terms() {
        let lex = lexicon();
        assert_eq!(goals(&suggest(&lex, "klimatilpasning", Lang::Da)), [13]);
        assert!(suggest(&lex, "klimatanpassning", Lang::Sv).is_empty());
        assert_eq!(goals(&suggest(&lex, "klimatet", Lang::Sv)), [13]);
        assert_eq!(
            goals(&suggest(&lex, "Tackling climate change", Lang::En)),
            [13]
        );
        assert!(suggest(&lex, "Tackling climate change", Lang::Da).is_empty());
    }

    #[test]
    fn no_evidence_no_suggestion() {
        let lex = lexicon();
        assert!(suggest(&lex, "", Lang::Da).is_empty());
        assert!(suggest(&lex, "Regionen vil samarbejde med kommunerne.", Lang::Da).is_empty());
        for lang in Lang::ALL {
            for s in suggest(
                &lex,
                "klima klimat climate change hälsa health energi",
                lang,
            ) {
                assert!(!s.evidence.is_empty());
                assert!(s.score >= THRESHOLD);
            }
        }
    }

    #[test]
    fn one_supporting_word_is_not_enough() {
        let lex = lexicon();
        // One supporting term, even repeated: score 1.
        assert!(suggest(&lex, "Oversvømmelse efter oversvømmelse", Lang::Da).is_empty());
        assert!(suggest(&lex, "Carbon, carbon and carbon.", Lang::En).is_empty());
        // Two different supporting terms: score 2.
        let s = suggest(&lex, "Oversvømmelser ved havet", Lang::Da);
        assert_eq!(goals(&s), [13]);
        assert_eq!(s[0].score, 2);
        // `=havet` is an exact form: «have» is not «havet».
        assert!(suggest(&lex, "Oversvømmelser i haven", Lang::Da).is_empty());
    }

    #[test]
    fn the_more_specific_overlapping_term_decides_the_weight() {
        let lexicon = Lexicon::from_json(
            r#"{"goal":[{"number":2,"da":{"strong":["fødevare*"],"supporting":["lokale fødevarer","landbrugsjord*","landmænd"]}}]}"#,
        )
        .expect("valid");
        // «fødevarer» on its own is strong.
        assert_eq!(goals(&suggest(&lexicon, "Flere fødevarer", Lang::Da)), [2]);
        // The phrase «lokale fødevarer» covers it and is written supporting: it weighs 1.
        let s = suggest(&lexicon, "Turisme bygget på lokale fødevarer", Lang::Da);
        assert!(s.is_empty(), "{s:?}");
        // The same holds within one word: «landbrugsjord*» is more specific than «landbrug*».
        let lexicon = Lexicon::from_json(
            r#"{"goal":[{"number":2,"da":{"strong":["landbrug*"],"supporting":["landbrugsjord*","landmænd"]}}]}"#,
        )
        .expect("valid");
        assert!(suggest(&lexicon, "Vi opkøber landbrugsjord", Lang::Da).is_empty());
        let s = suggest(&lexicon, "Landmænd og landbrugsjord", Lang::Da);
        assert_eq!((goals(&s), s[0].score), (vec![2], 2));
        assert_eq!(goals(&suggest(&lexicon, "Landbruget", Lang::Da)), [2]);
    }

    #[test]
    fn deterministic_and_ordered() {
        let lex = lexicon();
        let text = "Climate change, greenhouse gas and health: renewable energy, energy, floods.";
        let first = suggest(&lex, text, Lang::En);
        for _ in 0..5 {
            assert_eq!(suggest(&lex, text, Lang::En), first);
        }
        // 13 scores 5, 7 scores 3, 3 scores 2.
        let scored: Vec<(u8, u32)> = first.iter().map(|s| (s.goal, s.score)).collect();
        assert_eq!(scored, [(13, 5), (7, 3), (3, 2)]);
        for s in &first {
            assert!(s
                .evidence
                .windows(2)
                .all(|w| (w[0].field, w[0].start) < (w[1].field, w[1].start)));
        }
        // Equal scores: lower goal first.
        let s = suggest(&lex, "health and climate change", Lang::En);
        assert_eq!(goals(&s), [3, 13]);
    }

    #[test]
    fn fields_are_scored_together_but_kept_apart() {
        let lex = lexicon();
        let fields = [("Oversvømmelser", Lang::Da), ("ved havet", Lang::Da)];
        let s = suggest_fields(&lex, &fields);
        assert_eq!(goals(&s), [13]);
        assert_eq!(s[0].evidence[1].field, 1);
        assert_eq!(s[0].evidence[1].text, "havet");
        // A phrase does not run from one field into the next.
        let fields = [("renewable", Lang::En), ("energy", Lang::En)];
        assert!(suggest_fields(&lex, &fields).is_empty());
        // Each field in its own language.
        let fields = [("Folkhälsa", Lang::Sv), ("climate change", Lang::En)];
        assert_eq!(goals(&suggest_fields(&lex, &fields)), [3, 13]);
    }

    #[test]
    fn a_suggestion_names_the_target_its_evidence_supports() {
        let lexicon = Lexicon::from_json(
            r#"{"goal":[{"number":8,"en":{"strong":["youth employment @8.b","jobs @hand"],"supporting":["not in employment @8.6","decent work @hand 8.5","training @hand 8.6"]}}]}"#,
        )
        .expect("valid");
        let target = |text: &str| suggest(&lexicon, text, Lang::En)[0].target.clone();
        // One strong term names its target.
        assert_eq!(
            target("A plan for youth employment").as_deref(),
            Some("8.b")
        );
        // Two supporting terms of 8.6 outweigh one of 8.5.
        assert_eq!(
            target("Youths not in employment or training need decent work").as_deref(),
            Some("8.6")
        );
        // A supporting term alone is not enough evidence for a target; the goal still stands.
        let s = suggest(&lexicon, "More jobs and decent work", Lang::En);
        assert_eq!((s[0].goal, s[0].target.as_deref()), (8, None));
        assert_eq!(s[0].evidence[0].target, None);
        assert_eq!(s[0].evidence[1].target.as_deref(), Some("8.5"));
        assert_eq!(
            s[0].evidence[1].term, "decent work",
            "the term without its mark"
        );
    }

    #[test]
    fn a_target_named_only_by_hand_terms_is_our_reading() {
        let lexicon = Lexicon::from_json(
            r#"{"goal":[{"number":8,"en":{"strong":["youth employment @8.b","jobs @hand 8.5"],"supporting":["young people @hand 8.b"]}}]}"#,
        )
        .expect("valid");
        let named = |text: &str| {
            let s = &suggest(&lexicon, text, Lang::En)[0];
            (s.target.clone(), s.target_basis)
        };
        assert_eq!(
            named("Youth employment"),
            (Some("8.b".into()), Some(TargetBasis::OfficialText))
        );
        assert_eq!(
            named("More jobs"),
            (Some("8.5".into()), Some(TargetBasis::OurReading))
        );
        // One term from the official text is enough for the target's own wording to count.
        assert_eq!(
            named("Youth employment for young people"),
            (Some("8.b".into()), Some(TargetBasis::OfficialText))
        );
        // No target, no basis; and the basis is in the JSON the app reads.
        let s = &suggest(&lexicon, "jobs jobs and youth employment", Lang::En)[0];
        assert_eq!(
            s.target.as_deref(),
            Some("8.5"),
            "the first named wins a tie"
        );
        let json = serde_json::to_value(s).expect("serializes");
        assert_eq!(json["target_basis"], TargetBasis::OurReading.code());
        assert_eq!(
            serde_json::to_value(TargetBasis::OfficialText).expect("serializes"),
            TargetBasis::OfficialText.code()
        );
        let lexicon =
            Lexicon::from_json(r#"{"goal":[{"number":8,"en":{"strong":["jobs @hand"]}}]}"#)
                .expect("valid");
        let s = &suggest(&lexicon, "More jobs", Lang::En)[0];
        assert_eq!((s.target.as_deref(), s.target_basis), (None, None));
        assert!(serde_json::to_value(s)
            .expect("serializes")
            .get("target_basis")
            .is_none());
    }

    #[test]
    fn long_danish_and_swedish_words_match_as_the_last_part_of_a_compound() {
        let lexicon = Lexicon::from_json(
            r#"{"goal":[{"number":10,"da":{"strong":["ulighed","køn"]},"sv":{"strong":["segregation"]},"en":{"strong":["water"]}}]}"#,
        )
        .expect("valid");
        let goals = |text: &str, lang: Lang| -> Vec<u8> {
            suggest(&lexicon, text, lang)
                .iter()
                .map(|s| s.goal)
                .collect()
        };
        assert_eq!(goals("sundhedsuligheden", Lang::Da), [10]);
        assert_eq!(goals("boendesegregationen", Lang::Sv), [10]);
        // The first part needs three letters («m» + «uligheder» is «muligheder»), the term six
        // («køn» does not find «forskøn», to beautify), and English writes compounds apart.
        assert!(goals("muligheder", Lang::Da).is_empty());
        assert!(goals("forskøn", Lang::Da).is_empty());
        assert!(goals("wastewater", Lang::En).is_empty());
    }
}
