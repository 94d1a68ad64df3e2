//! Validation of a [`Dataset`]: every rule a web editor can break, with a message that says
//! where (a field path such as `parts[1].items[0].sdg[0].goal`) and what to do about it.
//!
//! The same rules run at build time over the bundled files and in the browser over an
//! external dataset, so the two can never drift apart.

use crate::model::*;
use std::collections::{BTreeSet, HashSet};
use std::fmt;

/// One thing wrong with the data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// Field path from the dataset root, e.g. `strategies[2].parts[0].title`.
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Checks the whole dataset; an empty result means it is valid.
pub fn validate(data: &Dataset) -> Vec<Problem> {
    run(data, false)
}

/// [`validate`] plus the rule for this project's own data: every text we write
/// (`wording = "paraphrase"`) exists in Danish, Swedish and English. External datasets are not
/// held to it: their texts are their publishers', in the languages they chose.
pub fn validate_own(data: &Dataset) -> Vec<Problem> {
    run(data, true)
}

fn run(data: &Dataset, all_languages: bool) -> Vec<Problem> {
    let mut v = Validator {
        problems: Vec::new(),
        all_languages,
        context: None,
    };
    v.dataset(data);
    v.problems
}

struct Validator {
    problems: Vec<Problem>,
    /// Whether texts we write must exist in every language ([`validate_own`]).
    all_languages: bool,
    /// The language a text without `lang` is in: that of its region or strategy.
    context: Option<Lang>,
}

