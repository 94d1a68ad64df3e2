//! Language-aware full-text search over documents with Danish, Swedish and
//! English fields.
//!
//! # Matching
//!
//! Text is analyzed by [`crate::text`]: split into words, lowercased, stemmed
//! with the Snowball stemmer of the *field's* language, and diacritic-folded
//! (so "sormland" finds "Sörmland" and "aeldre" finds "Ældre").
//!
//! A query ([`Query::parse`]) is split into words the same way. Since the user
//! may type in any language, each query word is stemmed with **all three**
//! stemmers. A query word matches a word of a field if
//!
//! * one of its (folded) stems equals one of the field word's (folded) stems
//!   (a word has one Snowball stem, Swedish definite forms a second one, see
//!   [`crate::text::LangStemmer`]), or
//! * its folded form equals the field word's folded form, or
//! * it is the **last** query word, at least [`MIN_PREFIX_CHARS`] characters
//!   long, and its folded form is a prefix of the field word's folded form
//!   (search-as-you-type: "sörml" finds "Sörmland").
//!
//! A last query word of a single letter is the start of a word being typed and
//! is left out until its second letter ("grøn o" searches "grøn"); a single
//! digit stays, as it names a goal.
//!
//! A document matches when **every** query word matches somewhere in it (AND).
//! An empty query (no words) matches every document with score 0.
//!
//! # Ranking
//!
//! The score of a matching document is the sum over query words of the best
//! weight of a field the word matched in ([`FieldKind::weight`]: title 3,
//! title translation 2, other text 1). [`SearchIndex::search`] sorts by score,
//! best first, and ties by document order.
//!
//! # Highlighting
//!
//! [`highlight`] splits a text into [`Segment`]s marking exactly the words the
//! query matches, with the same rules as the index.
//!
//! # Performance
//!
//! All analysis of documents happens once in [`SearchIndex::new`] (memoized
//! per distinct word, as stemming is the costly part). The index is inverted:
//! one sorted vocabulary of folded terms, and for each term its postings as a
//! word and as a stem, each posting a `u32` holding the document id and the
//! best field kind it occurs in. Because the vocabulary is sorted, all words
//! with a prefix form one id range whose postings are one contiguous slice.
//! A search resolves each query word with a few binary searches in the
//! vocabulary, then makes one linear pass over the matching postings and one
//! over a per-document score array. No strings are built or compared per
//! document; allocations are the resolved query, two arrays with one entry
//! per document, and the result.

use std::collections::HashMap;
use std::ops::Range;

use crate::model::Lang;
use crate::text::{self, Analyzed, Stemmers};

/// What kind of field a text is; decides its ranking weight.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldKind {
    /// The document's title in its own language (weight 3).
    Title,
    /// A translation of the title (weight 2).
    TitleTranslation,
    /// Description, translated description or any other text (weight 1).
    Text,
}

impl FieldKind {
    /// All kinds, best weight first.
    pub const ALL: [FieldKind; 3] = [
        FieldKind::Title,
        FieldKind::TitleTranslation,
        FieldKind::Text,
    ];

    /// Ranking weight of a match in a field of this kind: 3, 2 or 1.
    pub const fn weight(self) -> u32 {
        match self {
            FieldKind::Title => 3,
            FieldKind::TitleTranslation => 2,
            FieldKind::Text => 1,
        }
    }

    const fn class(self) -> usize {
        match self {
            FieldKind::Title => 0,
            FieldKind::TitleTranslation => 1,
            FieldKind::Text => 2,
        }
    }
}

/// One searchable text of a document, analyzed in its own language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field<'a> {
    pub kind: FieldKind,
    pub lang: Lang,
    pub text: &'a str,
}

impl<'a> Field<'a> {
    pub fn new(kind: FieldKind, lang: Lang, text: &'a str) -> Self {
        Field { kind, lang, text }
    }
}

/// A matching document: its position in the input of [`SearchIndex::new`]
/// and its score (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Hit {
    pub doc: usize,
    pub score: u32,
}

/// One analyzed query word.
#[derive(Clone, Debug, PartialEq, Eq)]
struct QueryWord {
    /// Lowercased, folded word.
    raw: String,
    /// Folded stems by the Danish, Swedish and English stemmers (including the
    /// Swedish variant stem), deduplicated; at most [`MAX_STEMS`].
    stems: Vec<String>,
    /// Whether `raw` may also match as a prefix (last word, >= [`MIN_PREFIX_CHARS`] chars).
    prefix: bool,
}

impl QueryWord {
    /// Whether this word matches the analyzed document word `word` (the same
    /// rule the index applies).
    fn matches(&self, word: &Analyzed) -> bool {
        let raw = word.raw.as_str();
        raw == self.raw
            || word
                .stems()
                .any(|stem| self.stems.iter().any(|s| s == stem))
            || (self.prefix && raw.starts_with(self.raw.as_str()))
    }
}

