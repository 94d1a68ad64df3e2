//! The explorer's faceted filtering: one list of every part and item of the catalog, narrowed
//! by a text search and by facets, with the state kept in the URL's query string.
//!
//! # Query string
//!
//! | key        | values                                                   | facet                  |
//! |------------|----------------------------------------------------------|------------------------|
//! | `q`        | free text (see [`crate::search`])                        | text                   |
//! | `country`  | `DK`, `SE`, `NO`, `FI`, `IS` (any case)                  | country of the region  |
//! | `region`   | a region id, e.g. `sormland`                             | region of the strategy |
//! | `strategy` | a strategy id, e.g. `sormlandsstrategin`                 | strategy               |
//! | `kind`     | `regional-development-strategy`, `council-strategy`, `declaration-of-intent` | kind of strategy |
//! | `sdg`      | `1` to `17`                                              | goal of an SDG link    |
//! | `basis`    | `stated`, `inferred`, `editorial`                        | basis of an SDG link   |
//! | `status`   | `in-force`, `until-further-notice`, `period-ended`, `superseded` | standing of the strategy ([`crate::status`]) |
//!
//! A facet with several values **repeats its key**: `?sdg=3&sdg=7`. That is what an HTML form
//! with checkboxes submits, and what [`Filters::to_query_string`] writes. For hand-written
//! links, a comma-separated list (`?sdg=3,7`) is read the same way (not for `q`).
//!
//! Reading never fails: unknown keys, malformed values (`sdg=abc`, `sdg=18`, `country=XX`)
//! and, with [`Filters::retain_known`], ids and countries that the catalog does not have are
//! dropped, so a damaged or outdated link still shows a sensible page. Writing is canonical:
//! keys in the order of the table, values in a fixed order, so one state has one URL.
//!
//! # Matching
//!
//! An entry (a part or an item, see [`Catalog::entries`]) matches when it matches **every**
//! active facet (AND across facets) and, within a facet, **any** of its values (OR within a
//! facet). Country, region, strategy, kind and status are properties of the entry's strategy.
//! `sdg` and `basis` look at the SDG links made directly at the entry, and are read together:
//! with both active, the entry needs **one** link whose goal is among the `sdg` values and whose
//! basis is among the `basis` values (`?sdg=3&basis=stated` is "a stated link to goal 3").
//! The text facet is [`SearchIndex`] matching over the documents of [`build_index`]. The text
//! also matches an entry with an SDG link to a goal the whole query names: by its number with or
//! without a word for "goal" ("mål 7", "goal 13", "7"), or by words of its name in Danish, Swedish
//! or English ("energi", "klimat", "sundhed"). Such a hit carries the goal as its reason
//! ([`Hit::goal`]). General words alone ("mål", "sdg", "og") name no goal.
//!
//! # Ranking and counts
//!
//! [`apply`] returns the matching entries best text score first (title above title translation
//! above description, see [`crate::search`]), then the entries found through a goal (score 0),
//! ties and empty queries in document order.
//! [`facet_counts`] gives, for every value of every facet, how many entries would match with
//! that value selected in its facet instead of the facet's current values, and every other
//! facet as it is (the usual "disjunctive" facet counts), so a count never surprises.

use std::collections::BTreeSet;

use crate::catalog::{Catalog, Place};
use crate::model::*;
use crate::query;
use crate::search::{Field, FieldKind, PreparedQuery, Query, SearchIndex};
use crate::status::Standing;

/// The facets besides the text search, in URL order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Country,
    Region,
    Strategy,
    Kind,
    Sdg,
    Basis,
    Status,
}

impl Facet {
    pub const ALL: [Facet; 7] = [
        Facet::Country,
        Facet::Region,
        Facet::Strategy,
        Facet::Kind,
        Facet::Sdg,
        Facet::Basis,
        Facet::Status,
    ];

    /// The query-string key of the facet.
    pub const fn key(self) -> &'static str {
        match self {
            Facet::Country => "country",
            Facet::Region => "region",
            Facet::Strategy => "strategy",
            Facet::Kind => "kind",
            Facet::Sdg => "sdg",
            Facet::Basis => "basis",
            Facet::Status => "status",
        }
    }

    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }
}

/// The query-string key of the text search.
pub const TEXT_KEY: &str = "q";
/// Longest text query kept, in characters; the rest is cut off.
pub const MAX_QUERY_CHARS: usize = 200;
/// Most values read per facet; more are ignored.
const MAX_VALUES: usize = 50;

pub fn country_code(c: Country) -> &'static str {
    match c {
        Country::DK => "DK",
        Country::SE => "SE",
        Country::NO => "NO",
        Country::FI => "FI",
        Country::IS => "IS",
    }
}

pub fn parse_country(code: &str) -> Option<Country> {
    [
        Country::DK,
        Country::SE,
        Country::NO,
        Country::FI,
        Country::IS,
    ]
    .into_iter()
    .find(|&c| country_code(c).eq_ignore_ascii_case(code))
}

pub fn kind_code(k: StrategyKind) -> &'static str {
    match k {
        StrategyKind::RegionalDevelopmentStrategy => "regional-development-strategy",
        StrategyKind::CouncilStrategy => "council-strategy",
        StrategyKind::DeclarationOfIntent => "declaration-of-intent",
    }
}

pub const KINDS: [StrategyKind; 3] = [
    StrategyKind::RegionalDevelopmentStrategy,
    StrategyKind::CouncilStrategy,
    StrategyKind::DeclarationOfIntent,
];

pub fn parse_kind(code: &str) -> Option<StrategyKind> {
    KINDS
        .into_iter()
        .find(|&k| kind_code(k).eq_ignore_ascii_case(code))
}

pub fn basis_code(b: BasisKind) -> &'static str {
    match b {
        BasisKind::Stated => "stated",
        BasisKind::Inferred => "inferred",
        BasisKind::Editorial => "editorial",
    }
}

pub const BASES: [BasisKind; 3] = [BasisKind::Stated, BasisKind::Inferred, BasisKind::Editorial];

pub fn parse_basis(code: &str) -> Option<BasisKind> {
    BASES
        .into_iter()
        .find(|&b| basis_code(b).eq_ignore_ascii_case(code))
}

pub fn status_code(s: Standing) -> &'static str {
    s.code()
}

pub fn parse_status(code: &str) -> Option<Standing> {
    Standing::from_code(code)
}

/// A goal number 1 to 17 (leading zeros and surrounding spaces allowed).
pub fn parse_sdg(code: &str) -> Option<u8> {
    let code = code.trim();
    if code.is_empty() || code.len() > 3 || !code.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    code.parse::<u8>().ok().filter(|n| (1..=17).contains(n))
}

