//! Text analysis for search: tokenization, lowercasing, diacritic folding and
//! Snowball stemming for Danish, Swedish and English.
//!
//! The pipeline for one word (see [`Analyzed::analyze`]) is:
//!
//! 1. **Tokenize** ([`tokens`]): a word is a maximal run of alphanumeric
//!    Unicode characters (letters and digits of any script). Combining
//!    diacritical marks (U+0300–U+036F) count as part of a word, so text in
//!    decomposed form (NFD) is not split inside a word. Everything else
//!    (spaces, punctuation, hyphens, apostrophes, symbols) separates words.
//! 2. **Lowercase** ([`lowercase_into`]): character by character with
//!    [`char::to_lowercase`].
//! 3. **Stem** the lowercase word with the Snowball stemmer of its language
//!    ([`Stemmers`]). Stemming happens *before* folding because the Snowball
//!    algorithms know the real letters (å, ä, ö, æ, ø).
//! 4. **Fold** ([`fold_into`]) both the lowercase word ("raw" form) and its
//!    stem, so that spellings without diacritics match:
//!
//!    | letter            | folds to |
//!    |-------------------|----------|
//!    | æ                 | ae       |
//!    | ø, ö, ó, ò, ô, õ  | o        |
//!    | å, ä, á, à, â, ã  | a        |
//!    | é, è, ê, ë        | e        |
//!    | ü, ú, ù, û        | u        |
//!    | í, ì, î, ï        | i        |
//!    | ý, ÿ              | y        |
//!    | ñ → n, ç → c, ß → ss, œ → oe, ð → d, þ → th | |
//!    | combining marks U+0300–U+036F | (dropped) |
//!
//!    Letter *sequences* are never folded: "aa" is not turned into "å" and
//!    "oe" is not turned into "ø". So "aeldre" matches "ældre" (because æ
//!    folds to "ae"), "sormland" matches "Sörmland", but "Aarhus" does not
//!    match "Århus".
//!
//! Queries and documents go through the same functions, so they always meet
//! in the same folded form.

use std::borrow::Cow;

use rust_stemmers::{Algorithm, Stemmer};

use crate::model::Lang;

/// The languages that have a stemmer, in a fixed order.
pub const LANGS: [Lang; 3] = [Lang::Da, Lang::Sv, Lang::En];

/// Whether `c` belongs to a word: alphanumeric (any script, digits kept) or a
/// combining diacritical mark (U+0300–U+036F).
#[inline]
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining_mark(c)
}

#[inline]
fn is_combining_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// One word of a text: its byte offset in the text and the original slice
/// (case and diacritics untouched).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// Byte offset of the word's first byte in the tokenized text.
    pub start: usize,
    /// The word exactly as it appears in the text.
    pub text: &'a str,
}

impl Token<'_> {
    /// Byte offset just past the word's last byte.
    #[inline]
    pub fn end(&self) -> usize {
        self.start + self.text.len()
    }
}

/// Iterator over the words of a text; see [`tokens`].
#[derive(Clone, Debug)]
pub struct Tokens<'a> {
    text: &'a str,
    pos: usize,
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        let rest = &self.text[self.pos..];
        let (skip, _) = rest.char_indices().find(|&(_, c)| is_word_char(c))?;
        let start = self.pos + skip;
        let word = &self.text[start..];
        let len = word
            .char_indices()
            .find(|&(_, c)| !is_word_char(c))
            .map_or(word.len(), |(i, _)| i);
        self.pos = start + len;
        Some(Token {
            start,
            text: &self.text[start..start + len],
        })
    }
}

/// Splits `text` into words (maximal runs of [`is_word_char`] characters),
/// with byte offsets into `text`. Allocation-free.
pub fn tokens(text: &str) -> Tokens<'_> {
    Tokens { text, pos: 0 }
}

/// Writes the lowercase form of `word` into `out` (cleared first).
pub fn lowercase_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        out.make_ascii_lowercase();
    } else {
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
}

/// Writes the diacritic-folded form of the (already lowercase) `word` into
/// `out` (cleared first). See the module documentation for the table.
pub fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.push_str(word);
        return;
    }
    for c in word.chars() {
        match c {
            'æ' => out.push_str("ae"),
            'ø' | 'ö' | 'ó' | 'ò' | 'ô' | 'õ' => out.push('o'),
            'å' | 'ä' | 'á' | 'à' | 'â' | 'ã' => out.push('a'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'ü' | 'ú' | 'ù' | 'û' => out.push('u'),
            'í' | 'ì' | 'î' | 'ï' => out.push('i'),
            'ý' | 'ÿ' => out.push('y'),
            'ñ' => out.push('n'),
            'ç' => out.push('c'),
            'ß' => out.push_str("ss"),
            'œ' => out.push_str("oe"),
            'ð' => out.push('d'),
            'þ' => out.push_str("th"),
            c if is_combining_mark(c) => {}
            c => out.push(c),
        }
    }
}

/// Lowercased and diacritic-folded form of `word`, as one allocation.
/// Convenience for callers outside hot loops.
pub fn normalize(word: &str) -> String {
    let mut lower = String::new();
    let mut folded = String::new();
    lowercase_into(word, &mut lower);
    fold_into(&lower, &mut folded);
    folded
}

