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
//!    ([`Stemmers`], crate `rust-stemmers`; for Swedish definite forms such
//!    as "hälsan" also a second stem, see [`LangStemmer`]). Stemming happens *before* folding
//!    because the Snowball algorithms know the real letters (å, ä, ö, æ, ø).
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

/// Snowball stemmer for one language (see [`stemmer`]).
///
/// For Swedish it adds one small, documented step. The Snowball Swedish
/// algorithm leaves most *definite* singular forms alone ("hälsan", "länet",
/// "strategin" stay as they are, while "hälsa" becomes "häls"), so a search
/// for "hälsan" would not find "hälsa". [`LangStemmer::variant`] therefore
/// gives a second stem for Swedish words that look definite: the word with
/// its definite ending replaced, then stemmed by Snowball:
///
/// | ending        | becomes | example                          |
/// |---------------|---------|----------------------------------|
/// | -an, -ans     | -a      | hälsan → hälsa → "häls"          |
/// | -et, -ets     | (none)  | länet → län, arbetet → "arbet"   |
/// | -in, -ins     | -i      | strategin → strategi             |
///
/// only if at least 3 characters precede the ending ("plan", "vin" have no
/// variant). A word matches another if any of their stems are equal, so the
/// variant can only add matches, never lose one that plain Snowball gives.
pub struct LangStemmer {
    lang: Lang,
    snowball: Stemmer,
}

impl LangStemmer {
    /// The language of this stemmer.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Snowball stem of an already lowercase word (no folding).
    #[inline]
    pub fn stem<'a>(&self, lower: &'a str) -> Cow<'a, str> {
        self.snowball.stem(lower)
    }

    /// Second stem of an already lowercase word: for Swedish definite forms
    /// (see the table above), otherwise `None`. May equal [`Self::stem`].
    pub fn variant(&self, lower: &str) -> Option<String> {
        if self.lang != Lang::Sv {
            return None;
        }
        const MIN_CHARS: usize = 3;
        const RULES: [(&str, &str); 6] = [
            ("ans", "a"),
            ("an", "a"),
            ("ets", ""),
            ("et", ""),
            ("ins", "i"),
            ("in", "i"),
        ];
        let (base, ending) = RULES
            .iter()
            .find_map(|&(suffix, ending)| lower.strip_suffix(suffix).map(|base| (base, ending)))?;
        if base.chars().count() < MIN_CHARS {
            return None;
        }
        let mut word = String::with_capacity(base.len() + ending.len());
        word.push_str(base);
        word.push_str(ending);
        Some(self.snowball.stem(&word).into_owned())
    }
}

impl std::fmt::Debug for LangStemmer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LangStemmer")
            .field("lang", &self.lang)
            .finish()
    }
}

/// The stemmer for `lang`. Creating one is cheap (it wraps a function
/// pointer), but do it once per text or index, not per word.
pub fn stemmer(lang: Lang) -> LangStemmer {
    let algorithm = match lang {
        Lang::Da => Algorithm::Danish,
        Lang::Sv => Algorithm::Swedish,
        Lang::En => Algorithm::English,
    };
    LangStemmer {
        lang,
        snowball: Stemmer::create(algorithm),
    }
}

/// The stemmers for Danish, Swedish and English, created once.
#[derive(Debug)]
pub struct Stemmers {
    /// One per language, at [`Lang::index`].
    all: [LangStemmer; 3],
}

impl Stemmers {
    /// Creates the three stemmers.
    pub fn new() -> Self {
        Stemmers {
            all: Lang::ALL.map(stemmer),
        }
    }

