//! The lexicon: the data file as written ([`LexiconSource`]) and compiled for matching
//! ([`Lexicon`]), with each term parsed and stemmed once.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::words::normalize_into;
use super::{
    COMPOUND_TAIL_CHARS, MIN_COMPOUND_CHARS, MIN_PREFIX_CHARS, STRONG_WEIGHT, SUPPORTING_WEIGHT,
};
use crate::model::Lang;
use crate::text;

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

    fn lists_mut(&mut self, lang: Lang) -> &mut TermLists {
        match lang {
            Lang::Da => &mut self.da,
            Lang::Sv => &mut self.sv,
            Lang::En => &mut self.en,
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

    /// Checks that every term is traceable: it carries a hand mark (`@hand`, `@hand 11.2`) or
    /// names the target it comes from (`@8.5`), and then it occurs in that target's official
    /// text in the term's language. Every problem is reported, each with what to write.
    pub fn check_origins(&self, targets: &crate::targets::Targets) -> Result<(), LexiconError> {
        let mut problems = Vec::new();
        for goal in &self.goal {
            for lang in Lang::ALL {
                let lists = goal.lists(lang);
                for term in lists.strong.iter().chain(&lists.supporting) {
                    let problem = |p: &str| {
                        LexiconError::Term {
                            goal: goal.number,
                            lang: lang.code(),
                            term: term.clone(),
                            problem: p.to_string(),
                        }
                        .to_string()
                    };
                    match split_origin(term) {
                        Err(p) => problems.push(problem(&p)),
                        Ok((_, None)) => problems.push(problem(
                            "has neither a source target nor a hand mark: write `term @8.5` when it is taken from the official text of target 8.5, `term @hand` when added by hand (`term @hand 8.5` if it points to a target)",
                        )),
                        Ok((_, Some(Origin::Hand(_)))) => {}
                        Ok((body, Some(Origin::Target(id)))) => match targets
                            .get(&id)
                            .and_then(|t| t.get(lang))
                        {
                            None => problems.push(problem(&format!(
                                "target {id} has no official {} text in data/sdg-targets.toml, so the term cannot come from it; mark it `@hand {id}`",
                                lang.code()
                            ))),
                            Some(text) if !occurs_in(body, goal.number, lang, text) => {
                                problems.push(problem(&format!(
                                    "does not occur in the {} text of target {id}; take the term from that text or mark it `@hand {id}`",
                                    lang.code()
                                )))
                            }
                            Some(_) => {}
                        },
                    }
                }
            }
        }
        if problems.is_empty() {
            Ok(())
        } else {
            Err(LexiconError::Origins(problems))
        }
    }
}

/// Whether a term (without its mark) matches somewhere in `text`, as the engine matches it.
fn occurs_in(term: &str, goal: u8, lang: Lang, text: &str) -> bool {
    let lists = TermLists {
        strong: vec![term.to_string()],
        supporting: Vec::new(),
    };
    let mut one = GoalTerms {
        number: goal,
        ..Default::default()
    };
    *one.lists_mut(lang) = lists;
    Lexicon::new(&LexiconSource { goal: vec![one] })
        .is_ok_and(|lexicon| !super::suggest(&lexicon, text, lang).is_empty())
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
    #[error("the lexicon's terms are not all traceable: {}", .0.join("; "))]
    Origins(Vec<String>),
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
pub(super) enum WordPat {
    /// Inflection-tolerant word: a stem in common, or `lower` plus an ending. `tail` (Danish
    /// and Swedish long words) also matches the word as the last part of a compound, by the
    /// given stem (empty: by endings only), as `*word` does.
    Word {
        lower: String,
        stems: Stems,
        tail: Option<String>,
    },
    /// `=form`: exactly this lowercase form.
    Exact(String),
    /// `form*`: the lowercase word begins with this.
    Prefix(String),
    /// `*form`: the word ends in this form, in any inflection. `stem` is empty when the
    /// stemmer shortens the form by more than two letters.
    Compound { lower: String, stem: String },
}

/// Whether two terms match the same words: the same patterns, where an inflection-tolerant
/// word counts by its stems («sea» and «seas», «low income» and «low-income»). Two such terms
/// of one goal would only shadow each other: one of them always wins.
fn same_words(a: &[WordPat], b: &[WordPat]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|pair| match pair {
            (WordPat::Word { stems: x, .. }, WordPat::Word { stems: y, .. }) => x == y,
            (x, y) => x == y,
        })
}

/// The stems of a word: the Snowball stem and, for some Swedish definite forms, a second one
/// ([`text::LangStemmer::variant`]); the second is empty when there is none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Stems {
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

    pub(super) fn iter(&self) -> impl Iterator<Item = &str> {
        [self.stem.as_str(), self.variant.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty())
    }
}