/// A parsed search query: its words, analyzed for all three languages.
/// Independent of any index; parse it once per keystroke and reuse it for
/// searching and highlighting.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    words: Vec<QueryWord>,
}

/// Most stems of one query word: Danish, Swedish, Swedish variant, English.
const MAX_STEMS: usize = 4;

/// Minimum length in characters of the last query word for prefix matching. Two: a search typed
/// letter by letter then never finds nothing for a moment between its first and third letter
/// ("su" on the way to "sustainable"). A single letter as the last word is left out
/// ([`Query::parse`]).
pub const MIN_PREFIX_CHARS: usize = 2;

impl Query {
    /// Parses user input: splits it into words ([`text::tokens`]), lowercases
    /// and folds each, and stems it with the Danish, Swedish and English
    /// stemmers. A last word of a single letter (not a digit) is left out until it has a
    /// second; the last word then matches as a prefix too if it has at least
    /// [`MIN_PREFIX_CHARS`] characters.
    pub fn parse(input: &str) -> Query {
        let stemmers = Stemmers::new();
        let mut a = Analyzed::default();
        let mut words = Vec::new();
        // Characters of each word as typed (folding may lengthen it: "æ" is "ae").
        let mut chars = Vec::new();
        for token in text::tokens(input) {
            let mut stems: Vec<String> = Vec::with_capacity(MAX_STEMS);
            for lang in Lang::ALL {
                a.analyze(token.text, stemmers.get(lang));
                for stem in a.stems() {
                    if !stems.iter().any(|s| s == stem) {
                        stems.push(stem.to_owned());
                    }
                }
            }
            if a.raw.is_empty() {
                continue; // only combining marks
            }
            chars.push(a.lower.chars().count());
            words.push(QueryWord {
                raw: a.raw.clone(),
                stems,
                prefix: false,
            });
        }
        // A last word of one letter is the start of a word being typed: it waits for its second
        // letter. As a whole word it finds next to nothing, so the list and every facet emptied
        // for one key and came back on the next. A digit stays: it names a goal ("7").
        if chars.last() == Some(&1)
            && words
                .last()
                .is_some_and(|w| !w.raw.starts_with(|c: char| c.is_ascii_digit()))
        {
            words.pop();
            chars.pop();
        }
        if let (Some(last), Some(&n)) = (words.last_mut(), chars.last()) {
            last.prefix = n >= MIN_PREFIX_CHARS;
        }
        Query { words }
    }

    /// True if the query has no words (empty, only punctuation/spaces, or a letter alone).
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// Number of query words.
    pub fn len(&self) -> usize {
        self.words.len()
    }
}

/// A posting packs a document id and the best field class (0 = title,
/// 1 = title translation, 2 = text) in which a term occurs in it:
/// `doc << CLASS_BITS | class`.
const CLASS_BITS: u32 = 2;
const CLASS_MASK: u32 = (1 << CLASS_BITS) - 1;
/// Largest number of documents an index can hold.
pub const MAX_DOCS: usize = (u32::MAX >> CLASS_BITS) as usize;
/// Ranking weight by field class.
const CLASS_WEIGHT: [u8; 3] = [
    FieldKind::Title.weight() as u8,
    FieldKind::TitleTranslation.weight() as u8,
    FieldKind::Text.weight() as u8,
];
/// "No term" in [`TokenTerms`].
const NONE: u32 = u32::MAX;

/// Precomputed search index over documents; see the module documentation.
#[derive(Clone, Debug, Default)]
pub struct SearchIndex {
    /// Number of documents.
    docs: usize,
    /// Every folded word and folded stem of all documents, sorted, unique.
    /// Term ids are positions in this list.
    terms: Vec<Box<str>>,
    /// Postings of term `t` as a folded word (exact and prefix matching):
    /// `word_postings[word_bounds[t]..word_bounds[t + 1]]`, sorted by doc.
    /// Because `terms` is sorted, the postings of an id range of terms (all
    /// words with a prefix) are one contiguous slice.
    word_postings: Vec<u32>,
    word_bounds: Vec<u32>,
    /// Postings of term `t` as a folded stem, laid out the same way.
    stem_postings: Vec<u32>,
    stem_bounds: Vec<u32>,
}

/// Term ids (provisional, during building) of one analyzed token.
#[derive(Clone, Copy)]
struct TokenTerms {
    raw: u32,
    stem: u32,
    variant: u32,
}

