//! SDG suggestions from the wording of a text.
//!
//! A suggestion is **never** one of the region's own links: it says that the *wording* of a
//! text uses vocabulary of a goal, and it always carries the words that matched (the
//! evidence), so a reader can see why. See `docs/suggestions.md` for the whole story.
//!
//! # The lexicon
//!
//! [`Lexicon`] is built from `data/lexicon.toml` (or the same data as JSON): for each of the
//! 17 goals and each language (Danish, Swedish, English) two lists of terms, `strong`
//! (weight [`STRONG_WEIGHT`] = 2) and `supporting` (weight [`SUPPORTING_WEIGHT`] = 1).
//! A term is one or more words separated by spaces or hyphens (a multi-word phrase matches
//! consecutive words of the text, separated only by spaces or hyphens). Each word of a term
//! is written in one of four forms:
//!
//! | form      | matches a word of the text when …                                                        |
//! |-----------|-------------------------------------------------------------------------------------------|
//! | `klima`   | its Snowball stem equals the term's stem, or it is the term plus an inflection ending     |
//! | `klima*`  | it begins with `klima` (compounds such as *klimatilpasning*; at least 4 letters)           |
//! | `*energi` | it is `energi`, or a compound ending in it whose first part has 3+ letters (*vindenergien*) |
//! | `=havet`  | it is exactly `havet` (no stemming; for words whose stem is ambiguous)                    |
//!
//! Terms are stemmed at load time with the same Snowball stemmers as search
//! ([`crate::text::stemmer`]); the inflection endings (see [`endings`]) only complement the
//! stemmer where it leaves inflected forms apart (Swedish *klimat*/*klimatet*).
//! Matching is case-insensitive but keeps diacritics (*våld* is not *vald*, *hälsa* is not
//! *halsa*): the texts we read are written with them.
//!
//! # The score
//!
//! For each goal, the matches in the text are collected; where two matches of the same goal
//! overlap, only one is kept (higher weight first, then the longer, then the earlier). The
//! goal's **score is the sum of the weights of the distinct terms** among the kept matches:
//! a term that occurs five times counts once (all five occurrences are evidence). A goal is
//! suggested when its score is at least [`THRESHOLD`] = 2: one strong term, or two different
//! supporting terms. A single supporting word (weight 1) is never enough.
//!
//! Suggestions are ordered by score (highest first), then by goal number. Evidence is in text
//! order. The result depends only on the lexicon and the text.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::Lang;
use crate::text;

/// Weight of a term in a goal's `strong` list.
pub const STRONG_WEIGHT: u32 = 2;
/// Weight of a term in a goal's `supporting` list.
pub const SUPPORTING_WEIGHT: u32 = 1;
/// The lowest score that produces a suggestion.
pub const THRESHOLD: u32 = 2;

/// Shortest prefix term (`klima*`), in characters.
pub const MIN_PREFIX_CHARS: usize = 4;
/// Shortest compound-ending term (`*vand`), in characters.
pub const MIN_COMPOUND_CHARS: usize = 3;
/// Shortest first part of a compound matched by a `*word` term, in characters.
pub const MIN_MODIFIER_CHARS: usize = 3;

// ---------------------------------------------------------------------------------------------
// Lexicon source: the data file as written.

/// The lexicon as written in `data/lexicon.toml`: what the build script converts to JSON.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconSource {
    #[serde(default)]
    pub goal: Vec<GoalTerms>,
}

/// The terms of one goal.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoalTerms {
    /// Goal number, 1 to 17.
    pub number: u8,
    /// A name for people editing the file; not used in matching.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default)]
    pub da: TermLists,
    #[serde(default)]
    pub sv: TermLists,
    #[serde(default)]
    pub en: TermLists,
}

/// The terms of one goal in one language.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TermLists {
    /// Terms that on their own make the goal clear (weight 2).
    #[serde(default)]
    pub strong: Vec<String>,
    /// Terms that point to the goal only together with others (weight 1).
    #[serde(default)]
    pub supporting: Vec<String>,
}

impl GoalTerms {
    fn lists(&self, lang: Lang) -> &TermLists {
        match lang {
            Lang::Da => &self.da,
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }
}

impl LexiconSource {
    /// Parses the TOML data file.
    #[cfg(feature = "files")]
    pub fn from_toml(input: &str) -> Result<LexiconSource, LexiconError> {
        toml::from_str(input).map_err(|e| LexiconError::Syntax(e.to_string()))
    }