#[derive(Clone, Debug)]
pub(super) struct Pattern {
    pub(super) lang: Lang,
    pub(super) goal: u8,
    pub(super) weight: u8,
    /// The term as written in the lexicon, without its origin mark.
    pub(super) term: String,
    /// The target the term points to: the one whose text it comes from, or our reading.
    pub(super) target: Option<String>,
    /// Whether the term is taken from its target's official text (`@8.5`), not our reading
    /// (`@hand 8.5`).
    pub(super) official: bool,
    pub(super) words: Vec<WordPat>,
}

/// Where a lexicon term comes from, written after it: `poverty @1.2`, `klima* @hand`,
/// `kollektivtrafik @hand 11.2`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    /// `@8.5`: the term is taken from the official text of target 8.5 in its language.
    Target(String),
    /// `@hand`: added by hand, optionally with the target it points to (our reading).
    Hand(Option<String>),
}

impl Origin {
    /// The target the term points to, if any.
    pub fn target(&self) -> Option<&str> {
        match self {
            Origin::Target(t) | Origin::Hand(Some(t)) => Some(t),
            Origin::Hand(None) => None,
        }
    }
}

/// Splits a term as written into its words and its origin mark (`@…`), if it has one.
pub fn split_origin(term: &str) -> Result<(&str, Option<Origin>), String> {
    let Some((body, mark)) = term.split_once('@') else {
        return Ok((term, None));
    };
    let mut parts = mark.split_whitespace();
    let origin = match (parts.next(), parts.next(), parts.next()) {
        (Some("hand"), target, None) => Origin::Hand(target.map(str::to_string)),
        (Some(target), None, None) => Origin::Target(target.to_string()),
        _ => {
            return Err(
                "the origin mark is `@<target>` (e.g. `@8.5`), `@hand` or `@hand <target>`".into(),
            )
        }
    };
    if let Some(target) = origin.target() {
        if !crate::targets::is_target_id(target) {
            return Err(format!(
                "`@{target}` is not a target id of the UN framework (e.g. 8.5, 14.c)"
            ));
        }
    }
    Ok((body.trim_end(), Some(origin)))
}

/// Where to look for candidate patterns by their first word, for one language.
#[derive(Clone, Debug, Default)]
pub(super) struct LangIndex {
    pub(super) by_stem: BTreeMap<String, Vec<u32>>,
    pub(super) by_lower: BTreeMap<String, Vec<u32>>,
    pub(super) by_exact: BTreeMap<String, Vec<u32>>,
    pub(super) by_prefix: BTreeMap<String, Vec<u32>>,
    pub(super) by_tail_stem: BTreeMap<String, Vec<u32>>,
    pub(super) by_tail_lower: BTreeMap<String, Vec<u32>>,
    /// Byte lengths of the shortest and longest prefix term.
    pub(super) prefix_len: (usize, usize),
    /// Byte length of the shortest compound-ending term (lowercase or stem).
    pub(super) tail_min: usize,
}

impl LangIndex {
    /// Indexes a pattern whose first word matches the last part of a compound.
    fn add_tail(&mut self, id: u32, lower: &str, stem: &str) {
        self.by_tail_lower
            .entry(lower.to_string())
            .or_default()
            .push(id);
        let mut min = lower.len();
        if stem.chars().count() >= MIN_COMPOUND_CHARS {
            self.by_tail_stem
                .entry(stem.to_string())
                .or_default()
                .push(id);
            min = min.min(stem.len());
        }
        self.tail_min = if self.tail_min == 0 {
            min
        } else {
            self.tail_min.min(min)
        };
    }
}