impl SearchIndex {
    /// Builds the index. Each item of `docs` is one document, given as its
    /// fields; document ids are positions in `docs` (0, 1, 2, …).
    ///
    /// # Panics
    ///
    /// With more than [`MAX_DOCS`] documents or more than `u32::MAX`
    /// distinct terms or postings.
    pub fn new<'a, D>(docs: impl IntoIterator<Item = D>) -> Self
    where
        D: IntoIterator<Item = Field<'a>>,
    {
        let stemmers = Stemmers::new();
        let mut a = Analyzed::default();
        // Vocabulary with provisional ids in order of first appearance.
        let mut vocab: HashMap<Box<str>, u32> = HashMap::new();
        let mut terms: Vec<Box<str>> = Vec::new();
        let mut intern = |term: &str| -> u32 {
            if term.is_empty() {
                return NONE;
            }
            if let Some(&id) = vocab.get(term) {
                return id;
            }
            let id = u32::try_from(terms.len()).expect("too many distinct terms");
            terms.push(term.into());
            vocab.insert(term.into(), id);
            id
        };
        // Analysis of each distinct token text per language: words repeat a
        // lot, and stemming is the expensive part of building.
        let mut memo: [HashMap<Box<str>, TokenTerms>; 3] = Default::default();

        // (provisional term id, posting) pairs, in document order.
        let mut word_entries: Vec<(u32, u32)> = Vec::new();
        let mut stem_entries: Vec<(u32, u32)> = Vec::new();
        // The current document's (term id, class) pairs.
        let mut doc_words: Vec<(u32, u32)> = Vec::new();
        let mut doc_stems: Vec<(u32, u32)> = Vec::new();
        let mut n_docs = 0usize;
        for doc in docs {
            assert!(n_docs < MAX_DOCS, "too many documents");
            for field in doc {
                let class = field.kind.class() as u32;
                let memo = &mut memo[field.lang.index()];
                for token in text::tokens(field.text) {
                    let t = match memo.get(token.text) {
                        Some(&t) => t,
                        None => {
                            a.analyze(token.text, stemmers.get(field.lang));
                            let t = if a.raw.is_empty() {
                                TokenTerms {
                                    raw: NONE,
                                    stem: NONE,
                                    variant: NONE,
                                }
                            } else {
                                TokenTerms {
                                    raw: intern(&a.raw),
                                    stem: intern(&a.stem),
                                    variant: intern(&a.variant),
                                }
                            };
                            memo.insert(token.text.into(), t);
                            t
                        }
                    };
                    if t.raw == NONE {
                        continue;
                    }
                    doc_words.push((t.raw, class));
                    for stem in [t.stem, t.variant] {
                        if stem != NONE {
                            doc_stems.push((stem, class));
                        }
                    }
                }
            }
            let doc_bits = (n_docs as u32) << CLASS_BITS;
            for (list, entries) in [
                (&mut doc_words, &mut word_entries),
                (&mut doc_stems, &mut stem_entries),
            ] {
                // Sorting puts each term's best (lowest) class first.
                list.sort_unstable();
                list.dedup_by_key(|&mut (term, _)| term);
                entries.extend(list.drain(..).map(|(term, class)| (term, doc_bits | class)));
            }
            n_docs += 1;
        }
        drop(vocab);
        drop(memo);

        // Sort the vocabulary, so that the words with a prefix are an id range.
        let mut order: Vec<u32> = (0..terms.len() as u32).collect();
        order.sort_unstable_by(|&x, &y| terms[x as usize].cmp(&terms[y as usize]));
        let mut renumber = vec![0u32; terms.len()];
        for (new, &old) in order.iter().enumerate() {
            renumber[old as usize] = new as u32;
        }
        let mut slots: Vec<Option<Box<str>>> = terms.into_iter().map(Some).collect();
        let terms: Vec<Box<str>> = order
            .iter()
            .map(|&old| slots[old as usize].take().expect("each term once"))
            .collect();

        let (word_postings, word_bounds) = group_postings(word_entries, &renumber);
        let (stem_postings, stem_bounds) = group_postings(stem_entries, &renumber);
        SearchIndex {
            docs: n_docs,
            terms,
            word_postings,
            word_bounds,
            stem_postings,
            stem_bounds,
        }
    }

    /// Number of documents.
    pub fn len(&self) -> usize {
        self.docs
    }

    /// True if the index has no documents.
    pub fn is_empty(&self) -> bool {
        self.docs == 0
    }

    /// All documents matching `query`, best first (ties in document order).
    /// An empty query returns every document with score 0.
    pub fn search(&self, query: &Query) -> Vec<Hit> {
        self.prepare(query).hits()
    }

    /// Score of document `doc` for `query`, or `None` if it does not match
    /// (or `doc` is out of range). An empty query matches with score 0.
    ///
    /// Looks the document up in the postings of every matching term; to test
    /// many documents, [`SearchIndex::prepare`] the query once instead.
    pub fn matches(&self, doc: usize, query: &Query) -> Option<u32> {
        if doc >= self.docs {
            return None;
        }
        let target = (doc as u32) << CLASS_BITS;
        let find = |postings: &[u32]| -> u8 {
            let i = postings.partition_point(|&p| p < target);
            match postings.get(i) {
                Some(&p) if p >> CLASS_BITS == doc as u32 => {
                    CLASS_WEIGHT[(p & CLASS_MASK) as usize]
                }
                _ => 0,
            }
        };
        let mut total = 0;
        for word in &query.words {
            let w = self.resolve(word);
            let from_words = w.words.clone().map(|t| find(self.word_postings(t..t + 1)));
            let from_stems = w.stems().iter().map(|&t| find(self.stem_postings(t)));
            let best = from_words.chain(from_stems).max().unwrap_or(0);
            if best == 0 {
                return None;
            }
            total += u32::from(best);
        }
        Some(total)
    }

