//! The data model of Strategy Explorer.
//!
//! The same types are read from the human-edited TOML files in `data/`, published as open data
//! (JSON), accepted from external datasets (`?data=`) and embedded in the app (in a compact
//! form, [`crate::compact`]). Field names are therefore part of a public format: rename nothing
//! without updating `docs/data-format.md`.

use serde::ser::SerializeStruct;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A language of the content and of the user interface.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    Da,
    Sv,
    En,
}

impl Lang {
    /// Every language, in the order of [`Lang::index`].
    pub const ALL: [Lang; 3] = [Lang::Da, Lang::Sv, Lang::En];

    /// The language's position in [`Lang::ALL`]: the slot of per-language arrays.
    pub const fn index(self) -> usize {
        self as usize
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The language an app path starts with, and the path after it: `/da/explore` gives
    /// `(Some(Da), "/explore")`, `/da` gives `(Some(Da), "/")`. Each page exists once per language
    /// under such a prefix (the static HTML); a path without one is given back unchanged.
    pub fn split_path(app_path: &str) -> (Option<Lang>, &str) {
        let rest = app_path.strip_prefix('/').unwrap_or(app_path);
        let (first, after) = rest.split_once('/').map_or((rest, ""), |(f, a)| (f, a));
        match Lang::from_code(first) {
            Some(lang) if after.is_empty() => (Some(lang), "/"),
            Some(lang) => (Some(lang), &app_path[app_path.len() - after.len() - 1..]),
            None => (None, app_path),
        }
    }
}

/// The whole dataset: what the app bundles and what an external dataset provides.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Version of this format; the app accepts datasets whose major version it knows.
    #[serde(default = "default_format_version")]
    pub format_version: u32,
    #[serde(default)]
    pub regions: Vec<Region>,
    #[serde(default)]
    pub organisations: Vec<Organisation>,
    #[serde(default)]
    pub strategies: Vec<Strategy>,
    /// The 17 goals. External datasets may leave this out; the bundled catalogue is used then.
    #[serde(default)]
    pub sdgs: Vec<Sdg>,
    /// The UN's note on using the SDG logo and icons, shown on the About page.
    #[serde(default)]
    pub sdg_logo_note: Option<Text>,
    #[serde(default)]
    pub sdg_sources: Vec<Source>,
}

pub const FORMAT_VERSION: u32 = 1;

fn default_format_version() -> u32 {
    FORMAT_VERSION
}

/// A text as a source gives it, in its own language, with optional unofficial translations.
///
/// In the data files a plain string is accepted where no more is needed:
/// `title = "Den attraktive region"`. The full form is
/// `title = { text = "…", lang = "da", wording = "quote", translations = { en = "…" } }`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(from = "TextRepr")]
pub struct Text {
    pub text: String,
    /// The language of `text`; when absent, the language of the strategy it belongs to.
    #[serde(default)]
    pub lang: Option<Lang>,
    /// Whether `text` is the source's exact wording or our paraphrase of it.
    #[serde(default)]
    pub wording: Wording,
    /// Unofficial translations made for this app; always shown marked as unofficial.
    #[serde(default)]
    pub translations: BTreeMap<Lang, String>,
}

impl Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let every_field = !serializer.is_human_readable();
        let mut out = serializer.serialize_struct("Text", 4)?;
        out.serialize_field("text", &self.text)?;
        field_unless_default(
            &mut out,
            every_field,
            "lang",
            &self.lang,
            self.lang.is_none(),
        )?;
        let quote = self.wording == Wording::Quote;
        field_unless_default(&mut out, every_field, "wording", &self.wording, quote)?;
        let untranslated = self.translations.is_empty();
        field_unless_default(
            &mut out,
            every_field,
            "translations",
            &self.translations,
            untranslated,
        )?;
        out.end()
    }
}

/// Writes a field that the readable formats (JSON, TOML) leave out when it has its default value,
/// as data files do. The compact form ([`crate::compact`]) reads fields by position and so needs
/// `every_field`.
fn field_unless_default<S: SerializeStruct, T: Serialize + ?Sized>(
    out: &mut S,
    every_field: bool,
    name: &'static str,
    value: &T,
    is_default: bool,
) -> Result<(), S::Error> {
    if every_field || !is_default {
        out.serialize_field(name, value)
    } else {
        out.skip_field(name)
    }
}

impl Text {
    pub fn plain(text: impl Into<String>) -> Text {
        Text {
            text: text.into(),
            lang: None,
            wording: Wording::Quote,
            translations: BTreeMap::new(),
        }
    }