/// An id as the data format allows (lowercase letters, digits, hyphens).
fn parse_id(code: &str) -> Option<String> {
    let code = code.trim();
    let ok = !code.is_empty()
        && code.len() <= 100
        && code
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
    ok.then(|| code.to_string())
}

/// The whole state of the explorer: text query and facet selections. Empty sets mean "any".
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filters {
    /// The search text, trimmed; empty for none.
    pub q: String,
    pub country: BTreeSet<Country>,
    pub region: BTreeSet<String>,
    pub strategy: BTreeSet<String>,
    pub kind: BTreeSet<StrategyKind>,
    pub sdg: BTreeSet<u8>,
    pub basis: BTreeSet<BasisKind>,
    pub status: BTreeSet<Standing>,
}

impl Filters {
    /// Reads query pairs (already percent-decoded), ignoring what it does not understand.
    pub fn from_pairs<K: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (K, V)>,
    ) -> Filters {
        let mut filters = Filters::default();
        for (key, value) in pairs {
            filters.read(key.as_ref(), value.as_ref());
        }
        filters
    }

    /// Reads a raw query string such as `?q=s%C3%B6rmland&sdg=3` (leading `?` optional;
    /// `+` is a space), ignoring what it does not understand.
    pub fn from_query_string(query: &str) -> Filters {
        Filters::from_pairs(query::pairs(query))
    }

    /// [`Filters::from_pairs`], then [`Filters::retain_known`].
    pub fn from_pairs_in<K: AsRef<str>, V: AsRef<str>>(
        pairs: impl IntoIterator<Item = (K, V)>,
        catalog: &Catalog,
    ) -> Filters {
        let mut filters = Filters::from_pairs(pairs);
        filters.retain_known(catalog);
        filters
    }

    /// Reads one pair; unknown keys and malformed values change nothing.
    fn read(&mut self, key: &str, value: &str) {
        if key == TEXT_KEY {
            let q = value.trim();
            if !q.is_empty() {
                // Several `q`s (a hand-edited link): the last one wins, as in most sites.
                self.q = q
                    .chars()
                    .take(MAX_QUERY_CHARS)
                    .collect::<String>()
                    .trim_end()
                    .to_string();
            }
            return;
        }
        let Some(facet) = Facet::from_key(key) else {
            return;
        };
        for value in value.split(',') {
            if self.len_of(facet) >= MAX_VALUES {
                return;
            }
            self.insert(facet, value.trim());
        }
    }

    fn len_of(&self, facet: Facet) -> usize {
        match facet {
            Facet::Country => self.country.len(),
            Facet::Region => self.region.len(),
            Facet::Strategy => self.strategy.len(),
            Facet::Kind => self.kind.len(),
            Facet::Sdg => self.sdg.len(),
            Facet::Basis => self.basis.len(),
            Facet::Status => self.status.len(),
        }
    }

    /// Adds one value, given as in the URL; returns false if it is malformed.
    pub fn insert(&mut self, facet: Facet, code: &str) -> bool {
        match facet {
            Facet::Country => parse_country(code).map(|v| self.country.insert(v)),
            Facet::Region => parse_id(code).map(|v| self.region.insert(v)),
            Facet::Strategy => parse_id(code).map(|v| self.strategy.insert(v)),
            Facet::Kind => parse_kind(code).map(|v| self.kind.insert(v)),
            Facet::Sdg => parse_sdg(code).map(|v| self.sdg.insert(v)),
            Facet::Basis => parse_basis(code).map(|v| self.basis.insert(v)),
            Facet::Status => parse_status(code).map(|v| self.status.insert(v)),
        }
        .is_some()
    }

    /// Removes one value, given as in the URL.
    pub fn remove(&mut self, facet: Facet, code: &str) {
        match facet {
            Facet::Country => parse_country(code).map(|v| self.country.remove(&v)),
            Facet::Region => Some(self.region.remove(code)),
            Facet::Strategy => Some(self.strategy.remove(code)),
            Facet::Kind => parse_kind(code).map(|v| self.kind.remove(&v)),
            Facet::Sdg => parse_sdg(code).map(|v| self.sdg.remove(&v)),
            Facet::Basis => parse_basis(code).map(|v| self.basis.remove(&v)),
            Facet::Status => parse_status(code).map(|v| self.status.remove(&v)),
        };
    }

    /// Whether a value (given as in the URL) is selected.
    pub fn has(&self, facet: Facet, code: &str) -> bool {
        self.values(facet).iter().any(|v| v == code)
    }

    /// A copy with one value selected or deselected.
    pub fn toggled(&self, facet: Facet, code: &str) -> Filters {
        let mut f = self.clone();
        if f.has(facet, code) {
            f.remove(facet, code);
        } else {
            f.insert(facet, code);
        }
        f
    }

    /// A copy without one value.
    pub fn without(&self, facet: Facet, code: &str) -> Filters {
        let mut f = self.clone();
        f.remove(facet, code);
        f
    }

    /// A copy with another search text.
    pub fn with_text(&self, q: &str) -> Filters {
        let mut f = self.clone();
        f.q.clear();
        f.read(TEXT_KEY, q);
        f
    }

    /// The selected values of a facet as written in the URL, in canonical order.
    pub fn values(&self, facet: Facet) -> Vec<String> {
        match facet {
            Facet::Country => self
                .country
                .iter()
                .map(|&c| country_code(c).to_string())
                .collect(),
            Facet::Region => self.region.iter().cloned().collect(),
            Facet::Strategy => self.strategy.iter().cloned().collect(),
            Facet::Kind => self
                .kind
                .iter()
                .map(|&k| kind_code(k).to_string())
                .collect(),
            Facet::Sdg => self.sdg.iter().map(u8::to_string).collect(),
            Facet::Basis => self
                .basis
                .iter()
                .map(|&b| basis_code(b).to_string())
                .collect(),
            Facet::Status => self
                .status
                .iter()
                .map(|&s| status_code(s).to_string())
                .collect(),
        }
    }

    /// Every selected facet value, facet by facet in URL order (the text search not included).
    pub fn active(&self) -> Vec<(Facet, String)> {
        Facet::ALL
            .into_iter()
            .flat_map(|f| self.values(f).into_iter().map(move |v| (f, v)))
            .collect()
    }

    /// True when nothing narrows the list.
    pub fn is_empty(&self) -> bool {
        self.q.is_empty() && Facet::ALL.into_iter().all(|f| self.len_of(f) == 0)
    }

    /// Number of active facet values plus one for a text search.
    pub fn active_count(&self) -> usize {
        usize::from(!self.q.is_empty())
            + Facet::ALL
                .into_iter()
                .map(|f| self.len_of(f))
                .sum::<usize>()
    }

    /// Drops region and strategy ids, and countries, that the catalog does not have.
    pub fn retain_known(&mut self, catalog: &Catalog) {
        let data = &catalog.data;
        self.region.retain(|id| data.region(id).is_some());
        self.strategy.retain(|id| data.strategy(id).is_some());
        self.country
            .retain(|c| data.regions.iter().any(|r| r.country == *c));
    }

    /// The canonical query pairs (decoded): `q` first, then the facets in URL order, each value
    /// as its own pair.
    pub fn to_pairs(&self) -> Vec<(&'static str, String)> {
        let mut pairs = Vec::new();
        if !self.q.is_empty() {
            pairs.push((TEXT_KEY, self.q.clone()));
        }
        for (facet, value) in self.active() {
            pairs.push((facet.key(), value));
        }
        pairs
    }

    /// The canonical query string with its leading `?`, or "" when no filter is set.
    pub fn to_query_string(&self) -> String {
        query::from_pairs(self.to_pairs())
    }

    /// Whether the entry at `place` passes every facet (not the text).
    fn passes(&self, catalog: &Catalog, place: Place) -> bool {
        let strategy = catalog.strategy_at(place);
        let active = |f: Facet| self.len_of(f) > 0;
        if active(Facet::Country)
            && !strategy
                .regions
                .iter()
                .filter_map(|id| catalog.data.region(id))
                .any(|r| self.country.contains(&r.country))
        {
            return false;
        }
        if active(Facet::Region) && !strategy.regions.iter().any(|id| self.region.contains(id)) {
            return false;
        }
        if active(Facet::Strategy) && !self.strategy.contains(&strategy.id) {
            return false;
        }
        if active(Facet::Kind) && !self.kind.contains(&strategy.kind) {
            return false;
        }
        if active(Facet::Status) && !self.status.contains(&catalog.standing(place.strategy)) {
            return false;
        }
        let (sdg, basis) = (active(Facet::Sdg), active(Facet::Basis));
        if sdg || basis {
            let ok = catalog.links_at(place).iter().any(|l| {
                (!sdg || self.sdg.contains(&l.goal)) && (!basis || self.basis.contains(&l.basis))
            });
            if !ok {
                return false;
            }
        }
        true
    }
}