/// A compiled lexicon, ready for [`suggest`](super::suggest). Build it once and reuse it.
///
/// Deserializing a `Lexicon` (from the JSON of a [`LexiconSource`]) compiles it.
#[derive(Clone, Debug, Deserialize)]
#[serde(try_from = "LexiconSource")]
pub struct Lexicon {
    pub(super) patterns: Vec<Pattern>,
    pub(super) index: [LangIndex; 3],
    names: BTreeMap<u8, String>,
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
                let mut terms_seen: Vec<(&str, Vec<WordPat>)> = Vec::new();
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
                        let (body, origin) = split_origin(term).map_err(|p| fail(&p))?;
                        let target = origin.as_ref().and_then(Origin::target);
                        if target.is_some_and(|t| crate::targets::goal_of(t) != Some(goal.number)) {
                            return Err(fail("its target belongs to another goal"));
                        }
                        let words = parse_term(body, lang, &stemmer).map_err(|p| fail(&p))?;
                        if let Some((other, _)) =
                            terms_seen.iter().find(|(_, seen)| same_words(seen, &words))
                        {
                            return Err(fail(&format!(
                                "matches the same words as \"{other}\" of this goal and \
                                 language (the same stems); keep one, with the weight it \
                                 should have"
                            )));
                        }
                        terms_seen.push((term, words.clone()));
                        lexicon.add(Pattern {
                            lang,
                            goal: goal.number,
                            weight: weight as u8,
                            term: body.to_string(),
                            target: target.map(str::to_string),
                            official: matches!(origin, Some(Origin::Target(_))),
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
        let index = &mut self.index[pattern.lang.index()];
        let push = |map: &mut BTreeMap<String, Vec<u32>>, key: &str| {
            map.entry(key.to_string()).or_default().push(id)
        };
        match &pattern.words[0] {
            WordPat::Word { lower, stems, tail } => {
                for stem in stems.iter() {
                    push(&mut index.by_stem, stem);
                }
                push(&mut index.by_lower, lower);
                if let Some(stem) = tail {
                    index.add_tail(id, lower, stem);
                }
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
            WordPat::Compound { lower, stem } => index.add_tail(id, lower, stem),
        }
        self.patterns.push(pattern);
    }
}

/// The stem a compound's last part is matched by: used only when Snowball took at most two
/// letters off («skola» → «skol» finds «grundskolor»; «ledighed» → «led» would find «ledere»,
/// leaders). Otherwise empty, and only the inflection endings apply.
fn compound_stem(lower: &str, stemmer: &text::LangStemmer) -> String {
    let stem = stemmer.stem(lower);
    if stem.chars().count() + 2 >= lower.chars().count() {
        stem.into_owned()
    } else {
        String::new()
    }
}

/// Parses one term of the lexicon into its words.
fn parse_term(term: &str, lang: Lang, stemmer: &text::LangStemmer) -> Result<Vec<WordPat>, String> {
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
        // Danish and Swedish write compounds as one word: a long plain one-word term also
        // matches as the last part of a compound («arbejdsløshed» in «ungdomsarbejdsløshed»).
        let plain_tail = lang != Lang::En
            && !(exact || compound || prefix)
            && parts.len() == 1
            && term.split_whitespace().count() == 1
            && parts[0].chars().count() >= COMPOUND_TAIL_CHARS;
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
                WordPat::Compound {
                    stem: compound_stem(&lower, stemmer),
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
                    tail: plain_tail.then(|| compound_stem(&lower, stemmer)),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::suggest::suggest;

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
        // Two forms of one word, weighed differently: one would always shadow the other.
        let shadowed = LexiconSource {
            goal: vec![GoalTerms {
                number: 14,
                en: TermLists {
                    strong: vec!["seas".into()],
                    supporting: vec!["sea".into(), "coastal waters".into()],
                },
                ..Default::default()
            }],
        };
        let message = Lexicon::new(&shadowed).unwrap_err().to_string();
        assert!(
            message.contains("\"sea\"") && message.contains("the same words as \"seas\""),
            "{message}"
        );
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
        let goals: Vec<u8> = suggest(&lex, "Climate", Lang::En)
            .iter()
            .map(|s| s.goal)
            .collect();
        assert_eq!(goals, [13]);
        let lex: Lexicon = serde_json::from_str(&json).unwrap();
        assert_eq!(lex.goal_name(13), Some("Climate action"));
        assert_eq!(lex.term_count(Lang::En), 1);
        assert!(serde_json::from_str::<Lexicon>(r#"{"goal":[{"number":0}]}"#).is_err());
    }

    #[test]
    fn origin_marks_are_parsed_and_checked() {
        assert_eq!(
            split_origin("poverty @1.2"),
            Ok(("poverty", Some(Origin::Target("1.2".into()))))
        );
        assert_eq!(
            split_origin("kollektivtrafik* @hand 11.2"),
            Ok(("kollektivtrafik*", Some(Origin::Hand(Some("11.2".into())))))
        );
        assert_eq!(split_origin("klima"), Ok(("klima", None)));
        assert!(split_origin("klima @13.9").is_err());
        assert!(split_origin("klima @hand 13.1 13.2").is_err());
        let other_goal =
            LexiconSource::from_json(r#"{"goal":[{"number":13,"en":{"strong":["flood @11.5"]}}]}"#)
                .unwrap();
        let err = Lexicon::new(&other_goal).unwrap_err().to_string();
        assert!(err.contains("its target belongs to another goal"), "{err}");
    }
}