    /// The stemmer for `lang`.
    #[inline]
    pub fn get(&self, lang: Lang) -> &LangStemmer {
        &self.all[lang.index()]
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

/// Reusable buffers holding the analyzed forms of one word.
#[derive(Clone, Debug, Default)]
pub struct Analyzed {
    /// The word lowercased (diacritics kept).
    pub lower: String,
    /// The word lowercased and folded: used for exact and prefix matching.
    pub raw: String,
    /// The Snowball stem of [`Self::lower`], then folded.
    pub stem: String,
    /// The folded [`LangStemmer::variant`] stem, or empty if there is none
    /// or it equals [`Self::stem`].
    pub variant: String,
}

impl Analyzed {
    /// Analyzes `word` with `stemmer`, overwriting the buffers (no allocation
    /// once they have grown). If `raw` ends up empty (a word made of
    /// combining marks only), the word should be ignored.
    pub fn analyze(&mut self, word: &str, stemmer: &LangStemmer) {
        lowercase_into(word, &mut self.lower);
        fold_into(&self.lower, &mut self.raw);
        let stem = stemmer.stem(&self.lower);
        fold_into(&stem, &mut self.stem);
        self.variant.clear();
        if let Some(variant) = stemmer.variant(&self.lower) {
            fold_into(&variant, &mut self.variant);
            if self.variant == self.stem {
                self.variant.clear();
            }
        }
    }

    /// The folded stems: [`Self::stem`] and, if present, [`Self::variant`].
    pub fn stems(&self) -> impl Iterator<Item = &str> {
        [self.stem.as_str(), self.variant.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
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
            [
                "Agenda",
                "2030",
                "FN",
                "mål",
                "Sörmlands",
                "ældre",
                "pleje",
                "CO2"
            ]
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
        assert_eq!(a.stem, "halsan"); // plain Snowball keeps the definite form
        assert_eq!(a.variant, "hals");
        let mut b = Analyzed::default();
        b.analyze("hälsa", &stemmer(Lang::Sv));
        assert_eq!(b.stem, "hals");
        assert_eq!(b.variant, "");

        a.analyze("Ældre", &stemmer(Lang::Da));
        assert_eq!((a.lower.as_str(), a.raw.as_str()), ("ældre", "aeldre"));
        assert_eq!(a.stem, "aeldr");

        a.analyze("Regionens", &stemmer(Lang::Da));
        assert_eq!(a.stem, "region");
        a.analyze("strategies", &stemmer(Lang::En));
        b.analyze("strategy", &stemmer(Lang::En));
        assert_eq!(a.stem, b.stem);
    }

    fn stems(word: &str, lang: Lang) -> Vec<String> {
        let mut a = Analyzed::default();
        a.analyze(word, &stemmer(lang));
        a.stems().map(str::to_owned).collect()
    }

    fn share_stem(x: &str, y: &str, lang: Lang) -> bool {
        let y = stems(y, lang);
        stems(x, lang).iter().any(|s| y.contains(s))
    }

    #[test]
    fn swedish_definite_forms_share_a_stem() {
        for (a, b) in [
            ("hälsan", "hälsa"),
            ("Hälsans", "hälsa"),
            ("länet", "län"),
            ("länets", "län"),
            ("landet", "land"),
            ("strategin", "strategi"),
            ("strategins", "strategier"),
            ("arbetet", "arbete"),
            ("samhället", "samhälle"),
            ("kvinnan", "kvinna"),
            ("regionen", "region"),
            ("kommunerna", "kommun"),
            ("medicinen", "medicin"),
            ("kvaliteten", "kvalitet"),
        ] {
            assert!(
                share_stem(a, b, Lang::Sv),
                "{a} / {b}: {:?} {:?}",
                stems(a, Lang::Sv),
                stems(b, Lang::Sv)
            );
        }
        assert_eq!(stems("hälsan", Lang::Sv), ["halsan", "hals"]);
        assert_eq!(stems("plan", Lang::Sv), ["plan"]);
        assert_eq!(stems("vin", Lang::Sv), ["vin"]);
        // Danish and English are plain Snowball.
        assert_eq!(stems("hälsan", Lang::Da), ["halsan"]);
        assert_eq!(stems("strategies", Lang::En), ["strategi"]);
        assert_eq!(stemmer(Lang::Sv).lang(), Lang::Sv);
        assert_eq!(stemmer(Lang::En).variant("bean"), None);
    }

    #[test]
    fn stemmers_hand_out_the_stemmer_of_the_language_asked_for() {
        let s = Stemmers::new();
        for lang in Lang::ALL {
            assert_eq!(s.get(lang).lang(), lang);
        }
    }

    #[test]
    fn stemmers_do_not_panic_on_odd_input() {
        let s = Stemmers::new();
        let mut a = Analyzed::default();
        for word in [
            "",
            "1",
            "2030",
            "ǅ",
            "日本語",
            "😀",
            "o\u{0308}",
            "\u{0308}",
            "x",
        ] {
            for lang in Lang::ALL {
                let _ = s.stem(lang, word);
                a.analyze(word, s.get(lang));
            }
        }
    }
}