    /// Evaluates `query` against every document at once, for looking up the
    /// score of many documents (e.g. in a filtering pipeline) in O(1) each.
    /// Costs time proportional to the postings of the matching terms plus
    /// the number of documents, and allocates a few bytes per document.
    pub fn prepare(&self, query: &Query) -> PreparedQuery {
        let n = self.docs;
        let resolved: Vec<ResolvedWord> = query.words.iter().map(|w| self.resolve(w)).collect();
        if resolved.iter().any(ResolvedWord::is_empty) {
            return PreparedQuery {
                scores: vec![NO_MATCH; n],
            };
        }
        // scores[doc]: sum of the best weights of the words matched so far,
        // or NO_MATCH once a word did not match the document.
        let mut scores = vec![0u32; n];
        let mut best = vec![0u8; n];
        for word in &resolved {
            let mut note = |postings: &[u32]| {
                for &p in postings {
                    let doc = (p >> CLASS_BITS) as usize;
                    let w = CLASS_WEIGHT[(p & CLASS_MASK) as usize];
                    if best[doc] < w {
                        best[doc] = w;
                    }
                }
            };
            note(self.word_postings(word.words.clone()));
            for &stem in word.stems() {
                note(self.stem_postings(stem));
            }
            for (score, best) in scores.iter_mut().zip(best.iter_mut()) {
                *score = match (*score, *best) {
                    (NO_MATCH, _) | (_, 0) => NO_MATCH,
                    (s, w) => s + u32::from(w),
                };
                *best = 0;
            }
        }
        PreparedQuery { scores }
    }

    fn resolve(&self, word: &QueryWord) -> ResolvedWord {
        let mut stems = [0u32; MAX_STEMS];
        let mut n_stems = 0;
        for stem in &word.stems {
            if let Ok(i) = self.terms.binary_search_by(|t| (**t).cmp(stem.as_str())) {
                if !self.stem_postings(i as u32).is_empty() {
                    stems[n_stems] = i as u32;
                    n_stems += 1;
                }
            }
        }
        let raw = word.raw.as_str();
        let start = self.terms.partition_point(|t| &**t < raw);
        let rest = &self.terms[start..];
        let len = if word.prefix {
            rest.partition_point(|t| t.starts_with(raw))
        } else {
            usize::from(rest.first().is_some_and(|t| &**t == raw))
        };
        ResolvedWord {
            stems,
            n_stems,
            words: start as u32..(start + len) as u32,
        }
    }

    /// Postings of the terms `terms` as words (one contiguous slice).
    #[inline]
    fn word_postings(&self, terms: Range<u32>) -> &[u32] {
        let from = self.word_bounds[terms.start as usize] as usize;
        let to = self.word_bounds[terms.end as usize] as usize;
        &self.word_postings[from..to]
    }

    /// Postings of the term `term` as a stem.
    #[inline]
    fn stem_postings(&self, term: u32) -> &[u32] {
        let from = self.stem_bounds[term as usize] as usize;
        let to = self.stem_bounds[term as usize + 1] as usize;
        &self.stem_postings[from..to]
    }
}

/// Groups (provisional term id, posting) entries, given in document order, by
/// final term id (counting sort, stable, so each term's postings stay sorted
/// by document). Returns the postings and the bounds (length terms + 1).
fn group_postings(entries: Vec<(u32, u32)>, renumber: &[u32]) -> (Vec<u32>, Vec<u32>) {
    let mut bounds = vec![0u32; renumber.len() + 1];
    for &(term, _) in &entries {
        bounds[renumber[term as usize] as usize + 1] += 1;
    }
    for i in 1..bounds.len() {
        bounds[i] = bounds[i - 1]
            .checked_add(bounds[i])
            .expect("too many postings");
    }
    let mut next = bounds.clone();
    let mut postings = vec![0u32; entries.len()];
    for (term, posting) in entries {
        let slot = &mut next[renumber[term as usize] as usize];
        postings[*slot as usize] = posting;
        *slot += 1;
    }
    (postings, bounds)
}

/// A query word resolved to term ids of one index.
#[derive(Clone, Debug)]
struct ResolvedWord {
    /// Ids of the word's stems that occur as stems in the index.
    stems: [u32; MAX_STEMS],
    n_stems: usize,
    /// Ids of the vocabulary terms equal to (or, for a prefix word, starting
    /// with) the query word.
    words: Range<u32>,
}

impl ResolvedWord {
    fn stems(&self) -> &[u32] {
        &self.stems[..self.n_stems]
    }