    /// Parses the JSON form (as written by [`LexiconSource::to_json`]).
    pub fn from_json(input: &str) -> Result<LexiconSource, LexiconError> {
        serde_json::from_str(input).map_err(|e| LexiconError::Syntax(e.to_string()))
    }

    /// The JSON form, for embedding in the web app.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a lexicon source always serializes")
    }
}

/// Why a lexicon could not be built.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum LexiconError {
    #[error("the lexicon file cannot be read: {0}")]
    Syntax(String),
    #[error("goal {0}: goal numbers run from 1 to 17")]
    GoalNumber(u8),
    #[error("goal {0} appears more than once")]
    DuplicateGoal(u8),
    #[error("goal {goal}, {lang}: term \"{term}\": {problem}")]
    Term {
        goal: u8,
        lang: &'static str,
        term: String,
        problem: String,
    },
}

// ---------------------------------------------------------------------------------------------
// The compiled lexicon.

/// One word of a compiled term.
#[derive(Clone, Debug, PartialEq, Eq)]
enum WordPat {
    /// Inflection-tolerant word: a stem in common, or `lower` plus an ending.
    Word { lower: String, stems: Stems },
    /// `=form`: exactly this lowercase form.
    Exact(String),
    /// `form*`: the lowercase word begins with this.
    Prefix(String),
    /// `*form`: the word ends in this form, in any inflection. `stem` is empty when the
    /// stemmer shortens the form by more than two letters.
    Compound { lower: String, stem: String },
}

/// The stems of a word: the Snowball stem and, for some Swedish definite forms, a second one
/// ([`text::LangStemmer::variant`]); the second is empty when there is none.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Stems {
    stem: String,
    variant: String,
}

impl Stems {
    fn of(lower: &str, stemmer: &text::LangStemmer) -> Stems {
        let stem = stemmer.stem(lower).into_owned();
        let variant = stemmer
            .variant(lower)
            .filter(|v| *v != stem)
            .unwrap_or_default();
        Stems { stem, variant }
    }

    fn iter(&self) -> impl Iterator<Item = &str> {
        [self.stem.as_str(), self.variant.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
    }
}

#[derive(Clone, Debug)]
struct Pattern {
    lang: Lang,
    goal: u8,
    weight: u8,
    /// The term as written in the lexicon.
    term: String,
    words: Vec<WordPat>,
}

/// Where to look for candidate patterns by their first word, for one language.
#[derive(Clone, Debug, Default)]
struct LangIndex {
    by_stem: BTreeMap<String, Vec<u32>>,
    by_lower: BTreeMap<String, Vec<u32>>,
    by_exact: BTreeMap<String, Vec<u32>>,
    by_prefix: BTreeMap<String, Vec<u32>>,
    by_tail_stem: BTreeMap<String, Vec<u32>>,
    by_tail_lower: BTreeMap<String, Vec<u32>>,
    /// Byte lengths of the shortest and longest prefix term.
    prefix_len: (usize, usize),
    /// Byte length of the shortest compound-ending term (lowercase or stem).
    tail_min: usize,
}

/// A compiled lexicon, ready for [`suggest`]. Build it once and reuse it.
///
/// Deserializing a `Lexicon` (from the JSON of a [`LexiconSource`]) compiles it.
#[derive(Clone, Debug, Deserialize)]
#[serde(try_from = "LexiconSource")]
pub struct Lexicon {
    patterns: Vec<Pattern>,
    index: [LangIndex; 3],
    names: BTreeMap<u8, String>,
}

fn lang_slot(lang: Lang) -> usize {
    match lang {
        Lang::Da => 0,
        Lang::Sv => 1,
        Lang::En => 2,
    }
}

impl TryFrom<LexiconSource> for Lexicon {
    type Error = LexiconError;