/// The search index over the catalog's entries: document `i` is `catalog.entries[i]`, with its
/// title ([`FieldKind::Title`], in the title's language), the title's translations
/// ([`FieldKind::TitleTranslation`], each in its language), and its description with the
/// description's translations ([`FieldKind::Text`]).
///
/// After the entries come one document per goal of `catalog.data.sdgs` (its number, its names
/// in Danish, Swedish and English and [`GOAL_WORDS`]), and last one document of the words that
/// name no goal in particular ([`GOAL_WORDS`] and [`GOAL_STOP_WORDS`]): a query that matches a
/// goal's document, and not only that last one, finds the entries linked to that goal (see
/// [`apply`]).
pub fn build_index(catalog: &Catalog) -> SearchIndex {
    let entries = catalog.entries.iter().map(|&place| {
        let context = catalog.strategy_at(place).language;
        let title = catalog.title_at(place);
        let description = match (catalog.part_at(place), catalog.item_at(place)) {
            (_, Some(item)) => item.description.as_ref(),
            (Some(part), None) => part.description.as_ref(),
            (None, None) => None,
        };
        let mut fields = vec![Field::new(
            FieldKind::Title,
            title.lang_or(context),
            &title.text,
        )];
        fields.extend(
            title
                .translations
                .iter()
                .map(|(&lang, t)| Field::new(FieldKind::TitleTranslation, lang, t)),
        );
        if let Some(d) = description {
            fields.push(Field::new(FieldKind::Text, d.lang_or(context), &d.text));
            fields.extend(
                d.translations
                    .iter()
                    .map(|(&lang, t)| Field::new(FieldKind::Text, lang, t)),
            );
        }
        fields
    });
    let numbers: Vec<String> = catalog
        .data
        .sdgs
        .iter()
        .map(|g| g.number.to_string())
        .collect();
    let goals = catalog
        .data
        .sdgs
        .iter()
        .zip(&numbers)
        .map(|(goal, number)| {
            let mut fields = vec![Field::new(FieldKind::Title, Lang::En, number.as_str())];
            fields.extend(
                goal.name
                    .iter()
                    .map(|(&lang, name)| Field::new(FieldKind::Title, lang, name)),
            );
            fields.extend(goal_words());
            fields
        });
    let unspecific = std::iter::once(
        goal_words()
            .chain(
                GOAL_STOP_WORDS
                    .iter()
                    .map(|&(lang, words)| Field::new(FieldKind::Text, lang, words)),
            )
            .collect::<Vec<_>>(),
    );
    SearchIndex::new(entries.chain(goals).chain(unspecific))
}

/// Words that name the goals in general; with a number they name one ("mål 7", "goal 13").
pub const GOAL_WORDS: [(Lang, &str); 3] = [
    (
        Lang::Da,
        "mål målet verdensmål verdensmålene FN's verdensmål",
    ),
    (
        Lang::Sv,
        "mål målet globala målen globalt FN:s hållbarhetsmål",
    ),
    (
        Lang::En,
        "goal goals SDG SDGs UN global sustainable development",
    ),
];

/// Short words of the goals' names that alone should not find every goal that has them.
pub const GOAL_STOP_WORDS: [(Lang, &str); 3] = [
    (Lang::Da, "og i på for til af"),
    (Lang::Sv, "och i på för till av"),
    (Lang::En, "and in on for to of the below"),
];

fn goal_words<'a>() -> impl Iterator<Item = Field<'a>> {
    GOAL_WORDS
        .iter()
        .map(|&(lang, words)| Field::new(FieldKind::Text, lang, words))
}

/// One entry in the result: its index in [`Catalog::entries`] (= its document in the index of
/// [`build_index`]), where it sits, and its text score (0 without a text query).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    pub entry: usize,
    pub place: Place,
    pub score: u32,
    /// When the text matched only a goal the entry is linked to: that goal (the reason to show).
    pub goal: Option<u8>,
}

/// How many entries each value of each facet would give; options in display order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FacetCounts {
    /// The countries of the catalog's regions, in region order.
    pub country: Vec<(Country, usize)>,
    /// Region ids, in catalog order.
    pub region: Vec<(String, usize)>,
    /// Strategy ids, in catalog order.
    pub strategy: Vec<(String, usize)>,
    /// The kinds the catalog's strategies have.
    pub kind: Vec<(StrategyKind, usize)>,
    /// Goals 1 to 17, always all of them.
    pub sdg: Vec<(u8, usize)>,
    pub basis: Vec<(BasisKind, usize)>,
    pub status: Vec<(Standing, usize)>,
}

