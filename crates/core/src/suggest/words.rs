//! Word normalization and the inflection endings tolerated beyond the stemmer.

use crate::model::Lang;
use crate::text;

/// Lowercases `word` into `out`, composing the decomposed Nordic letters (`a` + U+030A → `å`,
/// `o` + U+0308 → `ö`, …) so that text in NFD form matches as well.
pub(super) fn normalize_into(word: &str, out: &mut String) {
    text::lowercase_into(word, out);
    if out.is_ascii() || !out.chars().any(|c| matches!(c, '\u{0300}'..='\u{036F}')) {
        return;
    }
    let mut composed = String::with_capacity(out.len());
    for c in out.chars() {
        let prev = composed.chars().next_back();
        let merged = match (prev, c) {
            (Some('a'), '\u{030A}') => Some('å'),
            (Some('a'), '\u{0308}') => Some('ä'),
            (Some('o'), '\u{0308}') => Some('ö'),
            (Some('u'), '\u{0308}') => Some('ü'),
            (Some('e'), '\u{0301}') => Some('é'),
            _ => None,
        };
        match merged {
            Some(m) => {
                composed.pop();
                composed.push(m);
            }
            None => composed.push(c),
        }
    }
    *out = composed;
}

/// The inflection endings tolerated after a lexicon word in `lang`, beyond the stemmer:
/// `(ending, only after a vowel)`. The empty ending (the word itself) is always allowed.
pub fn endings(lang: Lang) -> &'static [(&'static str, bool)] {
    match lang {
        Lang::Da => &[
            ("e", false),
            ("en", false),
            ("et", false),
            ("er", false),
            ("ere", false),
            ("erne", false),
            ("ernes", false),
            ("ens", false),
            ("ets", false),
            ("es", false),
            ("s", false),
            ("n", true),
            ("r", true),
            ("rne", true),
            ("rnes", true),
            ("ns", true),
            ("rs", true),
            ("t", true),
            ("ts", true),
        ],
        Lang::Sv => &[
            ("en", false),
            ("et", false),
            ("er", false),
            ("ar", false),
            ("or", false),
            ("erna", false),
            ("arna", false),
            ("orna", false),
            ("ernas", false),
            ("arnas", false),
            ("ornas", false),
            ("ens", false),
            ("ets", false),
            ("es", false),
            ("s", false),
            ("n", true),
            ("na", true),
            ("nas", true),
            ("ns", true),
            ("r", true),
            ("rna", true),
            ("rnas", true),
            ("t", true),
            ("ts", true),
        ],
        Lang::En => &[("s", false), ("es", false)],
    }
}

fn ends_with_vowel(word: &str) -> bool {
    word.chars()
        .next_back()
        .is_some_and(|c| "aeiouyåäöæøéü".contains(c))
}

/// The bases of `word` once an allowed ending is removed, including `word` itself.
pub(super) fn bases<'w>(word: &'w str, lang: Lang) -> impl Iterator<Item = &'w str> + 'w {
    std::iter::once(word).chain(
        endings(lang)
            .iter()
            .filter_map(move |&(ending, after_vowel)| {
                // Endings are ASCII, so cutting them off leaves a char boundary.
                let base = word.strip_suffix(ending)?;
                (!base.is_empty() && (!after_vowel || ends_with_vowel(base))).then_some(base)
            }),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn normalized(word: &str) -> String {
        let mut out = String::new();
        normalize_into(word, &mut out);
        out
    }

    #[test]
    fn normalizing_lowercases_and_composes_nordic_letters() {
        assert_eq!(normalized("FOLKHA\u{0308}LSA"), "folkhälsa");
        assert_eq!(normalized("Ha\u{030A}ndvaerk"), "håndvaerk");
        assert_eq!(normalized("Klimat"), "klimat");
        // A mark after a letter it does not compose with stays as it is.
        assert_eq!(normalized("x\u{0308}"), "x\u{0308}");
    }

    #[test]
    fn bases_remove_only_the_endings_of_the_language() {
        let bases_of = |word, lang| bases(word, lang).collect::<Vec<_>>();
        assert!(bases_of("regionerna", Lang::Sv).contains(&"region"));
        // Danish «-n» only after a vowel: «kvinden» is «kvinde» + n, «barn» is not «bar» + n.
        assert!(bases_of("kvinden", Lang::Da).contains(&"kvinde"));
        assert_eq!(bases_of("barn", Lang::Da), ["barn"]);
        assert_eq!(bases_of("goals", Lang::En), ["goals", "goal"]);
        // Never down to nothing.
        assert_eq!(bases_of("s", Lang::En), ["s"]);
    }
}