    fn try_from(source: LexiconSource) -> Result<Lexicon, LexiconError> {
        Lexicon::new(&source)
    }
}

impl Lexicon {
    /// Compiles a lexicon: checks every goal and term and stems the terms.
    pub fn new(source: &LexiconSource) -> Result<Lexicon, LexiconError> {
        let mut lexicon = Lexicon {
            patterns: Vec::new(),
            index: Default::default(),
            names: BTreeMap::new(),
        };
        let mut seen = [false; 18];
        for goal in &source.goal {
            if !(1..=17).contains(&goal.number) {
                return Err(LexiconError::GoalNumber(goal.number));
            }
            if std::mem::replace(&mut seen[goal.number as usize], true) {
                return Err(LexiconError::DuplicateGoal(goal.number));
            }
            if let Some(name) = &goal.name {
                lexicon.names.insert(goal.number, name.clone());
            }
            for lang in Lang::ALL {
                let stemmer = text::stemmer(lang);
                let lists = goal.lists(lang);
                let mut terms_seen: Vec<Vec<WordPat>> = Vec::new();
                for (weight, terms) in [
                    (STRONG_WEIGHT, &lists.strong),
                    (SUPPORTING_WEIGHT, &lists.supporting),
                ] {
                    for term in terms {
                        let fail = |problem: &str| LexiconError::Term {
                            goal: goal.number,
                            lang: lang.code(),
                            term: term.clone(),
                            problem: problem.to_string(),
                        };
                        let words = parse_term(term, &stemmer).map_err(|p| fail(&p))?;
                        if terms_seen.contains(&words) {
                            return Err(fail("listed twice for this goal and language"));
                        }
                        terms_seen.push(words.clone());
                        lexicon.add(Pattern {
                            lang,
                            goal: goal.number,
                            weight: weight as u8,
                            term: term.clone(),
                            words,
                        });
                    }
                }
            }
        }
        Ok(lexicon)
    }

    /// Parses and compiles the TOML data file.
    #[cfg(feature = "files")]
    pub fn from_toml(input: &str) -> Result<Lexicon, LexiconError> {
        Lexicon::new(&LexiconSource::from_toml(input)?)
    }

    /// Parses and compiles the JSON form of the data file (see [`LexiconSource::to_json`]).
    pub fn from_json(input: &str) -> Result<Lexicon, LexiconError> {
        Lexicon::new(&LexiconSource::from_json(input)?)
    }

    /// The name the data file gives a goal, if any.
    pub fn goal_name(&self, goal: u8) -> Option<&str> {
        self.names.get(&goal).map(String::as_str)
    }

    /// How many terms the lexicon has in `lang`.
    pub fn term_count(&self, lang: Lang) -> usize {
        self.patterns.iter().filter(|p| p.lang == lang).count()
    }