/// The entries matching `filters`, best text match first; see the module documentation.
/// `index` must be [`build_index`] of `catalog`.
pub fn apply(catalog: &Catalog, index: &SearchIndex, filters: &Filters) -> Vec<Hit> {
    hits(catalog, &TextMatch::new(catalog, index, filters), filters)
}

/// The value counts of every facet under `filters`; see the module documentation.
pub fn facet_counts(catalog: &Catalog, index: &SearchIndex, filters: &Filters) -> FacetCounts {
    counts(catalog, &TextMatch::new(catalog, index, filters), filters)
}

/// [`apply`] and [`facet_counts`] together, searching the text once.
pub fn explore(
    catalog: &Catalog,
    index: &SearchIndex,
    filters: &Filters,
) -> (Vec<Hit>, FacetCounts) {
    let text = TextMatch::new(catalog, index, filters);
    (
        hits(catalog, &text, filters),
        counts(catalog, &text, filters),
    )
}

/// The text query evaluated once: the entries' scores, and the goals the query names.
struct TextMatch {
    scores: PreparedQuery,
    /// Bit `g` is set when the query names goal `g`.
    goals: u32,
}

impl TextMatch {
    fn new(catalog: &Catalog, index: &SearchIndex, filters: &Filters) -> TextMatch {
        let query = Query::parse(&filters.q);
        let scores = index.prepare(&query);
        let first_goal = catalog.entries.len();
        let unspecific = first_goal + catalog.data.sdgs.len();
        let mut goals = 0;
        // An empty query matches every document, and a query of general words names no goal.
        if !query.is_empty() && scores.score(unspecific).is_none() {
            for (i, goal) in catalog.data.sdgs.iter().enumerate() {
                if scores.score(first_goal + i).is_some() {
                    goals |= 1u32 << goal.number;
                }
            }
        }
        TextMatch { scores, goals }
    }

    /// The entry's score and, when it matched only through a linked goal, that goal: ranked
    /// below every direct match (score 0).
    fn at(&self, catalog: &Catalog, entry: usize, place: Place) -> Option<(u32, Option<u8>)> {
        if let Some(score) = self.scores.score(entry) {
            return Some((score, None));
        }
        if self.goals == 0 {
            return None;
        }
        catalog
            .links_at(place)
            .iter()
            .find(|l| l.goal < 32 && self.goals & (1u32 << l.goal) != 0)
            .map(|l| (0, Some(l.goal)))
    }
}

fn hits(catalog: &Catalog, text: &TextMatch, filters: &Filters) -> Vec<Hit> {
    let mut hits: Vec<Hit> = catalog
        .entries
        .iter()
        .enumerate()
        .filter_map(|(entry, &place)| {
            let (score, goal) = text.at(catalog, entry, place)?;
            filters.passes(catalog, place).then_some(Hit {
                entry,
                place,
                score,
                goal,
            })
        })
        .collect();
    // Stable: equal scores (and every score without a text query) keep document order.
    hits.sort_by_key(|h| std::cmp::Reverse(h.score));
    hits
}

fn counts(catalog: &Catalog, text: &TextMatch, filters: &Filters) -> FacetCounts {
    let data = &catalog.data;
    let mut countries: Vec<Country> = Vec::new();
    for r in &data.regions {
        if !countries.contains(&r.country) {
            countries.push(r.country);
        }
    }
    let kinds: Vec<StrategyKind> = KINDS
        .into_iter()
        .filter(|k| data.strategies.iter().any(|s| s.kind == *k))
        .collect();
    let mut out = FacetCounts {
        country: countries.iter().map(|&c| (c, 0)).collect(),
        region: data.regions.iter().map(|r| (r.id.clone(), 0)).collect(),
        strategy: data.strategies.iter().map(|s| (s.id.clone(), 0)).collect(),
        kind: kinds.iter().map(|&k| (k, 0)).collect(),
        sdg: (1..=17).map(|g| (g, 0)).collect(),
        basis: BASES.into_iter().map(|b| (b, 0)).collect(),
        status: Standing::ALL.into_iter().map(|s| (s, 0)).collect(),
    };
    // What an entry's strategy decides, worked out once per strategy instead of once per entry
    // and facet (the counts of a large dataset are an interaction's main cost): which of the
    // strategy's facets it fails, and the options it counts for (indices into `out`).
    let strategies: Vec<StrategyFacets> =
        data.strategies
            .iter()
            .enumerate()
            .map(|(s, strategy)| {
                let mut regions: Vec<usize> = strategy
                    .regions
                    .iter()
                    .filter_map(|id| data.regions.iter().position(|r| r.id == *id))
                    .collect();
                regions.sort_unstable();
                regions.dedup();
                let mut country_bits = 0u32;
                for &r in &regions {
                    if let Some(c) = countries.iter().position(|&c| c == data.regions[r].country) {
                        country_bits |= 1 << c;
                    }
                }
                let standing = catalog.standing(s);
                let fails = |facet: Facet, ok: bool| -> u8 {
                    if filters.len_of(facet) > 0 && !ok {
                        facet_bit(facet)
                    } else {
                        0
                    }
                };
                let in_regions = |id: &String| strategy.regions.contains(id);
                StrategyFacets {
                    fails: fails(
                        Facet::Country,
                        countries.iter().enumerate().any(|(i, c)| {
                            country_bits & (1 << i) != 0 && filters.country.contains(c)
                        }),
                    ) | fails(Facet::Region, filters.region.iter().any(in_regions))
                        | fails(Facet::Strategy, filters.strategy.contains(&strategy.id))
                        | fails(Facet::Kind, filters.kind.contains(&strategy.kind))
                        | fails(Facet::Status, filters.status.contains(&standing)),
                    regions,
                    country_bits,
                    kind: kinds.iter().position(|&k| k == strategy.kind),
                    status: Standing::ALL.iter().position(|&x| x == standing),
                }
            })
            .collect();
    for (entry, &place) in catalog.entries.iter().enumerate() {
        if text.at(catalog, entry, place).is_none() {
            continue;
        }
        let strategy = &strategies[place.strategy];
        let links = catalog.links_at(place);
        let sdg_ok = |l: &SdgLink| filters.sdg.is_empty() || filters.sdg.contains(&l.goal);
        let basis_ok = |l: &SdgLink| filters.basis.is_empty() || filters.basis.contains(&l.basis);
        // The link facets are read together (see the module documentation).
        let links_fail = |sdg: bool, basis: bool| -> u8 {
            let checked = (sdg && !filters.sdg.is_empty()) || (basis && !filters.basis.is_empty());
            let ok = !checked
                || links
                    .iter()
                    .any(|l| (!sdg || sdg_ok(l)) && (!basis || basis_ok(l)));
            if ok {
                0
            } else {
                facet_bit(Facet::Sdg)
            }
        };
        let fails = strategy.fails | links_fail(true, true);
        // Whether the entry passes every facet but `facet`.
        let passes_but = |facet: Facet| -> bool {
            let others = match facet {
                Facet::Sdg => strategy.fails | links_fail(false, true),
                Facet::Basis => strategy.fails | links_fail(true, false),
                _ => fails & !facet_bit(facet),
            };
            others == 0
        };
        if passes_but(Facet::Country) {
            for (i, (_, n)) in out.country.iter_mut().enumerate() {
                *n += usize::from(strategy.country_bits & (1 << i) != 0);
            }
        }
        if passes_but(Facet::Region) {
            for &r in &strategy.regions {
                out.region[r].1 += 1;
            }
        }
        if passes_but(Facet::Strategy) {
            out.strategy[place.strategy].1 += 1;
        }
        if passes_but(Facet::Kind) {
            if let Some(k) = strategy.kind {
                out.kind[k].1 += 1;
            }
        }
        if passes_but(Facet::Status) {
            if let Some(s) = strategy.status {
                out.status[s].1 += 1;
            }
        }
        if passes_but(Facet::Sdg) {
            let mut goals = 0u32;
            for l in links
                .iter()
                .filter(|l| basis_ok(l) && (1..=17).contains(&l.goal))
            {
                goals |= 1 << l.goal;
            }
            for (g, n) in &mut out.sdg {
                *n += usize::from(goals & (1 << *g) != 0);
            }
        }
        if passes_but(Facet::Basis) {
            for (b, n) in &mut out.basis {
                *n += usize::from(links.iter().any(|l| l.basis == *b && sdg_ok(l)));
            }
        }
    }
    out
}