    /// True if nothing in the index can match this word.
    fn is_empty(&self) -> bool {
        self.n_stems == 0 && self.words.is_empty()
    }
}

/// "Does not match" in [`PreparedQuery`].
const NO_MATCH: u32 = u32::MAX;

/// The scores of every document for one query (see
/// [`SearchIndex::prepare`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreparedQuery {
    scores: Vec<u32>,
}

impl PreparedQuery {
    /// Score of document `doc`, or `None` if it does not match or is out of
    /// range. An empty query matches every document with score 0.
    #[inline]
    pub fn score(&self, doc: usize) -> Option<u32> {
        self.scores.get(doc).copied().filter(|&s| s != NO_MATCH)
    }

    /// Number of matching documents.
    pub fn count(&self) -> usize {
        self.scores.iter().filter(|&&s| s != NO_MATCH).count()
    }

    /// All matching documents, best first (ties in document order).
    pub fn hits(&self) -> Vec<Hit> {
        let mut hits: Vec<Hit> = self
            .scores
            .iter()
            .enumerate()
            .filter(|&(_, &score)| score != NO_MATCH)
            .map(|(doc, &score)| Hit { doc, score })
            .collect();
        // Stable sort: equal scores keep document order.
        hits.sort_by_key(|h| std::cmp::Reverse(h.score));
        hits
    }
}

/// A piece of a highlighted text: either a matched word or the text between.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Segment {
    /// The original text of this piece (case and diacritics preserved).
    pub text: String,
    /// True if this piece is one word matched by the query.
    pub matched: bool,
}

/// Splits `text` (analyzed in `lang`) into segments whose concatenation is
/// exactly `text`; each word that matches some query word (by the same rules
/// as [`SearchIndex`]) is its own segment with `matched: true`. Adjacent
/// unmatched text is merged into one segment. Empty `text` gives no segments.
///
/// To highlight one text for many queries, analyse it once with
/// [`AnalyzedText`] instead.
pub fn highlight(text: &str, lang: Lang, query: &Query) -> Vec<Segment> {
    if query.is_empty() {
        // No need to analyse the words.
        return AnalyzedText::default().segments(text, query);
    }
    AnalyzedText::new(text, lang).highlight(query)
}

/// A text with its words analysed once in its language, to be highlighted for
/// one query after another (search as you type): stemming is most of the cost
/// of [`highlight`], and the words do not change with the query.
#[derive(Clone, Debug, Default)]
pub struct AnalyzedText {
    text: String,
    /// Each word's byte range in `text` and its folded form and stems (the
    /// lowercase form is not needed for matching and not kept).
    words: Vec<(Range<usize>, Analyzed)>,
}

impl AnalyzedText {
    pub fn new(text: &str, lang: Lang) -> Self {
        let stemmer = text::stemmer(lang);
        let mut a = Analyzed::default();
        let words = text::tokens(text)
            .filter_map(|token| {
                a.analyze(token.text, &stemmer);
                (!a.raw.is_empty()).then(|| {
                    let word = Analyzed {
                        lower: String::new(),
                        raw: a.raw.clone(),
                        stem: a.stem.clone(),
                        variant: a.variant.clone(),
                    };
                    (token.start..token.end(), word)
                })
            })
            .collect();
        AnalyzedText {
            text: text.to_owned(),
            words,
        }
    }

    /// The text analysed.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// [`highlight`] of this text.
    pub fn highlight(&self, query: &Query) -> Vec<Segment> {
        self.segments(&self.text, query)
    }