    /// The language of the text, given the language of its context.
    pub fn lang_or(&self, context: Lang) -> Lang {
        self.lang.unwrap_or(context)
    }

    /// What a reader of `ui` is shown as the text itself, and its language: a source's own words
    /// stay in their language (a translation goes beside them, marked); our own text (a
    /// paraphrase) is shown in the reader's language, which it has in every bundled dataset.
    pub fn shown_in(&self, ui: Lang, context: Lang) -> (&str, Lang) {
        let lang = self.lang_or(context);
        match (self.wording, self.translations.get(&ui)) {
            (Wording::Paraphrase, Some(ours)) if ui != lang => (ours, ui),
            _ => (&self.text, lang),
        }
    }
}

/// What a data file may write for a [`Text`]: a plain string or a full table.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema), schemars(untagged))]
enum TextRepr {
    Plain(String),
    Full(TextFull),
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TextFull {
    text: String,
    #[serde(default)]
    lang: Option<Lang>,
    #[serde(default)]
    wording: Wording,
    #[serde(default)]
    translations: BTreeMap<Lang, String>,
}

// Written by hand rather than `#[serde(untagged)]` so that a wrong language or a misspelt
// field is reported as such, with its path, instead of "did not match any variant".
impl<'de> Deserialize<'de> for TextRepr {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        if !deserializer.is_human_readable() {
            // The compact form says no types: it always holds the full table, every field.
            return TextFull::deserialize(deserializer).map(TextRepr::Full);
        }
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = TextRepr;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text: a string, or a table with `text` and optional `lang`, `wording`, `translations`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<TextRepr, E> {
                Ok(TextRepr::Plain(v.to_owned()))
            }
            fn visit_string<E: serde::de::Error>(self, v: String) -> Result<TextRepr, E> {
                Ok(TextRepr::Plain(v))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<TextRepr, A::Error> {
                TextFull::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(TextRepr::Full)
            }
        }
        deserializer.deserialize_any(Visitor)
    }
}

impl From<TextRepr> for Text {
    fn from(repr: TextRepr) -> Text {
        match repr {
            TextRepr::Plain(text) => Text::plain(text),
            TextRepr::Full(TextFull {
                text,
                lang,
                wording,
                translations,
            }) => Text {
                text,
                lang,
                wording,
                translations,
            },
        }
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Wording {
    /// The source's own words.
    #[default]
    Quote,
    /// Our summary of what the source says.
    Paraphrase,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Country {
    DK,
    SE,
    NO,
    FI,
    IS,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub id: String,
    pub name: Text,
    pub country: Country,
    /// The language the region publishes in.
    pub language: Lang,
    pub website: Option<String>,
    pub sources: Vec<Source>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Organisation {
    pub id: String,
    pub name: Text,
    /// The region the organisation belongs to, if any.
    #[serde(default)]
    pub region: Option<String>,
    pub sources: Vec<Source>,
}

/// A public web page or document that states something in the data.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Short id, unique within its strategy, used by `sources = ["…"]` references.
    #[serde(default)]
    pub id: Option<String>,
    #[cfg_attr(feature = "schema", schemars(regex(pattern = r"^https://")))]
    pub url: String,
    /// The source's own title (a plain string), or our description of the source
    /// (`wording = "paraphrase"`, in every language) when its own title says too little.
    pub title: Text,
    /// Publication or update date as the source shows it (YYYY, YYYY-MM or YYYY-MM-DD).
    #[serde(default)]
    #[cfg_attr(
        feature = "schema",
        schemars(regex(
            pattern = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-(spring|summer|autumn|winter))?$"
        ))
    )]
    pub date: Option<String>,
}