    fn add(&mut self, pattern: Pattern) {
        let id = self.patterns.len() as u32;
        let index = &mut self.index[lang_slot(pattern.lang)];
        let push = |map: &mut BTreeMap<String, Vec<u32>>, key: &str| {
            map.entry(key.to_string()).or_default().push(id)
        };
        match &pattern.words[0] {
            WordPat::Word { lower, stems } => {
                for stem in stems.iter() {
                    push(&mut index.by_stem, stem);
                }
                push(&mut index.by_lower, lower);
            }
            WordPat::Exact(form) => push(&mut index.by_exact, form),
            WordPat::Prefix(prefix) => {
                push(&mut index.by_prefix, prefix);
                let (min, max) = index.prefix_len;
                index.prefix_len = if max == 0 {
                    (prefix.len(), prefix.len())
                } else {
                    (min.min(prefix.len()), max.max(prefix.len()))
                };
            }
            WordPat::Compound { lower, stem } => {
                push(&mut index.by_tail_lower, lower);
                let mut min = lower.len();
                if stem.chars().count() >= MIN_COMPOUND_CHARS {
                    push(&mut index.by_tail_stem, stem);
                    min = min.min(stem.len());
                }
                index.tail_min = if index.tail_min == 0 {
                    min
                } else {
                    index.tail_min.min(min)
                };
            }
        }
        self.patterns.push(pattern);
    }
}

/// Parses one term of the lexicon into its words.
fn parse_term(term: &str, stemmer: &text::LangStemmer) -> Result<Vec<WordPat>, String> {
    let mut words = Vec::new();
    let mut lower = String::new();
    for chunk in term.split_whitespace() {
        let (exact, rest) = match chunk.strip_prefix('=') {
            Some(rest) => (true, rest),
            None => (false, chunk),
        };
        let (compound, rest) = match rest.strip_prefix('*') {
            Some(rest) => (true, rest),
            None => (false, rest),
        };
        let (prefix, rest) = match rest.strip_suffix('*') {
            Some(rest) => (true, rest),
            None => (false, rest),
        };
        if rest.contains(['*', '=']) {
            return Err("`*` may only begin or end a word, `=` only begin it".into());
        }
        if exact && (compound || prefix) {
            return Err("`=` cannot be combined with `*`".into());
        }
        if compound && prefix {
            return Err("a word cannot be both `*word` and `word*`".into());
        }
        let parts: Vec<&str> = text::tokens(rest).map(|t| t.text).collect();
        if parts.is_empty() {
            return Err("has no letters".into());
        }
        let last = parts.len() - 1;
        for (i, part) in parts.into_iter().enumerate() {
            normalize_into(part, &mut lower);
            let pat = if exact {
                WordPat::Exact(lower.clone())
            } else if compound && i == 0 {
                if lower.chars().count() < MIN_COMPOUND_CHARS {
                    return Err(format!(
                        "`*word` needs at least {MIN_COMPOUND_CHARS} letters"
                    ));
                }
                // The stem is used for compounds only when Snowball took at most two letters
                // off: «skola» → «skol» finds «grundskolor», but «ledighed» → «led» would find
                // «ledere» (leaders). Otherwise `stem` is empty and only endings apply.
                let stem = stemmer.stem(&lower);
                let stem = if stem.chars().count() + 2 >= lower.chars().count() {
                    stem.into_owned()
                } else {
                    String::new()
                };
                WordPat::Compound {
                    stem,
                    lower: lower.clone(),
                }
            } else if prefix && i == last {
                if lower.chars().count() < MIN_PREFIX_CHARS {
                    return Err(format!("`word*` needs at least {MIN_PREFIX_CHARS} letters"));
                }
                WordPat::Prefix(lower.clone())
            } else {
                WordPat::Word {
                    stems: Stems::of(&lower, stemmer),
                    lower: lower.clone(),
                }
            };
            words.push(pat);
        }
    }
    if words.is_empty() {
        return Err("is empty".into());
    }
    Ok(words)
}

// ---------------------------------------------------------------------------------------------
// Word normalization and inflection endings.

/// Lowercases `word` into `out`, composing the decomposed Nordic letters (`a` + U+030A → `å`,
/// `o` + U+0308 → `ö`, …) so that text in NFD form matches as well.
fn normalize_into(word: &str, out: &mut String) {
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
fn bases<'w>(word: &'w str, lang: Lang) -> impl Iterator<Item = &'w str> + 'w {
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

// ---------------------------------------------------------------------------------------------
// Matching.

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
        WordPat::Word { lower: l, stems: s } => {
            stems().any(|a| s.iter().any(|b| a == b)) || bases(lower, lang).any(|b| b == l)
        }
        WordPat::Exact(form) => lower == form,
        WordPat::Prefix(prefix) => lower.starts_with(prefix.as_str()),
        WordPat::Compound { lower: l, stem: s } => {
            (s.chars().count() >= MIN_COMPOUND_CHARS && stems().any(|a| is_compound_of(a, s)))
                || bases(lower, lang).any(|b| is_compound_of(b, l))
        }
    }
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
}