/// What the counts need of one strategy (see [`counts`]).
struct StrategyFacets {
    /// [`facet_bit`]s of the strategy's facets (country, region, strategy, kind, status) whose
    /// selection it is not in.
    fails: u8,
    /// Indices of its regions in the catalog's regions.
    regions: Vec<usize>,
    /// Bit `i`: one of its regions is in the `i`-th country of the counts.
    country_bits: u32,
    /// Index of its kind in the counts' kinds, of its standing in [`Standing::ALL`].
    kind: Option<usize>,
    status: Option<usize>,
}

/// One bit per facet; [`Facet::Sdg`] and [`Facet::Basis`] share one, as they are read together.
fn facet_bit(facet: Facet) -> u8 {
    match facet {
        Facet::Country => 1,
        Facet::Region => 2,
        Facet::Strategy => 4,
        Facet::Kind => 8,
        Facet::Status => 16,
        Facet::Sdg | Facet::Basis => 32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testutil::{self, link, region};
    use std::collections::BTreeMap;

    fn text(s: &str, lang: Option<Lang>, translations: &[(Lang, &str)]) -> Text {
        Text {
            text: s.into(),
            lang,
            wording: Wording::Quote,
            translations: translations
                .iter()
                .map(|&(l, t)| (l, t.to_string()))
                .collect::<BTreeMap<_, _>>(),
        }
    }

    fn item(id: &str, title: Text, description: Option<Text>, sdg: Vec<SdgLink>) -> Item {
        Item {
            title,
            description,
            sdg,
            ..testutil::item(id)
        }
    }

    fn part(
        id: &str,
        title: Text,
        description: Option<Text>,
        items: Vec<Item>,
        sdg: Vec<SdgLink>,
    ) -> Part {
        Part {
            title,
            description,
            items,
            sdg,
            ..testutil::part(id)
        }
    }

    fn strategy(
        id: &str,
        region: &str,
        kind: StrategyKind,
        language: Lang,
        successor: Option<Successor>,
        parts: Vec<Part>,
    ) -> Strategy {
        Strategy {
            regions: vec![region.into()],
            kind,
            language,
            successor,
            parts,
            ..testutil::strategy(id)
        }
    }

    use BasisKind::{Editorial, Inferred, Stated};
    use Lang::{Da, En, Sv};

    /// Entries (document order):
    /// 0 dk/Grøn omstilling (part, goal 7 stated, goal 13 inferred)
    /// 1 dk/Ældre borgere (item, goal 3 editorial)
    /// 2 dk/Sundhed (part, no links; description mentions grøn)
    /// 3 se/Hälsa för alla (part, goal 3 stated)
    /// 4 se/Psykisk hälsa (item, title in English "Mental health" with Swedish translation)
    /// 5 se/Kompetens (part, goal 4 inferred)   [declaration, superseded]
    fn catalog() -> Catalog {
        let dk = strategy(
            "dk-rus",
            "sjaelland",
            StrategyKind::RegionalDevelopmentStrategy,
            Da,
            None,
            vec![
                part(
                    "gron",
                    text("Grøn omstilling", None, &[(En, "Green transition")]),
                    None,
                    vec![item(
                        "aeldre",
                        text("Ældre borgere", None, &[(En, "Older citizens")]),
                        None,
                        vec![link(3, Editorial)],
                    )],
                    vec![link(7, Stated), link(13, Inferred)],
                ),
                part(
                    "sundhed",
                    Text::plain("Sundhed"),
                    Some(text(
                        "Et sundt liv og grøn mobilitet",
                        None,
                        &[(En, "A healthy life")],
                    )),
                    vec![],
                    vec![],
                ),
            ],
        );
        let se = strategy(
            "se-rus",
            "sormland",
            StrategyKind::RegionalDevelopmentStrategy,
            Sv,
            None,
            vec![part(
                "halsa",
                text("Hälsa för alla", None, &[(En, "Health for all")]),
                None,
                vec![item(
                    "mental",
                    text("Mental health", Some(En), &[(Sv, "Psykisk hälsa")]),
                    None,
                    vec![],
                )],
                vec![link(3, Stated)],
            )],
        );
        let se_old = strategy(
            "se-avsikt",
            "sormland",
            StrategyKind::DeclarationOfIntent,
            Sv,
            Some(Successor {
                strategy: None,
                description: Text::plain("Sörmlandsstrategin"),
                adopted: None,
                sources: vec![],
            }),
            vec![part(
                "kompetens",
                Text::plain("Kompetens"),
                Some(Text::plain("Livslångt lärande i Sörmland")),
                vec![],
                vec![link(4, Inferred)],
            )],
        );
        Catalog::new(
            Dataset {
                regions: vec![
                    region("sjaelland", Country::DK, Da),
                    region("sormland", Country::SE, Sv),
                ],
                strategies: vec![dk, se, se_old],
                // The official names of the goals the entries link to (data/sdgs.toml).
                sdgs: vec![
                    sdg(
                        3,
                        "Sundhed og trivsel",
                        "God hälsa och välbefinnande",
                        "Good Health and Well-being",
                    ),
                    sdg(
                        4,
                        "Kvalitetsuddannelse",
                        "God utbildning för alla",
                        "Quality Education",
                    ),
                    sdg(
                        7,
                        "Bæredygtig energi",
                        "Hållbar energi för alla",
                        "Affordable and Clean Energy",
                    ),
                    sdg(
                        13,
                        "Klimaindsats",
                        "Bekämpa klimatförändringarna",
                        "Climate Action",
                    ),
                ],
                ..Dataset::default()
            },
            TODAY,
        )
    }

    /// The day the test catalogs stand on.
    const TODAY: crate::status::Day = (2026, 12, 6);

    fn sdg(number: u8, da: &str, sv: &str, en: &str) -> Sdg {
        Sdg {
            number,
            name: BTreeMap::from([(Da, da.into()), (Sv, sv.into()), (En, en.into())]),
            colour: "#000000".into(),
        }
    }

    /// Entries and the goal each was found through, best first.
    fn run_goals(q: &str) -> Vec<(usize, Option<u8>)> {
        let c = catalog();
        let idx = build_index(&c);
        apply(&c, &idx, &Filters::from_query_string(q))
            .into_iter()
            .map(|h| (h.entry, h.goal))
            .collect()
    }

    #[test]
    fn goal_names_find_the_linked_entries_below_direct_matches() {
        // Entry 0 is linked to goals 7 and 13, and has neither word.
        assert_eq!(run_goals("q=energi"), [(0, Some(7))]);
        assert_eq!(run_goals("q=energy"), [(0, Some(7))]);
        assert_eq!(run_goals("q=klimat"), [(0, Some(13))]);
        assert_eq!(run_goals("q=klima"), [(0, Some(13))]);
        // "Sundhed" is the title of 2 (no link); 1 and 3 are linked to goal 3 «Sundhed og trivsel».
        assert_eq!(
            run_goals("q=sundhed"),
            [(2, None), (1, Some(3)), (3, Some(3))]
        );
        let c = catalog();
        let idx = build_index(&c);
        let hits = apply(&c, &idx, &Filters::from_query_string("q=sundhed"));
        assert_eq!(hits.iter().map(|h| h.score).collect::<Vec<_>>(), [3, 0, 0]);
    }

    #[test]
    fn goal_numbers_find_the_linked_entries() {
        assert_eq!(run_goals("q=m%C3%A5l%207"), [(0, Some(7))]);
        assert_eq!(run_goals("q=goal%2013"), [(0, Some(13))]);
        assert_eq!(run_goals("q=SDG%204"), [(5, Some(4))]);
        assert_eq!(run_goals("q=7"), [(0, Some(7))]);
        // "goal 1" is not goal 13 (numbers are whole words), and no entry is linked to goal 1.
        assert_eq!(run_goals("q=goal%201"), []);
        // Goal 3 by number and name in one query; a word from another goal's name breaks it.
        assert_eq!(run_goals("q=sundhed%203"), [(1, Some(3)), (3, Some(3))]);
        assert_eq!(run_goals("q=energi%203"), []);
    }

    #[test]
    fn general_words_name_no_goal() {
        for q in [
            "q=m%C3%A5l",
            "q=goal",
            "q=sdg",
            "q=og",
            "q=for",
            "q=globala%20m%C3%A5len",
        ] {
            assert!(
                run_goals(q).iter().all(|&(_, goal)| goal.is_none()),
                "{q}: {:?}",
                run_goals(q)
            );
        }
        // "og" still finds the words themselves.
        assert_eq!(run_goals("q=og"), [(2, None)]);
    }

    #[test]
    fn goal_hits_pass_the_facets_and_are_counted() {
        assert_eq!(run_goals("q=sundhed&country=SE"), [(3, Some(3))]);
        assert_eq!(run_goals("q=sundhed&basis=editorial"), [(1, Some(3))]);
        let c = catalog();
        let idx = build_index(&c);
        let counts = facet_counts(&c, &idx, &Filters::from_query_string("q=sundhed"));
        assert_eq!(counts.country, [(Country::DK, 2), (Country::SE, 1)]);
        assert_eq!(counts.sdg[2], (3, 2));
    }

    fn run(q: &str) -> Vec<usize> {
        let c = catalog();
        let idx = build_index(&c);
        apply(&c, &idx, &Filters::from_query_string(q))
            .into_iter()
            .map(|h| h.entry)
            .collect()
    }

    #[test]
    fn serialises_canonically_and_round_trips() {
        let f = Filters::from_query_string("?status=in-force&sdg=13&sdg=3&q=s%C3%B6rmland+%26+co&country=se&region=sormland&kind=council-strategy&basis=stated&strategy=b&strategy=a");
        assert_eq!(f.q, "sörmland & co");
        assert_eq!(
            f.to_query_string(),
            "?q=s%C3%B6rmland%20%26%20co&country=SE&region=sormland&strategy=a&strategy=b&kind=council-strategy&sdg=3&sdg=13&basis=stated&status=in-force"
        );
        assert_eq!(Filters::from_query_string(&f.to_query_string()), f);
        assert_eq!(Filters::from_pairs(f.to_pairs()), f);
        assert_eq!(Filters::default().to_query_string(), "");
        assert!(Filters::from_query_string("").is_empty());
    }

    #[test]
    fn repeated_and_comma_separated_values_are_read_alike() {
        let a = Filters::from_query_string("sdg=3&sdg=7&basis=stated&basis=inferred");
        let b = Filters::from_query_string("sdg=3,7&basis=stated,%20inferred");
        assert_eq!(a, b);
        assert_eq!(a.sdg, BTreeSet::from([3, 7]));
        // The text is never split.
        assert_eq!(Filters::from_query_string("q=a,b").q, "a,b");
    }

    #[test]
    fn malformed_and_unknown_parameters_are_ignored() {
        let f = Filters::from_query_string("sdg=abc&sdg=0&sdg=18&sdg=-3&sdg=3.5&country=XX&foo=1&kind=plan&basis=maybe&status=old&region=Bad%20Id&strategy=&q=%20%20&=x&sdg");
        assert_eq!(f, Filters::default());
        // Good values next to bad ones survive.
        let f = Filters::from_query_string("sdg=abc,5&country=XX&country=dk&sdg=%2007&q=%ZZ");
        assert_eq!(f.sdg, BTreeSet::from([5, 7]));
        assert_eq!(f.country, BTreeSet::from([Country::DK]));
        assert_eq!(f.q, "%ZZ");
        // A very long text is cut, and a long list of values capped.
        let long = "x".repeat(1000);
        assert_eq!(
            Filters::from_query_string(&format!("q={long}"))
                .q
                .chars()
                .count(),
            MAX_QUERY_CHARS
        );
        let many: Vec<String> = (0..200).map(|i| format!("region=r{i}")).collect();
        assert_eq!(
            Filters::from_query_string(&many.join("&")).region.len(),
            MAX_VALUES
        );
    }

    #[test]
    fn unknown_ids_and_countries_are_dropped_against_the_catalog() {
        let c = catalog();
        let f = Filters::from_pairs_in(
            [
                ("region", "sormland"),
                ("region", "atlantis"),
                ("strategy", "nope"),
                ("strategy", "dk-rus"),
                ("country", "NO"),
                ("country", "SE"),
            ],
            &c,
        );
        assert_eq!(f.region, BTreeSet::from(["sormland".to_string()]));
        assert_eq!(f.strategy, BTreeSet::from(["dk-rus".to_string()]));
        assert_eq!(f.country, BTreeSet::from([Country::SE]));
    }

    #[test]
    fn toggling_and_chips() {
        let f = Filters::from_query_string("q=x&sdg=3");
        let g = f.toggled(Facet::Sdg, "7").toggled(Facet::Country, "DK");
        assert_eq!(
            g.active(),
            [
                (Facet::Country, "DK".to_string()),
                (Facet::Sdg, "3".to_string()),
                (Facet::Sdg, "7".to_string())
            ]
        );
        assert_eq!(g.active_count(), 4);
        assert!(g.has(Facet::Sdg, "7"));
        assert_eq!(g.toggled(Facet::Sdg, "7").without(Facet::Country, "DK"), f);
        assert_eq!(f.with_text("  hälsa ").q, "hälsa");
        assert_eq!(f.with_text("").to_query_string(), "?sdg=3");
    }

    #[test]
    fn no_filter_lists_every_entry_in_document_order() {
        assert_eq!(run(""), [0, 1, 2, 3, 4, 5]);
        assert_eq!(run("foo=bar&sdg=xyz"), [0, 1, 2, 3, 4, 5]);
    }

    #[test]
    fn each_facet_filters() {
        assert_eq!(run("country=DK"), [0, 1, 2]);
        assert_eq!(run("country=SE"), [3, 4, 5]);
        assert_eq!(run("region=sormland"), [3, 4, 5]);
        assert_eq!(run("strategy=se-rus"), [3, 4]);
        assert_eq!(run("kind=declaration-of-intent"), [5]);
        assert_eq!(run("status=superseded"), [5]);
        assert_eq!(run("status=until-further-notice"), [0, 1, 2, 3, 4]);
        assert_eq!(run("status=in-force"), Vec::<usize>::new());
        assert_eq!(run("sdg=3"), [1, 3]);
        assert_eq!(run("sdg=17"), Vec::<usize>::new());
        assert_eq!(run("basis=inferred"), [0, 5]);
        assert_eq!(run("basis=editorial"), [1]);
    }

    #[test]
    fn or_within_a_facet_and_across_facets() {
        assert_eq!(run("sdg=3&sdg=4"), [1, 3, 5]);
        assert_eq!(run("strategy=dk-rus&strategy=se-avsikt"), [0, 1, 2, 5]);
        assert_eq!(run("sdg=3&sdg=4&country=SE"), [3, 5]);
        assert_eq!(run("sdg=3,4&country=SE&status=until-further-notice"), [3]);
        assert_eq!(
            run("country=DK&kind=declaration-of-intent"),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn goal_and_basis_must_hold_for_the_same_link() {
        // Entry 0 links goal 7 (stated) and goal 13 (inferred): not a stated link to 13.
        assert_eq!(run("sdg=13&basis=stated"), Vec::<usize>::new());
        assert_eq!(run("sdg=13&basis=inferred"), [0]);
        assert_eq!(run("sdg=3&basis=stated"), [3]);
        assert_eq!(run("sdg=3,7&basis=stated"), [0, 3]);
    }

    #[test]
    fn text_search_folds_stems_and_ranks_titles_first() {
        assert_eq!(run("q=aeldre"), [1]);
        assert_eq!(run("q=%C3%A6ldre"), [1]);
        // "grøn" is in the title of 0 and in the description of 2: the title ranks first.
        assert_eq!(run("q=gron"), [0, 2]);
        let c = catalog();
        let idx = build_index(&c);
        let hits = apply(&c, &idx, &Filters::from_query_string("q=gr%C3%B8n"));
        assert_eq!(hits.iter().map(|h| h.score).collect::<Vec<_>>(), [3, 1]);
        // Swedish stemming: "hälsan" finds "Hälsa" (title) and "Psykisk hälsa" (a translation),
        // then, through goal 3 «God hälsa och välbefinnande», the entry linked to it (1).
        assert_eq!(run("q=h%C3%A4lsan"), [3, 4, 1]);
        // Title in English (4) above an English title translation (3) above a description
        // translation that "health" finds as the prefix of "healthy" (2), then goal 3 (1).
        assert_eq!(run("q=health"), [4, 3, 2, 1]);
        assert_eq!(run("q=health%20for"), [3]);
        // Description translation.
        assert_eq!(run("q=healthy"), [2]);
        // Description in the strategy's language.
        assert_eq!(run("q=sormland"), [5]);
        assert_eq!(run("q=zzzz"), Vec::<usize>::new());
        // Text and facets combine.
        assert_eq!(run("q=gron&sdg=7"), [0]);
    }

    /// Every count is, by definition, the number of results with that one value chosen in its
    /// facet instead of the facet's own choice: checked against `apply` for every option.
    fn assert_counts_are_results_of_each_option(c: &Catalog, query: &str) {
        let idx = build_index(c);
        let filters = Filters::from_query_string(query);
        let counts = facet_counts(c, &idx, &filters);
        for facet in Facet::ALL {
            let options: Vec<(String, usize)> = match facet {
                Facet::Country => counts
                    .country
                    .iter()
                    .map(|&(v, n)| (country_code(v).into(), n))
                    .collect(),
                Facet::Region => counts.region.clone(),
                Facet::Strategy => counts.strategy.clone(),
                Facet::Kind => counts
                    .kind
                    .iter()
                    .map(|&(v, n)| (kind_code(v).into(), n))
                    .collect(),
                Facet::Sdg => counts
                    .sdg
                    .iter()
                    .map(|&(v, n)| (v.to_string(), n))
                    .collect(),
                Facet::Basis => counts
                    .basis
                    .iter()
                    .map(|&(v, n)| (basis_code(v).into(), n))
                    .collect(),
                Facet::Status => counts
                    .status
                    .iter()
                    .map(|&(v, n)| (status_code(v).into(), n))
                    .collect(),
            };
            assert!(!options.is_empty());
            for (code, n) in options {
                let mut only = filters.clone();
                for v in filters.values(facet) {
                    only.remove(facet, &v);
                }
                only.insert(facet, &code);
                assert_eq!(
                    apply(c, &idx, &only).len(),
                    n,
                    "{query}: {}={code}",
                    facet.key()
                );
            }
        }
    }

    #[test]
    fn facet_counts_are_the_results_of_each_option() {
        let c = catalog();
        for query in [
            "",
            "country=DK",
            "sdg=3&basis=stated",
            "sdg=3&sdg=7&basis=inferred&country=SE",
            "region=sormland&kind=declaration-of-intent",
            "strategy=dk-rus&status=until-further-notice",
            "q=gron",
            "q=energi&basis=stated",
            "q=zzzz",
        ] {
            assert_counts_are_results_of_each_option(&c, query);
        }
    }

    #[test]
    fn facet_counts_are_the_results_of_each_option_on_the_bundled_data() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let data = crate::load::load_dir(&dir).expect("the bundled data is valid");
        let c = Catalog::new(data, (2026, 12, 6));
        for query in [
            "",
            "country=SE&sdg=13",
            "q=h%C3%A4lsa&basis=editorial",
            "status=in-force&region=kalmar&sdg=3",
        ] {
            assert_counts_are_results_of_each_option(&c, query);
        }
    }

    #[test]
    fn facet_counts_leave_out_their_own_facet() {
        let c = catalog();
        let idx = build_index(&c);
        let counts = |q: &str| facet_counts(&c, &idx, &Filters::from_query_string(q));
        let all = counts("");
        assert_eq!(all.country, [(Country::DK, 3), (Country::SE, 3)]);
        assert_eq!(
            all.region,
            [("sjaelland".to_string(), 3), ("sormland".to_string(), 3)]
        );
        assert_eq!(
            all.strategy,
            [
                ("dk-rus".to_string(), 3),
                ("se-rus".to_string(), 2),
                ("se-avsikt".to_string(), 1)
            ]
        );
        assert_eq!(
            all.kind,
            [
                (StrategyKind::RegionalDevelopmentStrategy, 5),
                (StrategyKind::DeclarationOfIntent, 1)
            ]
        );
        use Standing::{InForce, PeriodEnded, Superseded, UntilFurtherNotice};
        assert_eq!(
            all.status,
            [
                (InForce, 0),
                (UntilFurtherNotice, 5),
                (PeriodEnded, 0),
                (Superseded, 1)
            ]
        );
        assert_eq!(all.basis, [(Stated, 2), (Inferred, 2), (Editorial, 1)]);
        assert_eq!(all.sdg.len(), 17);
        assert_eq!(all.sdg[2], (3, 2));
        assert_eq!(all.sdg[3], (4, 1));
        assert_eq!(all.sdg[16], (17, 0));

        // Selecting a country does not change the country counts, but does narrow the others.
        let dk = counts("country=DK");
        assert_eq!(dk.country, all.country);
        assert_eq!(
            dk.status,
            [
                (InForce, 0),
                (UntilFurtherNotice, 3),
                (PeriodEnded, 0),
                (Superseded, 0)
            ]
        );
        assert_eq!(dk.sdg[2], (3, 1));
        // SDG and basis count each other through the same link.
        let stated = counts("basis=stated");
        assert_eq!(stated.sdg[2], (3, 1));
        assert_eq!(stated.sdg[12], (13, 0));
        let goal13 = counts("sdg=13");
        assert_eq!(goal13.basis, [(Stated, 0), (Inferred, 1), (Editorial, 0)]);
        // Text narrows every count.
        let text = counts("q=gron");
        assert_eq!(text.country, [(Country::DK, 2), (Country::SE, 0)]);
        // The count next to a value is the result size when that value alone is selected.
        for (g, n) in all.sdg {
            assert_eq!(run(&format!("sdg={g}")).len(), n);
        }
        for (g, n) in dk.sdg {
            assert_eq!(run(&format!("country=DK&sdg={g}")).len(), n);
        }
    }

    /// The real data: the searches the explorer's users make.
    #[cfg(feature = "files")]
    #[test]
    fn bundled_data_searches() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        let c = Catalog::new(
            crate::load::load_dir(&dir).expect("bundled data loads"),
            TODAY,
        );
        let idx = build_index(&c);
        assert_eq!(idx.len(), c.entries.len() + c.data.sdgs.len() + 1);
        let titles = |q: &str| -> Vec<String> {
            apply(&c, &idx, &Filters::from_query_string(q))
                .into_iter()
                .map(|h| c.title_at(h.place).text.clone())
                .collect()
        };
        let sormland = apply(&c, &idx, &Filters::from_query_string("q=sormland"));
        assert!(!sormland.is_empty());
        assert!(
            titles("q=halsan").iter().any(|t| t.contains("hälsa")),
            "{:?}",
            titles("q=halsan")
        );
        assert!(titles("q=h%C3%A4lsan").iter().any(|t| t.contains("hälsa")));
        assert!(titles("q=gron").contains(&"Grøn omstilling".to_string()));
        // Words of a goal's name find the entries linked to it, with the goal as the reason.
        for (q, goal) in [
            ("energi", 7),
            ("klimat", 13),
            ("sundhed", 3),
            ("m%C3%A5l%207", 7),
            ("goal%2013", 13),
        ] {
            let hits = apply(&c, &idx, &Filters::from_query_string(&format!("q={q}")));
            let via: Vec<&Hit> = hits.iter().filter(|h| h.goal.is_some()).collect();
            assert!(!via.is_empty(), "{q} finds no entry through goal {goal}");
            for h in via {
                assert_eq!(h.goal, Some(goal), "{q}");
                assert_eq!(h.score, 0);
                assert!(c.links_at(h.place).iter().any(|l| l.goal == goal));
            }
            // Direct matches first.
            assert!(
                hits.windows(2)
                    .all(|w| w[0].goal.is_none() || w[1].goal.is_some()),
                "{q}"
            );
        }
        let everything = apply(&c, &idx, &Filters::default());
        assert_eq!(everything.len(), c.entries.len());
        assert_eq!(
            apply(&c, &idx, &Filters::from_pairs_in([("country", "SE")], &c)).len()
                + apply(&c, &idx, &Filters::from_pairs_in([("country", "DK")], &c)).len(),
            c.entries.len()
        );
    }
}