impl Serialize for Source {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let every_field = !serializer.is_human_readable();
        let mut out = serializer.serialize_struct("Source", 4)?;
        field_unless_default(&mut out, every_field, "id", &self.id, self.id.is_none())?;
        out.serialize_field("url", &self.url)?;
        out.serialize_field("title", &self.title)?;
        field_unless_default(
            &mut out,
            every_field,
            "date",
            &self.date,
            self.date.is_none(),
        )?;
        out.end()
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum StrategyKind {
    RegionalDevelopmentStrategy,
    CouncilStrategy,
    DeclarationOfIntent,
}

/// Whether a part is still part of its strategy. (A strategy's own standing is derived from its
/// dates, see [`crate::status`].)
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Current,
    Superseded,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Strategy {
    pub id: String,
    /// Region ids.
    pub regions: Vec<String>,
    pub title: Text,
    pub kind: StrategyKind,
    /// The language the strategy is written in; the default for all its texts.
    pub language: Lang,
    /// A short description of what the strategy is, usually our paraphrase.
    #[serde(default)]
    pub summary: Option<Text>,
    /// The headline goal or vision.
    #[serde(default)]
    pub headline: Option<Statement>,
    #[serde(default)]
    pub adopted: Option<DatedFact>,
    pub period: Period,
    /// What replaced the strategy; with [`Strategy::period`] and the `superseded` events it
    /// decides the strategy's standing on a day (see [`crate::status`]).
    #[serde(default)]
    pub successor: Option<Successor>,
    /// Organisations that own the strategy or are responsible for it.
    #[serde(default)]
    pub owners: Vec<Role>,
    /// Public office holders who signed it.
    #[serde(default)]
    pub signatories: Vec<Signatory>,
    #[serde(default)]
    pub parts: Vec<Part>,
    /// Content a source says exists but whose wording our sources do not give.
    #[serde(default)]
    pub declared: Vec<Declared>,
    #[serde(default)]
    pub figures: Vec<Figure>,
    /// Revisions, consultations, action plans, follow-ups: what the timeline shows.
    #[serde(default)]
    pub events: Vec<Event>,
    /// Caveats and conflicts between sources that a reader should know.
    #[serde(default)]
    pub notes: Vec<Note>,
    #[serde(default)]
    pub sdg: Vec<SdgLink>,
    /// Every source of this strategy; other fields refer to them by id.
    pub sources: Vec<Source>,
}

/// A statement with its sources, such as a headline goal.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    pub text: Text,
    pub sources: Vec<String>,
}

/// A dated fact such as an adoption: when, by whom, and where it says so.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DatedFact {
    pub date: PartialDate,
    /// Organisation id of the body that decided, if a source names it.
    #[serde(default)]
    pub by: Option<String>,
    #[serde(default)]
    pub note: Option<Text>,
    pub sources: Vec<String>,
}

/// A date known to a given precision: `2020-11-30`, `2020-11`, `2018-spring` or `2018`.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PartialDate(
    #[cfg_attr(
        feature = "schema",
        schemars(regex(
            pattern = r"^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?|-(spring|summer|autumn|winter))?$"
        ))
    )]
    pub String,
);

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

/// A parsed [`PartialDate`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateValue {
    Year(i32),
    Season(i32, Season),
    Month(i32, u32),
    Day(i32, u32, u32),
}

impl DateValue {
    /// The first day the date can mean, as (year, month, day): used to order and compare.
    pub fn earliest(self) -> (i32, u32, u32) {
        match self {
            DateValue::Year(y) => (y, 1, 1),
            DateValue::Season(y, s) => (y, season_months(s).0, 1),
            DateValue::Month(y, m) => (y, m, 1),
            DateValue::Day(y, m, d) => (y, m, d),
        }
    }

    /// The last day the date can mean.
    pub fn latest(self) -> (i32, u32, u32) {
        match self {
            DateValue::Year(y) => (y, 12, 31),
            DateValue::Season(y, s) => {
                let m = season_months(s).1;
                (y, m, days_in_month(y, m))
            }
            DateValue::Month(y, m) => (y, m, days_in_month(y, m)),
            DateValue::Day(y, m, d) => (y, m, d),
        }
    }

    pub fn year(self) -> i32 {
        self.earliest().0
    }
}