/// A goal suggested from the wording of a text, with the evidence.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggestion {
    /// Goal number, 1 to 17.
    pub goal: u8,
    /// Sum of the weights of the distinct terms matched (see the module documentation).
    pub score: u32,
    /// Every matched occurrence, in text order; never empty.
    pub evidence: Vec<Evidence>,
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
        let index = &lexicon.index[lang_slot(lang)];
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
                });
            }
        }
    }
    if hits.is_empty() {
        return Vec::new();
    }

    // 2. Per goal, keep non-overlapping matches: heavier, then longer, then earlier first.
    hits.sort_unstable_by(|a, b| {
        (a.goal, b.weight, b.len, a.first, a.pattern)
            .cmp(&(b.goal, a.weight, a.len, b.first, b.pattern))
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
            let evidence = kept
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
                    }
                })
                .collect();
            suggestions.push(Suggestion {
                goal,
                score,
                evidence,
            });
        }
        start = end;
    }
    suggestions.sort_by(|a, b| b.score.cmp(&a.score).then(a.goal.cmp(&b.goal)));
    suggestions
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn bad_lexicons_are_rejected() {
        let bad = |da_strong: &str| {
            let source = LexiconSource {
                goal: vec![GoalTerms {
                    number: 1,
                    da: TermLists {
                        strong: vec![da_strong.into()],
                        supporting: vec![],
                    },
                    ..Default::default()
                }],
            };
            Lexicon::new(&source).unwrap_err()
        };
        assert!(matches!(bad("kli*"), LexiconError::Term { .. }));
        assert!(matches!(bad("*ab"), LexiconError::Term { .. }));
        assert!(matches!(bad("a*b"), LexiconError::Term { .. }));
        assert!(matches!(bad("=*klima"), LexiconError::Term { .. }));
        assert!(matches!(bad(" - "), LexiconError::Term { .. }));
        let twice = LexiconSource {
            goal: vec![
                GoalTerms {
                    number: 2,
                    ..Default::default()
                };
                2
            ],
        };
        assert_eq!(
            Lexicon::new(&twice).unwrap_err(),
            LexiconError::DuplicateGoal(2)
        );
        let zero = LexiconSource {
            goal: vec![GoalTerms {
                number: 18,
                ..Default::default()
            }],
        };
        assert_eq!(
            Lexicon::new(&zero).unwrap_err(),
            LexiconError::GoalNumber(18)
        );
        let dup = LexiconSource {
            goal: vec![GoalTerms {
                number: 1,
                da: TermLists {
                    strong: vec!["fattigdom".into()],
                    supporting: vec!["Fattigdom".into()],
                },
                ..Default::default()
            }],
        };
        assert!(Lexicon::new(&dup).is_err());
    }

    #[test]
    fn json_round_trip() {
        let source = LexiconSource {
            goal: vec![GoalTerms {
                number: 13,
                name: Some("Climate action".into()),
                en: TermLists {
                    strong: vec!["climate".into()],
                    supporting: vec![],
                },
                ..Default::default()
            }],
        };
        let json = source.to_json();
        assert_eq!(LexiconSource::from_json(&json).unwrap(), source);
        let lex = Lexicon::from_json(&json).unwrap();
        assert_eq!(goals(&suggest(&lex, "Climate", Lang::En)), [13]);
        let lex: Lexicon = serde_json::from_str(&json).unwrap();
        assert_eq!(lex.goal_name(13), Some("Climate action"));
        assert_eq!(lex.term_count(Lang::En), 1);
        assert!(serde_json::from_str::<Lexicon>(r#"{"goal":[{"number":0}]}"#).is_err());
    }
}

// ---------------------------------------------------------------------------------------------
// Suggestions for a whole dataset.

/// The suggestions for one part or item, computed from its title (evidence field 0) and
/// description (field 1). Only the source's own wording counts: a text we paraphrased is left
/// out (passed as empty), since a suggestion "from the wording" must be from the region's words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntrySuggestions {
    pub strategy: String,
    pub part: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    pub suggestions: Vec<Suggestion>,
}

/// Runs [`suggest_fields`] over every part and item of `data`; entries without any suggestion
/// are left out.
pub fn suggest_dataset(lexicon: &Lexicon, data: &crate::model::Dataset) -> Vec<EntrySuggestions> {
    use crate::model::{Text, Wording};
    let quoted = |text: Option<&Text>, context: Lang| -> (String, Lang) {
        match text {
            Some(t) if t.wording == Wording::Quote => (t.text.clone(), t.lang_or(context)),
            _ => (String::new(), context),
        }
    };
    let mut out = Vec::new();
    for strategy in &data.strategies {
        let context = strategy.language;
        for part in &strategy.parts {
            let entries = std::iter::once((None, &part.title, part.description.as_ref())).chain(
                part.items
                    .iter()
                    .map(|i| (Some(&i.id), &i.title, i.description.as_ref())),
            );
            for (item, title, description) in entries {
                let fields = [quoted(Some(title), context), quoted(description, context)];
                let fields: Vec<(&str, Lang)> =
                    fields.iter().map(|(t, l)| (t.as_str(), *l)).collect();
                let suggestions = suggest_fields(lexicon, &fields);
                if !suggestions.is_empty() {
                    out.push(EntrySuggestions {
                        strategy: strategy.id.clone(),
                        part: part.id.clone(),
                        item: item.cloned(),
                        suggestions,
                    });
                }
            }
        }
    }
    out
}