/// True for ids that are safe and readable in URLs: `a-z`, `0-9` and single inner hyphens.
pub fn is_slug(id: &str) -> bool {
    !id.is_empty()
        && !id.starts_with('-')
        && !id.ends_with('-')
        && !id.contains("--")
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// True for `https://host/...` URLs with a plausible host.
pub fn is_https_url(url: &str) -> bool {
    let Some(rest) = url.strip_prefix("https://") else {
        return false;
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.contains('.') && !host.contains(char::is_whitespace) && !url.contains(char::is_whitespace)
}

/// True for SDG targets such as `13.2` or `4.a` belonging to `goal`.
pub fn is_sdg_target(goal: u8, target: &str) -> bool {
    let Some((g, t)) = target.split_once('.') else {
        return false;
    };
    g.parse::<u8>().ok() == Some(goal)
        && match t.len() {
            1 | 2 if t.bytes().all(|b| b.is_ascii_digit()) => t != "0" && !t.starts_with('0'),
            1 => t.bytes().all(|b| b.is_ascii_lowercase()),
            _ => false,
        }
}

impl Validator {
    fn problem(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem {
            path: path.into(),
            message: message.into(),
        });
    }

    fn dataset(&mut self, data: &Dataset) {
        if data.format_version != FORMAT_VERSION {
            self.problem(
                "format_version",
                format!(
                    "is {}, but this app reads format version {FORMAT_VERSION}",
                    data.format_version
                ),
            );
        }
        let mut region_ids = HashSet::new();
        for (i, region) in data.regions.iter().enumerate() {
            let path = format!("regions[{i}]");
            self.context = Some(region.language);
            self.id(&format!("{path}.id"), &region.id, &mut region_ids, "region");
            self.text(&format!("{path}.name"), &region.name);
            if let Some(url) = &region.website {
                self.url(&format!("{path}.website"), url);
            }
            self.inline_sources(&path, &region.sources);
        }
        let mut org_ids = HashSet::new();
        for (i, org) in data.organisations.iter().enumerate() {
            let path = format!("organisations[{i}]");
            self.context = org
                .region
                .as_deref()
                .and_then(|id| data.region(id))
                .map(|r| r.language);
            self.id(&format!("{path}.id"), &org.id, &mut org_ids, "organisation");
            self.text(&format!("{path}.name"), &org.name);
            if let Some(region) = &org.region {
                self.reference(&format!("{path}.region"), region, &region_ids, "region");
            }
            self.inline_sources(&path, &org.sources);
        }
        self.context = None;
        self.sdgs(data);
        let mut strategy_ids = HashSet::new();
        for (i, strategy) in data.strategies.iter().enumerate() {
            let path = format!("strategies[{i}]");
            self.id(
                &format!("{path}.id"),
                &strategy.id,
                &mut strategy_ids,
                "strategy",
            );
        }
        for (i, strategy) in data.strategies.iter().enumerate() {
            let ctx = Context {
                data,
                region_ids: &region_ids,
                org_ids: &org_ids,
                strategy,
            };
            self.context = Some(strategy.language);
            self.strategy(&format!("strategies[{i}]"), &ctx);
        }
    }

    fn sdgs(&mut self, data: &Dataset) {
        if let Some(note) = &data.sdg_logo_note {
            self.text("sdg_logo_note", note);
        }
        for (i, source) in data.sdg_sources.iter().enumerate() {
            self.source(&format!("sdg_sources[{i}]"), source);
        }
        if data.sdgs.is_empty() {
            return;
        }
        let numbers: BTreeSet<u8> = data.sdgs.iter().map(|g| g.number).collect();
        if data.sdgs.len() != 17 || numbers != (1..=17).collect() {
            self.problem("sdgs", "must list each of the goals 1 to 17 exactly once");
        }
        for (i, goal) in data.sdgs.iter().enumerate() {
            let path = format!("sdgs[{i}]");
            if !(1..=17).contains(&goal.number) {
                self.problem(
                    format!("{path}.number"),
                    format!("is {}; SDG numbers run from 1 to 17", goal.number),
                );
            }
            for lang in Lang::ALL {
                if goal.name.get(&lang).is_none_or(|n| n.trim().is_empty()) {
                    self.problem(
                        format!("{path}.name.{}", lang.code()),
                        "is missing; give the official short name",
                    );
                }
            }
            if !is_hex_colour(&goal.colour) {
                self.problem(
                    format!("{path}.colour"),
                    format!("\"{}\" is not a colour like \"#E5243B\"", goal.colour),
                );
            }
        }
    }

    fn strategy(&mut self, path: &str, ctx: &Context) {
        let s = ctx.strategy;
        if s.regions.is_empty() {
            self.problem(
                format!("{path}.regions"),
                "is empty; name at least one region id",
            );
        }
        for (i, region) in s.regions.iter().enumerate() {
            self.reference(
                &format!("{path}.regions[{i}]"),
                region,
                ctx.region_ids,
                "region",
            );
        }
        self.text(&format!("{path}.title"), &s.title);
        if let Some(summary) = &s.summary {
            self.text(&format!("{path}.summary"), summary);
        }
        // Sources first: every other field refers to them by id.
        if s.sources.is_empty() {
            self.problem(
                format!("{path}.sources"),
                "is empty; every strategy needs at least one public source",
            );
        }
        let mut source_ids = HashSet::new();
        for (i, source) in s.sources.iter().enumerate() {
            let spath = format!("{path}.sources[{i}]");
            self.source(&spath, source);
            match &source.id {
                Some(id) => self.id(&format!("{spath}.id"), id, &mut source_ids, "source"),
                None => self.problem(
                    format!("{spath}.id"),
                    "is missing; give the source a short id to refer to it by",
                ),
            }
        }
        if let Some(headline) = &s.headline {
            self.text(&format!("{path}.headline.text"), &headline.text);
            self.refs(&format!("{path}.headline"), &headline.sources, ctx);
        }
        if let Some(adopted) = &s.adopted {
            let apath = format!("{path}.adopted");
            self.date(&format!("{apath}.date"), &adopted.date);
            if let Some(by) = &adopted.by {
                self.reference(&format!("{apath}.by"), by, ctx.org_ids, "organisation");
            }
            self.opt_text(&format!("{apath}.note"), &adopted.note);
            self.refs(&apath, &adopted.sources, ctx);
        }
        self.period(&format!("{path}.period"), &s.period, ctx);
        if let Some(successor) = &s.successor {
            let spath = format!("{path}.successor");
            if let Some(id) = &successor.strategy {
                if ctx.data.strategy(id).is_none() || id == &s.id {
                    self.problem(
                        format!("{spath}.strategy"),
                        format!("\"{id}\" is not another strategy in the dataset"),
                    );
                }
            }
            self.text(&format!("{spath}.description"), &successor.description);
            if let Some(date) = &successor.adopted {
                self.date(&format!("{spath}.adopted"), date);
            }
            self.refs(&spath, &successor.sources, ctx);
        }
        for (i, role) in s.owners.iter().enumerate() {
            let rpath = format!("{path}.owners[{i}]");
            self.reference(
                &format!("{rpath}.organisation"),
                &role.organisation,
                ctx.org_ids,
                "organisation",
            );
            self.refs(&rpath, &role.sources, ctx);
        }
        for (i, signatory) in s.signatories.iter().enumerate() {
            let spath = format!("{path}.signatories[{i}]");
            if signatory.name.trim().is_empty() {
                self.problem(format!("{spath}.name"), "is empty");
            }
            self.text(&format!("{spath}.office"), &signatory.office);
            self.reference(
                &format!("{spath}.organisation"),
                &signatory.organisation,
                ctx.org_ids,
                "organisation",
            );
            self.refs(&spath, &signatory.sources, ctx);
        }
        // Part and item ids share one namespace per strategy, so URLs stay unambiguous.
        let mut ids = HashSet::new();
        for (i, part) in s.parts.iter().enumerate() {
            let ppath = format!("{path}.parts[{i}]");
            self.id(&format!("{ppath}.id"), &part.id, &mut ids, "part");
            self.part(&ppath, part, &mut ids, ctx);
        }
        for (i, declared) in s.declared.iter().enumerate() {
            self.declared(&format!("{path}.declared[{i}]"), declared, ctx);
        }
        let mut figure_ids = HashSet::new();
        for (i, figure) in s.figures.iter().enumerate() {
            let fpath = format!("{path}.figures[{i}]");
            self.id(
                &format!("{fpath}.id"),
                &figure.id,
                &mut figure_ids,
                "figure",
            );
            self.text(&format!("{fpath}.label"), &figure.label);
            if figure.unit.trim().is_empty() {
                self.problem(
                    format!("{fpath}.unit"),
                    "is empty; say what the values count, e.g. \"percent\"",
                );
            }
            if figure.values.is_empty() {
                self.problem(
                    format!("{fpath}.values"),
                    "is empty; give at least one year and value",
                );
            }
            let mut years = HashSet::new();
            for (j, value) in figure.values.iter().enumerate() {
                if !years.insert(value.year) {
                    self.problem(
                        format!("{fpath}.values[{j}].year"),
                        format!("{} appears twice", value.year),
                    );
                }
                if !value.value.is_finite() {
                    self.problem(
                        format!("{fpath}.values[{j}].value"),
                        "is not a finite number",
                    );
                }
            }
            self.opt_text(&format!("{fpath}.note"), &figure.note);
            self.refs(&fpath, &figure.sources, ctx);
        }
        for (i, event) in s.events.iter().enumerate() {
            let epath = format!("{path}.events[{i}]");
            self.date(&format!("{epath}.date"), &event.date);
            self.text(&format!("{epath}.description"), &event.description);
            self.refs(&epath, &event.sources, ctx);
        }
        for (i, note) in s.notes.iter().enumerate() {
            let npath = format!("{path}.notes[{i}]");
            self.text(&format!("{npath}.text"), &note.text);
            self.refs(&npath, &note.sources, ctx);
        }
        self.links(path, &s.sdg, ctx);
    }

    fn period(&mut self, path: &str, period: &Period, ctx: &Context) {
        let from = period
            .from
            .as_ref()
            .and_then(|d| self.date(&format!("{path}.from"), d));
        let to = period
            .to
            .as_ref()
            .and_then(|d| self.date(&format!("{path}.to"), d));
        if let (Some(from), Some(to)) = (from, to) {
            if to.latest() < from.earliest() {
                self.problem(
                    format!("{path}.to"),
                    format!(
                        "ends ({}) before the period starts ({})",
                        period.to.as_ref().map_or("", |d| &d.0),
                        period.from.as_ref().map_or("", |d| &d.0)
                    ),
                );
            }
        }
        if period.open_ended && period.to.is_some() {
            self.problem(
                format!("{path}.open_ended"),
                "is true, but the period also has an end (\"to\"); keep one",
            );
        }
        self.opt_text(&format!("{path}.note"), &period.note);
        self.refs(path, &period.sources, ctx);
    }

    fn part(&mut self, path: &str, part: &Part, item_ids: &mut HashSet<String>, ctx: &Context) {
        self.text(&format!("{path}.title"), &part.title);
        self.opt_text(&format!("{path}.description"), &part.description);
        self.opt_text(&format!("{path}.note"), &part.note);
        if let Some(same_as) = &part.same_as {
            let found = same_as.split_once('/').and_then(|(strategy, part_id)| {
                ctx.data
                    .strategy(strategy)
                    .filter(|s| s.id != ctx.strategy.id)?
                    .part(part_id)
            });
            if found.is_none() {
                self.problem(
                    format!("{path}.same_as"),
                    format!("\"{same_as}\" does not name a part of another strategy; write \"strategy-id/part-id\""),
                );
            }
        }
        if let Some(grouping) = &part.grouping {
            self.basis(
                &format!("{path}.grouping"),
                grouping.basis,
                &grouping.reason,
                &grouping.sources,
                ctx,
            );
        }
        for (i, item) in part.items.iter().enumerate() {
            let ipath = format!("{path}.items[{i}]");
            self.id(&format!("{ipath}.id"), &item.id, item_ids, "item");
            self.text(&format!("{ipath}.title"), &item.title);
            self.opt_text(&format!("{ipath}.description"), &item.description);
            self.links(&ipath, &item.sdg, ctx);
            self.refs(&ipath, &item.sources, ctx);
        }
        for (i, declared) in part.declared.iter().enumerate() {
            self.declared(&format!("{path}.declared[{i}]"), declared, ctx);
        }
        self.links(path, &part.sdg, ctx);
        self.refs(path, &part.sources, ctx);
    }

    fn declared(&mut self, path: &str, declared: &Declared, ctx: &Context) {
        if declared.count == 0 {
            self.problem(
                format!("{path}.count"),
                "is 0; declare only content that exists",
            );
        }
        self.text(&format!("{path}.label"), &declared.label);
        self.url(&format!("{path}.find_at"), &declared.find_at);
        self.opt_text(&format!("{path}.note"), &declared.note);
        self.refs(path, &declared.sources, ctx);
    }

    fn links(&mut self, path: &str, links: &[SdgLink], ctx: &Context) {
        let mut seen = HashSet::new();
        for (i, link) in links.iter().enumerate() {
            let lpath = format!("{path}.sdg[{i}]");
            if !(1..=17).contains(&link.goal) {
                self.problem(
                    format!("{lpath}.goal"),
                    format!("is {}; SDG numbers run from 1 to 17", link.goal),
                );
            } else if let Some(target) = &link.target {
                if !is_sdg_target(link.goal, target) {
                    self.problem(
                        format!("{lpath}.target"),
                        format!("\"{target}\" is not a target of goal {}; write it like \"{}.2\" or \"{}.a\"", link.goal, link.goal, link.goal),
                    );
                }
            }
            if !seen.insert((link.goal, link.target.clone())) {
                self.problem(
                    format!("{lpath}.goal"),
                    format!(
                        "links goal {} twice; keep one link per goal and target",
                        link.goal
                    ),
                );
            }
            self.basis(&lpath, link.basis, &link.reason, &link.sources, ctx);
        }
    }

    fn basis(
        &mut self,
        path: &str,
        basis: BasisKind,
        reason: &Option<Text>,
        sources: &[String],
        ctx: &Context,
    ) {
        match basis {
            BasisKind::Stated if sources.is_empty() => self.problem(
                format!("{path}.sources"),
                "is empty, but the basis is \"stated\": name the source that states it, or use \"inferred\" or \"editorial\" with a reason",
            ),
            BasisKind::Inferred | BasisKind::Editorial if reason.as_ref().is_none_or(|r| r.text.trim().is_empty()) => self.problem(
                format!("{path}.reason"),
                format!("is missing; an \"{}\" link or grouping needs a one-line reason", basis_name(basis)),
            ),
            _ => {}
        }
        self.opt_text(&format!("{path}.reason"), reason);
        for (i, id) in sources.iter().enumerate() {
            self.source_ref(&format!("{path}.sources[{i}]"), id, ctx);
        }
    }

    fn refs(&mut self, path: &str, ids: &[String], ctx: &Context) {
        if ids.is_empty() {
            self.problem(
                format!("{path}.sources"),
                "is empty; name the source that says this (an id from the strategy's sources)",
            );
        }
        for (i, id) in ids.iter().enumerate() {
            self.source_ref(&format!("{path}.sources[{i}]"), id, ctx);
        }
    }

    fn source_ref(&mut self, path: &str, id: &str, ctx: &Context) {
        if ctx.strategy.source(id).is_none() {
            let known: Vec<&str> = ctx
                .strategy
                .sources
                .iter()
                .filter_map(|s| s.id.as_deref())
                .collect();
            self.problem(
                path,
                format!(
                    "\"{id}\" is not one of the strategy's source ids ({})",
                    known.join(", ")
                ),
            );
        }
    }

    fn inline_sources(&mut self, path: &str, sources: &[Source]) {
        if sources.is_empty() {
            self.problem(
                format!("{path}.sources"),
                "is empty; give at least one public source",
            );
        }
        for (i, source) in sources.iter().enumerate() {
            self.source(&format!("{path}.sources[{i}]"), source);
        }
    }

    fn source(&mut self, path: &str, source: &Source) {
        self.url(&format!("{path}.url"), &source.url);
        let title_path = format!("{path}.title");
        if source.title.text.trim().is_empty() {
            self.problem(&title_path, "is empty; give the page or document title");
        }
        self.translations(&title_path, &source.title);
        if let Some(date) = &source.date {
            self.date(&format!("{path}.date"), &PartialDate(date.clone()));
        }
    }

    fn url(&mut self, path: &str, url: &str) {
        if !is_https_url(url) {
            self.problem(
                path,
                format!("\"{url}\" is not an https:// address; sources must be public https links"),
            );
        }
    }

    fn id(&mut self, path: &str, id: &str, seen: &mut HashSet<String>, what: &str) {
        if !is_slug(id) {
            self.problem(path, format!("\"{id}\" is not a valid {what} id; use lowercase letters, digits and single hyphens"));
        } else if !seen.insert(id.to_string()) {
            self.problem(
                path,
                format!("duplicate {what} id \"{id}\"; ids must be unique"),
            );
        }
    }

    fn reference(&mut self, path: &str, id: &str, known: &HashSet<String>, what: &str) {
        if !known.contains(id) {
            let mut ids: Vec<&str> = known.iter().map(String::as_str).collect();
            ids.sort_unstable();
            self.problem(
                path,
                format!(
                    "\"{id}\" is not a known {what} id (known: {})",
                    ids.join(", ")
                ),
            );
        }
    }

    fn date(&mut self, path: &str, date: &PartialDate) -> Option<DateValue> {
        match date.parse() {
            Ok(value) => Some(value),
            Err(message) => {
                self.problem(path, message);
                None
            }
        }
    }

    fn text(&mut self, path: &str, text: &Text) {
        if text.text.trim().is_empty() {
            self.problem(path, "is empty");
        }
        self.translations(path, text);
    }

    /// The translations of a text, and with [`validate_own`] the rule that a text we write
    /// exists in every language.
    fn translations(&mut self, path: &str, text: &Text) {
        for (lang, translation) in &text.translations {
            if translation.trim().is_empty() {
                self.problem(
                    format!("{path}.translations.{}", lang.code()),
                    "is empty; remove it or write the translation",
                );
            }
        }
        if self.all_languages && text.wording == Wording::Paraphrase {
            match text.lang.or(self.context) {
                None => self.problem(
                    format!("{path}.lang"),
                    "is missing; say which language the text is in (\"da\", \"sv\" or \"en\")",
                ),
                Some(lang) => {
                    for other in Lang::ALL {
                        if other != lang && !text.translations.contains_key(&other) {
                            self.problem(
                                format!("{path}.translations.{}", other.code()),
                                "is missing; a text we write (wording = \"paraphrase\") must exist in Danish, Swedish and English",
                            );
                        }
                    }
                }
            }
        }
    }

    fn opt_text(&mut self, path: &str, text: &Option<Text>) {
        if let Some(text) = text {
            self.text(path, text);
        }
    }
}

struct Context<'a> {
    data: &'a Dataset,
    region_ids: &'a HashSet<String>,
    org_ids: &'a HashSet<String>,
    strategy: &'a Strategy,
}

fn basis_name(basis: BasisKind) -> &'static str {
    match basis {
        BasisKind::Stated => "stated",
        BasisKind::Inferred => "inferred",
        BasisKind::Editorial => "editorial",
    }
}

fn is_hex_colour(colour: &str) -> bool {
    colour.len() == 7
        && colour.starts_with('#')
        && colour[1..].bytes().all(|b| b.is_ascii_hexdigit())
}