fn season_months(season: Season) -> (u32, u32) {
    match season {
        Season::Spring => (3, 5),
        Season::Summer => (6, 8),
        Season::Autumn => (9, 11),
        Season::Winter => (12, 12),
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl PartialDate {
    pub fn parse(&self) -> Result<DateValue, String> {
        let s = self.0.as_str();
        let bad = || {
            format!("\"{s}\" is not a date: write YYYY-MM-DD, YYYY-MM, YYYY-spring|summer|autumn|winter or YYYY")
        };
        let mut parts = s.split('-');
        let year_part = parts.next().ok_or_else(bad)?;
        if year_part.len() != 4 || !year_part.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let year: i32 = year_part.parse().map_err(|_| bad())?;
        let Some(second) = parts.next() else {
            return Ok(DateValue::Year(year));
        };
        let season = match second {
            "spring" => Some(Season::Spring),
            "summer" => Some(Season::Summer),
            "autumn" => Some(Season::Autumn),
            "winter" => Some(Season::Winter),
            _ => None,
        };
        if let Some(season) = season {
            return if parts.next().is_none() {
                Ok(DateValue::Season(year, season))
            } else {
                Err(bad())
            };
        }
        if second.len() != 2 {
            return Err(bad());
        }
        let month: u32 = second.parse().map_err(|_| bad())?;
        if !(1..=12).contains(&month) {
            return Err(format!(
                "\"{s}\" has month {month}; months run from 01 to 12"
            ));
        }
        let Some(third) = parts.next() else {
            return Ok(DateValue::Month(year, month));
        };
        if third.len() != 2 || parts.next().is_some() {
            return Err(bad());
        }
        let day: u32 = third.parse().map_err(|_| bad())?;
        if day == 0 || day > days_in_month(year, month) {
            return Err(format!(
                "\"{s}\" has day {day}, but that month has {} days",
                days_in_month(year, month)
            ));
        }
        Ok(DateValue::Day(year, month, day))
    }
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Period {
    #[serde(default)]
    pub from: Option<PartialDate>,
    /// The end, or `until-further-notice` via `open_ended`.
    #[serde(default)]
    pub to: Option<PartialDate>,
    /// True when a source says the strategy applies until further notice.
    #[serde(default)]
    pub open_ended: bool,
    #[serde(default)]
    pub note: Option<Text>,
    pub sources: Vec<String>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Successor {
    /// Id of the successor in this dataset, if it is here.
    #[serde(default)]
    pub strategy: Option<String>,
    /// What the sources say about the successor.
    pub description: Text,
    #[serde(default)]
    pub adopted: Option<PartialDate>,
    pub sources: Vec<String>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RoleKind {
    Owner,
    Responsible,
    Party,
    CoDeveloper,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    pub organisation: String,
    pub role: RoleKind,
    pub sources: Vec<String>,
}

/// A public office holder who signed a strategy. Never staff contact details.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Signatory {
    pub name: String,
    pub office: Text,
    pub organisation: String,
    pub sources: Vec<String>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PartKind {
    Theme,
    Ambition,
    PrioritisedDirection,
    PriorityArea,
    CollaborationArea,
    SustainabilityDimension,
    Perspective,
    /// Statements that a source ties to the strategy without placing them in its structure.
    RelatedStatements,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    FocusArea,
    StrategicGoal,
    CitizenPromise,
    #[serde(rename = "goal-to-2030")]
    GoalTo2030,
    Commitment,
    WayOfWorking,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    /// Slug of the title, unique within the strategy; used in URLs.
    pub id: String,
    pub kind: PartKind,
    pub title: Text,
    #[serde(default)]
    pub description: Option<Text>,
    /// Superseded parts stay visible, marked as such.
    #[serde(default = "current")]
    pub status: Status,
    #[serde(default)]
    pub note: Option<Text>,
    /// `strategy-id/part-id` when this part is the same as a part of another strategy.
    #[serde(default)]
    pub same_as: Option<String>,
    /// How the items were placed under this part, when that is not stated by a source.
    #[serde(default)]
    pub grouping: Option<Basis>,
    #[serde(default)]
    pub items: Vec<Item>,
    #[serde(default)]
    pub declared: Vec<Declared>,
    #[serde(default)]
    pub sdg: Vec<SdgLink>,
    pub sources: Vec<String>,
}

fn current() -> Status {
    Status::Current
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub id: String,
    pub kind: ItemKind,
    pub title: Text,
    #[serde(default)]
    pub description: Option<Text>,
    #[serde(default)]
    pub sdg: Vec<SdgLink>,
    pub sources: Vec<String>,
}

/// Content that a source says exists, whose wording is not in our sources.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Declared {
    pub count: u32,
    pub kind: ItemKind,
    /// The source's own name for them, e.g. «indsatsområder».
    pub label: Text,
    /// Where a reader can find the wording.
    pub find_at: String,
    #[serde(default)]
    pub note: Option<Text>,
    pub sources: Vec<String>,
}

/// Why a link or grouping exists.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Basis {
    pub basis: BasisKind,
    /// Required for `inferred` and `editorial`: one line on why.
    #[serde(default)]
    pub reason: Option<Text>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BasisKind {
    /// A source says so.
    Stated,
    /// Our reading of the sources.
    Inferred,
    /// Our editorial judgement from the wording.
    Editorial,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SdgLink {
    /// Goal number, 1 to 17.
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 17)))]
    pub goal: u8,
    /// Optional target within the goal, such as "13.2" or "4.a".
    #[serde(default)]
    pub target: Option<String>,
    pub basis: BasisKind,
    #[serde(default)]
    pub reason: Option<Text>,
    #[serde(default)]
    pub sources: Vec<String>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    pub label: Text,
    /// "percent", "count", "people" or another unit word.
    pub unit: String,
    pub values: Vec<FigureValue>,
    #[serde(default)]
    pub note: Option<Text>,
    pub sources: Vec<String>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FigureValue {
    pub year: i32,
    pub value: f64,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EventKind {
    Consultation,
    Adopted,
    Signed,
    Revised,
    ActionPlan,
    FollowUp,
    Superseded,
    Other,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Event {
    pub date: PartialDate,
    pub kind: EventKind,
    pub description: Text,
    pub sources: Vec<String>,
}

#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub text: Text,
    pub sources: Vec<String>,
}

/// One of the 17 Sustainable Development Goals.
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Sdg {
    #[cfg_attr(feature = "schema", schemars(range(min = 1, max = 17)))]
    pub number: u8,
    /// Official short names in Danish, Swedish and English.
    pub name: BTreeMap<Lang, String>,
    /// The official colour, "#RRGGBB".
    pub colour: String,
}

impl Dataset {
    pub fn strategy(&self, id: &str) -> Option<&Strategy> {
        self.strategies.iter().find(|s| s.id == id)
    }

    pub fn region(&self, id: &str) -> Option<&Region> {
        self.regions.iter().find(|r| r.id == id)
    }

    pub fn organisation(&self, id: &str) -> Option<&Organisation> {
        self.organisations.iter().find(|o| o.id == id)
    }

    pub fn sdg(&self, number: u8) -> Option<&Sdg> {
        self.sdgs.iter().find(|g| g.number == number)
    }
}

impl Strategy {
    pub fn part(&self, id: &str) -> Option<&Part> {
        self.parts.iter().find(|p| p.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|s| s.id.as_deref() == Some(id))
    }

    /// The sources an entity refers to, in the order given; unknown ids are skipped
    /// (validation rejects them before this is ever called on bundled data).
    pub fn sources_of<'a>(&'a self, ids: &'a [String]) -> impl Iterator<Item = &'a Source> + 'a {
        ids.iter().filter_map(move |id| self.source(id))
    }

    pub fn item_count(&self) -> usize {
        self.parts.iter().map(|p| p.items.len()).sum()
    }
}

impl Part {
    pub fn item(&self, id: &str) -> Option<&Item> {
        self.items.iter().find(|i| i.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_language_prefix_is_split_from_the_path() {
        assert_eq!(
            Lang::split_path("/da/explore"),
            (Some(Lang::Da), "/explore")
        );
        assert_eq!(
            Lang::split_path("/sv/strategy/a/b"),
            (Some(Lang::Sv), "/strategy/a/b")
        );
        assert_eq!(Lang::split_path("/en"), (Some(Lang::En), "/"));
        assert_eq!(Lang::split_path("/en/"), (Some(Lang::En), "/"));
        assert_eq!(Lang::split_path("/explore"), (None, "/explore"));
        assert_eq!(Lang::split_path("/"), (None, "/"));
        assert_eq!(Lang::split_path(""), (None, ""));
        // Only a whole first segment is a language.
        assert_eq!(Lang::split_path("/dansk/x"), (None, "/dansk/x"));
    }

    #[test]
    fn a_language_index_is_its_place_in_all() {
        for (i, lang) in Lang::ALL.into_iter().enumerate() {
            assert_eq!(lang.index(), i, "{lang:?}");
        }
    }

    #[test]
    fn our_text_is_shown_in_the_readers_language_a_sources_words_in_their_own() {
        let translations = BTreeMap::from([(Lang::Sv, "Goda uppväxtvillkor".to_string())]);
        let ours = Text {
            text: "Good conditions for growing up".into(),
            lang: Some(Lang::En),
            wording: Wording::Paraphrase,
            translations: translations.clone(),
        };
        assert_eq!(
            ours.shown_in(Lang::Sv, Lang::Da),
            ("Goda uppväxtvillkor", Lang::Sv)
        );
        assert_eq!(
            ours.shown_in(Lang::En, Lang::Da),
            ("Good conditions for growing up", Lang::En)
        );
        // Without the reader's language (an external dataset) it stays as written.
        assert_eq!(
            ours.shown_in(Lang::Da, Lang::Da),
            ("Good conditions for growing up", Lang::En)
        );
        let quote = Text {
            wording: Wording::Quote,
            ..ours
        };
        assert_eq!(
            quote.shown_in(Lang::Sv, Lang::Da),
            ("Good conditions for growing up", Lang::En)
        );
    }
}