/// The text of evidence field `field` cut into segments, the words that support `suggestion`
/// marked, so the UI can show *why* a goal was suggested.
pub fn evidence_segments(
    text: &str,
    field: usize,
    suggestion: &Suggestion,
) -> Vec<crate::search::Segment> {
    let mut ranges: Vec<(usize, usize)> = suggestion
        .evidence
        .iter()
        .filter(|e| {
            e.field == field
                && e.end <= text.len()
                && text.is_char_boundary(e.start)
                && text.is_char_boundary(e.end)
        })
        .map(|e| (e.start, e.end))
        .collect();
    ranges.sort_unstable();
    let mut segments = Vec::new();
    let mut at = 0;
    for (start, end) in ranges {
        if start < at {
            continue;
        }
        if start > at {
            segments.push(crate::search::Segment {
                text: text[at..start].to_string(),
                matched: false,
            });
        }
        segments.push(crate::search::Segment {
            text: text[start..end].to_string(),
            matched: true,
        });
        at = end;
    }
    if at < text.len() || segments.is_empty() {
        segments.push(crate::search::Segment {
            text: text[at..].to_string(),
            matched: false,
        });
    }
    segments
}

#[cfg(test)]
mod dataset_tests {
    use super::*;
    use crate::model::*;

    fn lexicon() -> Lexicon {
        Lexicon::from_json(r#"{"goal":[{"number":3,"name":"Good Health","sv":{"strong":["hälsa"],"supporting":[]}}]}"#)
            .expect("a tiny lexicon")
    }

    #[test]
    fn evidence_segments_mark_exactly_the_evidence() {
        let s = Suggestion {
            goal: 3,
            score: 2,
            evidence: vec![Evidence {
                field: 0,
                start: 4,
                end: 10,
                text: "hälsa".into(),
                term: "hälsa".into(),
                weight: 2,
            }],
        };
        let text = "God hälsa för alla";
        let segments = evidence_segments(text, 0, &s);
        let marked: Vec<&str> = segments
            .iter()
            .filter(|x| x.matched)
            .map(|x| x.text.as_str())
            .collect();
        assert_eq!(marked, ["hälsa"]);
        assert_eq!(
            segments.iter().map(|x| x.text.as_str()).collect::<String>(),
            text
        );
        assert!(evidence_segments(text, 1, &s).iter().all(|x| !x.matched));
    }

    #[test]
    fn dataset_suggestions_use_only_quoted_wording() {
        let lexicon = lexicon();
        let part = |title: Text| Part {
            id: "p".into(),
            kind: PartKind::PriorityArea,
            title,
            description: None,
            status: Status::Current,
            note: None,
            same_as: None,
            grouping: None,
            items: vec![],
            declared: vec![],
            sdg: vec![],
            sources: vec!["s".into()],
        };
        let mut data = Dataset::default();
        data.strategies.push(Strategy {
            id: "s".into(),
            regions: vec![],
            title: Text::plain("S"),
            kind: StrategyKind::RegionalDevelopmentStrategy,
            language: Lang::Sv,
            summary: None,
            headline: None,
            adopted: None,
            period: Period {
                from: None,
                to: None,
                open_ended: true,
                note: None,
                sources: vec![],
            },
            successor: None,
            owners: vec![],
            signatories: vec![],
            parts: vec![part(Text::plain("God hälsa för alla"))],
            declared: vec![],
            figures: vec![],
            events: vec![],
            notes: vec![],
            sdg: vec![],
            sources: vec![],
        });
        let quoted = suggest_dataset(&lexicon, &data);
        data.strategies[0].parts[0].title.wording = Wording::Paraphrase;
        let paraphrased = suggest_dataset(&lexicon, &data);
        assert_eq!(quoted.len(), 1);
        assert_eq!(
            (quoted[0].part.as_str(), quoted[0].item.as_deref()),
            ("p", None)
        );
        assert_eq!(quoted[0].suggestions[0].goal, 3);
        assert!(
            paraphrased.is_empty(),
            "paraphrases never produce suggestions"
        );
    }
}