    /// The segments of `text`, whose words are `self.words` (none for an
    /// empty query).
    fn segments(&self, text: &str, query: &Query) -> Vec<Segment> {
        let mut segments = Vec::new();
        let mut done = 0; // bytes of `text` already emitted
        for (range, word) in &self.words {
            if !query.words.iter().any(|w| w.matches(word)) {
                continue;
            }
            if range.start > done {
                segments.push(Segment {
                    text: text[done..range.start].to_owned(),
                    matched: false,
                });
            }
            segments.push(Segment {
                text: text[range.clone()].to_owned(),
                matched: true,
            });
            done = range.end;
        }
        if done < text.len() {
            segments.push(Segment {
                text: text[done..].to_owned(),
                matched: false,
            });
        }
        segments
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use FieldKind::{Text, Title, TitleTranslation};
    use Lang::{Da, En, Sv};

    fn index(docs: &[&[(FieldKind, Lang, &'static str)]]) -> SearchIndex {
        SearchIndex::new(docs.iter().map(|fields| {
            fields
                .iter()
                .map(|&(kind, lang, text)| Field::new(kind, lang, text))
                .collect::<Vec<_>>()
        }))
    }

    fn docs(idx: &SearchIndex, q: &str) -> Vec<usize> {
        idx.search(&Query::parse(q))
            .into_iter()
            .map(|h| h.doc)
            .collect()
    }

    /// Highlighted words as `[word]`, the rest verbatim.
    fn marked(text: &str, lang: Lang, q: &str) -> String {
        let segments = highlight(text, lang, &Query::parse(q));
        let joined: String = segments.iter().map(|s| s.text.as_str()).collect();
        assert_eq!(joined, text, "segments must reproduce the text");
        segments
            .iter()
            .map(|s| {
                if s.matched {
                    format!("[{}]", s.text)
                } else {
                    s.text.clone()
                }
            })
            .collect()
    }

    fn sample() -> SearchIndex {
        index(&[
            // 0
            &[
                (Title, Sv, "Regional utvecklingsstrategi för Sörmland"),
                (
                    TitleTranslation,
                    En,
                    "Regional development strategy for Sörmland",
                ),
                (Text, Sv, "Strategin handlar om hälsa och kompetens."),
            ],
            // 1
            &[
                (Title, Da, "Ældre og sundhed i regionen"),
                (TitleTranslation, En, "Elderly and health in the region"),
                (Text, Da, "Bedre pleje af ældre borgere."),
            ],
            // 2
            &[
                (Title, Da, "Grøn omstilling"),
                (TitleTranslation, En, "Green transition"),
                (
                    Text,
                    Da,
                    "Region Midtjyllands strategies for klima og energi.",
                ),
            ],
            // 3
            &[
                (Title, En, "Digital strategies 2030"),
                (Text, En, "Broadband for every household."),
            ],
        ])
    }

    #[test]
    fn folding_without_diacritics_finds_sormland() {
        let idx = sample();
        assert_eq!(docs(&idx, "sormland"), [0]);
        assert_eq!(docs(&idx, "Sörmland"), [0]);
        assert_eq!(docs(&idx, "SÖRMLAND"), [0]);
    }

    #[test]
    fn ae_and_ligature_both_find_aeldre() {
        let idx = sample();
        assert_eq!(docs(&idx, "aeldre"), [1]);
        assert_eq!(docs(&idx, "ældre"), [1]);
        assert_eq!(docs(&idx, "Ældre"), [1]);
        assert_eq!(docs(&idx, "AELDRE"), [1]);
        let only_upper = index(&[&[(Text, Da, "ÆLDRE MENNESKER")]]);
        assert_eq!(docs(&only_upper, "aeldre"), [0]);
        assert_eq!(docs(&only_upper, "ældre"), [0]);
    }

    #[test]
    fn swedish_stemming_halsan_finds_halsa() {
        let idx = sample();
        assert_eq!(docs(&idx, "hälsan"), [0]);
        assert_eq!(docs(&idx, "halsan"), [0]);
    }

    #[test]
    fn swedish_definite_forms_find_base_forms_and_back() {
        let idx = index(&[
            &[(Text, Sv, "Länet satsar på strategi och arbete.")],
            &[(Text, Sv, "Strategin för länets arbetet med hälsan.")],
        ]);
        assert_eq!(docs(&idx, "län"), [0, 1]);
        assert_eq!(docs(&idx, "länet"), [0, 1]);
        assert_eq!(docs(&idx, "strategin arbete"), [0, 1]);
        assert_eq!(docs(&idx, "hälsa"), [1]);
    }

    #[test]
    fn danish_stemming_regionens_finds_region() {
        let idx = index(&[
            &[(Title, Da, "Vækst i Region Syddanmark")],
            &[(Title, Da, "Kultur og fritid")],
        ]);
        assert_eq!(docs(&idx, "regionens"), [0]);
    }

    #[test]
    fn english_stemming_strategies_finds_strategy() {
        let idx = index(&[
            &[(Title, En, "A strategy for growth")],
            &[(Title, En, "Growth plan")],
        ]);
        assert_eq!(docs(&idx, "strategies"), [0]);
        assert_eq!(docs(&idx, "Strategy"), [0]);
    }

    #[test]
    fn case_insensitive() {
        let idx = sample();
        assert_eq!(docs(&idx, "GRØN"), [2]);
        assert_eq!(docs(&idx, "grøn"), [2]);
        assert_eq!(docs(&idx, "gRoN"), [2]);
        assert_eq!(docs(&idx, "BROADBAND"), [3]);
    }

    #[test]
    fn title_match_ranks_above_description_match() {
        let idx = index(&[
            &[
                (Title, En, "Culture plan"),
                (Text, En, "About health care."),
            ],
            &[(Title, En, "Health plan"), (Text, En, "About culture.")],
            &[
                (Title, En, "Mobility"),
                (TitleTranslation, Da, "Sundhed og mobilitet"),
            ],
            &[
                (Title, Sv, "Hälsoplan"),
                (TitleTranslation, En, "Health plan"),
            ],
        ]);
        let hits = idx.search(&Query::parse("health"));
        assert_eq!(
            hits,
            [
                Hit { doc: 1, score: 3 },
                Hit { doc: 3, score: 2 },
                Hit { doc: 0, score: 1 }
            ]
        );
        // Ties keep document order.
        let hits = idx.search(&Query::parse("plan"));
        assert_eq!(
            hits,
            [
                Hit { doc: 0, score: 3 },
                Hit { doc: 1, score: 3 },
                Hit { doc: 3, score: 2 }
            ]
        );
    }

    #[test]
    fn score_sums_best_field_per_word() {
        let idx = index(&[
            &[(Title, En, "Health"), (Text, En, "health and culture")],
            &[(Title, En, "Health and culture")],
        ]);
        let q = Query::parse("health culture");
        assert_eq!(idx.matches(0, &q), Some(3 + 1));
        assert_eq!(idx.matches(1, &q), Some(3 + 3));
        assert_eq!(idx.search(&q)[0], Hit { doc: 1, score: 6 });
    }

    #[test]
    fn all_query_words_must_match() {
        let idx = sample();
        assert_eq!(docs(&idx, "strategi sörmland"), [0]);
        assert_eq!(docs(&idx, "hälsa kompetens"), [0]);
        // "klima" is only in doc 2, "sörmland" only in doc 0.
        assert!(docs(&idx, "klima sörmland").is_empty());
        // Words may match in different fields (title + description).
        assert_eq!(docs(&idx, "grøn energi"), [2]);
    }

    #[test]
    fn empty_query_matches_everything_with_score_zero() {
        let idx = sample();
        for input in ["", "   ", " -,! "] {
            let q = Query::parse(input);
            assert!(q.is_empty());
            assert_eq!(q.len(), 0);
            let hits = idx.search(&q);
            assert_eq!(hits.len(), idx.len());
            assert!(hits
                .iter()
                .enumerate()
                .all(|(i, h)| h.doc == i && h.score == 0));
            assert_eq!(idx.matches(2, &q), Some(0));
            assert_eq!(idx.matches(99, &q), None);
            assert_eq!(
                highlight("Grøn omstilling", Da, &q),
                [Segment {
                    text: "Grøn omstilling".into(),
                    matched: false
                }]
            );
        }
        // A letter alone is a word being typed; a digit alone names a goal.
        assert!(Query::parse("x").is_empty());
        assert!(!Query::parse("7").is_empty());
        assert_eq!(Query::parse("x 7").len(), 2);
    }

    #[test]
    fn no_match() {
        let idx = sample();
        assert!(docs(&idx, "zzzyx").is_empty());
        assert!(docs(&idx, "sörmland zzzyx").is_empty());
        assert_eq!(idx.matches(0, &Query::parse("zzzyx")), None);
        let empty = SearchIndex::new(Vec::<Vec<Field>>::new());
        assert!(empty.is_empty());
        assert!(empty.search(&Query::parse("region")).is_empty());
        assert_eq!(empty.search(&Query::parse("")), []);
    }

    #[test]
    fn translation_field_is_matched_in_its_own_language() {
        let idx = sample();
        // "development" only appears in the English title translation of doc 0.
        assert_eq!(
            idx.search(&Query::parse("developments")),
            [Hit { doc: 0, score: 2 }]
        );
        // "elderly" only in the English translation of doc 1.
        assert_eq!(docs(&idx, "elderly"), [1]);
    }

    #[test]
    fn prefix_match_on_last_word() {
        let idx = sample();
        assert_eq!(docs(&idx, "sörml"), [0]);
        assert_eq!(docs(&idx, "sorml"), [0]);
        assert_eq!(docs(&idx, "utvecklings"), [0]);
        assert_eq!(docs(&idx, "grøn omst"), [2]);
        // Only the last word is a prefix.
        assert!(docs(&idx, "omst grøn").is_empty());
        // Two letters are enough for a prefix (a word typed halfway finds what it will find,
        // instead of nothing for a moment); a last word of one letter waits for its second.
        assert_eq!(docs(&idx, "sö"), [0]);
        assert_eq!(docs(&idx, "s"), docs(&idx, ""));
        assert_eq!(docs(&idx, "grøn o"), docs(&idx, "grøn"));
        assert_eq!(Query::parse("grøn o"), Query::parse("grøn"));
        assert_eq!(Query::parse("æ"), Query::parse(""));
        assert_eq!(docs(&idx, "sör"), [0]);
        // A prefix may match many words: all documents containing one match.
        assert_eq!(docs(&idx, "reg"), [0, 1, 2]);
    }

    #[test]
    fn decomposed_query_matches_composed_text() {
        let idx = sample();
        // "sörmland" typed with a combining diaeresis (NFD).
        assert_eq!(docs(&idx, "so\u{0308}rmland"), [0]);
        assert_eq!(docs(&idx, "so\u{0308}rml"), [0]);
    }

    #[test]
    fn prepared_query_scores_every_document() {
        let idx = sample();
        let prepared = idx.prepare(&Query::parse("region"));
        assert_eq!(prepared.count(), 3);
        assert_eq!(prepared.score(0), Some(3)); // "Regional" by prefix
        assert_eq!(prepared.score(3), None);
        assert_eq!(prepared.score(99), None);
        assert_eq!(prepared.hits(), idx.search(&Query::parse("region")));
    }

    #[test]
    fn matches_agrees_with_search() {
        let idx = sample();
        for q in [
            "region",
            "sörml",
            "strategi",
            "ældre pleje",
            "zzz",
            "",
            "health",
        ] {
            let q = Query::parse(q);
            let hits = idx.search(&q);
            let prepared = idx.prepare(&q);
            for doc in 0..idx.len() {
                let expected = hits.iter().find(|h| h.doc == doc).map(|h| h.score);
                assert_eq!(idx.matches(doc, &q), expected);
                assert_eq!(prepared.score(doc), expected);
            }
        }
    }

    #[test]
    fn highlight_marks_exactly_matched_words() {
        assert_eq!(
            marked("Regional utvecklingsstrategi för Sörmland", Sv, "sormland"),
            "Regional utvecklingsstrategi för [Sörmland]"
        );
        assert_eq!(
            marked("Ældre og sundhed, ældre borgere.", Da, "aeldre"),
            "[Ældre] og sundhed, [ældre] borgere."
        );
        assert_eq!(
            marked(
                "Strategin handlar om hälsa och hälsans värde.",
                Sv,
                "hälsan"
            ),
            "Strategin handlar om [hälsa] och [hälsans] värde."
        );
        assert_eq!(
            marked(
                "Vækst i Region Syddanmark og regionens byer",
                Da,
                "regionens vækst"
            ),
            "[Vækst] i [Region] Syddanmark og [regionens] byer"
        );
        assert_eq!(
            marked("Our Strategies; one STRATEGY.", En, "strategy"),
            "Our [Strategies]; one [STRATEGY]."
        );
        assert_eq!(marked("Sörmland", Sv, "sörml"), "[Sörmland]");
        assert_eq!(
            marked("Grøn omstilling", Da, "grøn omst"),
            "[Grøn] [omstilling]"
        );
        assert_eq!(
            marked("Grøn omstilling", Da, "omst grøn"),
            "[Grøn] omstilling"
        );
        assert_eq!(marked("Nothing here", En, "zzz"), "Nothing here");
        assert!(highlight("", En, &Query::parse("x")).is_empty());
    }

    #[test]
    fn highlight_segments_are_byte_accurate() {
        let text = "«Ærø» – ÆLDRE-pleje i Ærøskøbing!";
        let q = Query::parse("aero aeldre");
        let segments = highlight(text, Da, &q);
        assert_eq!(
            segments,
            [
                Segment {
                    text: "«".into(),
                    matched: false
                },
                Segment {
                    text: "Ærø".into(),
                    matched: true
                },
                Segment {
                    text: "» – ".into(),
                    matched: false
                },
                Segment {
                    text: "ÆLDRE".into(),
                    matched: true
                },
                Segment {
                    text: "-pleje i Ærøskøbing!".into(),
                    matched: false
                },
            ]
        );
        // Last word "aeldre" is a prefix word: "aeldrepleje" would match too.
        assert_eq!(marked("aeldrepleje", Da, "aeldre"), "[aeldrepleje]");
    }

    #[test]
    fn analyzed_text_highlights_like_highlight_for_every_query() {
        let text = "«Ærø» – ÆLDRE-pleje i Ærøskøbing, regionens sundhed!";
        let analyzed = AnalyzedText::new(text, Da);
        assert_eq!(analyzed.text(), text);
        for q in [
            "",
            "aero",
            "aeldre pleje",
            "region",
            "ærøsk",
            "sundhed zzz",
            "zzz",
        ] {
            let q = Query::parse(q);
            assert_eq!(analyzed.highlight(&q), highlight(text, Da, &q), "{q:?}");
        }
        // The analysis is of the text's language: Danish stemming finds "regionens".
        assert_eq!(
            AnalyzedText::new(text, Da)
                .highlight(&Query::parse("regioner"))
                .iter()
                .filter(|s| s.matched)
                .count(),
            1
        );
    }

    #[test]
    fn highlight_agrees_with_index() {
        let fields = [
            (Title, Sv, "Regional utvecklingsstrategi för Sörmland"),
            (Text, Da, "Bedre pleje af ældre borgere i regionen."),
            (TitleTranslation, En, "Digital strategies 2030"),
        ];
        for (kind, lang, text) in fields {
            let idx = index(&[&[(kind, lang, text)]]);
            for q in [
                "sörml",
                "aeldre",
                "regionens",
                "strategy",
                "2030",
                "pleje",
                "xyz",
            ] {
                let q = Query::parse(q);
                let any_marked = highlight(text, lang, &q).iter().any(|s| s.matched);
                assert_eq!(idx.matches(0, &q).is_some(), any_marked, "{q:?} in {text}");
            }
        }
    }
}