/// The Snowball stemmer for `lang`. Creating one is cheap (it is a function
/// pointer), but do it once per text or index, not per word.
pub fn stemmer(lang: Lang) -> Stemmer {
    match lang {
        Lang::Da => Stemmer::create(Algorithm::Danish),
        Lang::Sv => Stemmer::create(Algorithm::Swedish),
        Lang::En => Stemmer::create(Algorithm::English),
    }
}

/// The three Snowball stemmers (Danish, Swedish, English), created once.
pub struct Stemmers {
    da: Stemmer,
    sv: Stemmer,
    en: Stemmer,
}

impl Stemmers {
    /// Creates the three stemmers.
    pub fn new() -> Self {
        Stemmers {
            da: stemmer(Lang::Da),
            sv: stemmer(Lang::Sv),
            en: stemmer(Lang::En),
        }
    }

    /// The stemmer for `lang`.
    #[inline]
    pub fn get(&self, lang: Lang) -> &Stemmer {
        match lang {
            Lang::Da => &self.da,
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }

    /// Stems an already lowercase word in `lang` (no folding).
    #[inline]
    pub fn stem<'a>(&self, lang: Lang, lower: &'a str) -> Cow<'a, str> {
        self.get(lang).stem(lower)
    }
}

impl Default for Stemmers {
    fn default() -> Self {
        Stemmers::new()
    }
}

impl std::fmt::Debug for Stemmers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Stemmers { da, sv, en }")
    }
}

/// Reusable buffers holding the analyzed forms of one word.
#[derive(Clone, Debug, Default)]
pub struct Analyzed {
    /// The word lowercased (diacritics kept).
    pub lower: String,
    /// The word lowercased and folded: used for exact and prefix matching.
    pub raw: String,
    /// The Snowball stem of [`Self::lower`], then folded.
    pub stem: String,
}

impl Analyzed {
    /// Analyzes `word` with `stemmer`, overwriting the buffers (no allocation
    /// once they have grown). If `raw` ends up empty (a word made of
    /// combining marks only), the word should be ignored.
    pub fn analyze(&mut self, word: &str, stemmer: &Stemmer) {
        lowercase_into(word, &mut self.lower);
        fold_into(&self.lower, &mut self.raw);
        let stem = stemmer.stem(&self.lower);
        fold_into(&stem, &mut self.stem);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokens(text).map(|t| t.text).collect()
    }

    #[test]
    fn tokenizes_on_non_alphanumeric_and_keeps_digits() {
        assert_eq!(
            words("Agenda 2030: FN-mål, Sörmlands  ældre-pleje (CO2)!"),
            ["Agenda", "2030", "FN", "mål", "Sörmlands", "ældre", "pleje", "CO2"]
        );
        assert!(words("").is_empty());
        assert!(words(" -- ,. ").is_empty());
    }

    #[test]
    fn token_offsets_are_byte_accurate() {
        let text = "¿Är Ødsherred, här?";
        for t in tokens(text) {
            assert_eq!(&text[t.start..t.end()], t.text);
        }
        assert_eq!(words(text), ["Är", "Ødsherred", "här"]);
    }

    #[test]
    fn combining_marks_stay_inside_words_and_fold_away() {
        let nfd = "So\u{0308}rmland"; // "Sörmland" in decomposed form
        assert_eq!(words(nfd), [nfd]);
        assert_eq!(normalize(nfd), "sormland");
    }

    #[test]
    fn lowercases_and_folds() {
        assert_eq!(normalize("Sörmland"), "sormland");
        assert_eq!(normalize("ÆLDRE"), "aeldre");
        assert_eq!(normalize("Ærø"), "aero");
        assert_eq!(normalize("Åland"), "aland");
        assert_eq!(normalize("Region"), "region");
        assert_eq!(normalize("Café Müller"), "cafe muller");
        // Sequences are not folded.
        assert_eq!(normalize("Aarhus"), "aarhus");
        assert_eq!(normalize("Roe"), "roe");
    }

    #[test]
    fn analyze_stems_before_folding() {
        let mut a = Analyzed::default();
        a.analyze("Hälsan", &stemmer(Lang::Sv));
        assert_eq!(a.lower, "hälsan");
        assert_eq!(a.raw, "halsan");
        let mut b = Analyzed::default();
        b.analyze("hälsa", &stemmer(Lang::Sv));
        assert_eq!(a.stem, b.stem);

        a.analyze("Regionens", &stemmer(Lang::Da));
        assert_eq!(a.stem, "region");
        a.analyze("strategies", &stemmer(Lang::En));
        b.analyze("strategy", &stemmer(Lang::En));
        assert_eq!(a.stem, b.stem);
    }

    #[test]
    fn stemmers_do_not_panic_on_odd_input() {
        let s = Stemmers::new();
        let mut a = Analyzed::default();
        for word in ["", "1", "2030", "ǅ", "日本語", "😀", "o\u{0308}", "\u{0308}", "x"] {
            for lang in LANGS {
                let _ = s.stem(lang, word);
                a.analyze(word, s.get(lang));
            }
        }
    }
}
