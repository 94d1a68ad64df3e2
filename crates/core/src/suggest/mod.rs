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
//! overlap, only one is kept (the longer first, then the term with more letters, then the
//! heavier, then the earlier: the more specific term decides what those words weigh). The
//! goal's **score is the sum of the weights of the distinct terms** among the kept matches:
//! a term that occurs five times counts once (all five occurrences are evidence). A goal is
//! suggested when its score is at least [`THRESHOLD`] = 2: one strong term, or two different
//! supporting terms. A single supporting word (weight 1) is never enough.
//!
//! Suggestions are ordered by score (highest first), then by goal number. Evidence is in text
//! order. The result depends only on the lexicon and the text.

mod dataset;
mod derive;
mod lexicon;
mod matching;
mod words;

pub use dataset::{evidence_segments, suggest_dataset, EntrySuggestions};
pub use derive::target_term_candidates;
pub use lexicon::{
    split_origin, GoalTerms, Lexicon, LexiconError, LexiconSource, Origin, TermLists,
};
pub use matching::{suggest, suggest_fields, Evidence, Suggestion, TargetBasis};
pub use words::endings;

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
/// Shortest plain one-word Danish or Swedish term that also matches as the last part of a
/// compound, as if written `*word`, in characters: shorter words are too often the end of an
/// unrelated word.
pub const COMPOUND_TAIL_CHARS: usize = 6;
/// Shortest first part of a compound matched by a `*word` term, in characters.
pub const MIN_MODIFIER_CHARS: usize = 3;
