//! Open data export: the dataset as JSON, its SDG links as CSV, and the JSON Schema of the
//! format, all generated from the model types so they cannot drift from what the app reads.
//!
//! Only built with the `export` feature (command-line tools, never the wasm app).
#![cfg(feature = "export")]

use crate::model::{Dataset, SdgLink, Source, Strategy, Text};
use crate::suggest::{EntrySuggestions, TargetBasis};

/// File names written by `strategy-data export`.
pub const DATASET_FILE: &str = "strategy-explorer-data.json";
pub const SDG_LINKS_FILE: &str = "sdg-links.csv";
pub const SCHEMA_FILE: &str = "strategy-explorer.schema.json";

/// The columns of [`sdg_links_csv`], in order.
pub const SDG_LINKS_HEADER: [&str; 11] = [
    "strategy",
    "part",
    "item",
    "goal",
    "target",
    "basis",
    "reason",
    "source",
    "kind",
    "evidence",
    "target_basis",
];

/// The dataset as pretty-printed JSON, in the same shape an external dataset (`?data=`) uses.
pub fn dataset_json(data: &Dataset) -> String {
    // Serializing plain data structs with string keys cannot fail.
    serde_json::to_string_pretty(data).expect("the dataset serializes to JSON")
}

/// One CSV row per curated SDG link of every strategy, part and item.
///
/// `source` holds the URLs of the link's own sources separated by spaces, or, when the link
/// names none, those of the strategy, part or item it belongs to. `kind` is `curated`;
/// `evidence` and `target_basis` are left empty here (they are for suggested links: a curated
/// link's target has the link's own basis).
pub fn sdg_links_csv(data: &Dataset, suggestions: &[EntrySuggestions]) -> String {
    let mut out = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec<u8> cannot fail, and every row has the header's length.
    out.write_record(SDG_LINKS_HEADER).expect("write to memory");
    for row in sdg_link_rows(data)
        .into_iter()
        .chain(suggestion_rows(data, suggestions))
    {
        out.write_record(row).expect("write to memory");
    }
    let bytes = out.into_inner().expect("flush to memory");
    String::from_utf8(bytes).expect("CSV of UTF-8 strings is UTF-8")
}

fn sdg_link_rows(data: &Dataset) -> Vec<[String; 11]> {
    let mut rows = Vec::new();
    for strategy in &data.strategies {
        let all_sources: Vec<&Source> = strategy.sources.iter().collect();
        for link in &strategy.sdg {
            rows.push(link_row(strategy, "", "", link, &all_sources));
        }
        for part in &strategy.parts {
            let part_sources: Vec<&Source> = strategy.sources_of(&part.sources).collect();
            for link in &part.sdg {
                rows.push(link_row(strategy, &part.id, "", link, &part_sources));
            }
            for item in &part.items {
                let item_sources: Vec<&Source> = strategy.sources_of(&item.sources).collect();
                for link in &item.sdg {
                    rows.push(link_row(strategy, &part.id, &item.id, link, &item_sources));
                }
            }
        }
    }
    rows
}

fn link_row(
    strategy: &Strategy,
    part: &str,
    item: &str,
    link: &SdgLink,
    entity_sources: &[&Source],
) -> [String; 11] {
    let own: Vec<&Source> = strategy.sources_of(&link.sources).collect();
    let sources = if own.is_empty() {
        entity_sources
    } else {
        &own[..]
    };
    let urls: Vec<&str> = sources.iter().map(|s| s.url.as_str()).collect();
    [
        strategy.id.clone(),
        part.to_string(),
        item.to_string(),
        link.goal.to_string(),
        link.target.clone().unwrap_or_default(),
        basis_name(link).to_string(),
        link.reason
            .as_ref()
            .map(|r: &Text| r.text.clone())
            .unwrap_or_default(),
        urls.join(" "),
        "curated".to_string(),
        String::new(),
        String::new(),
    ]
}

/// Suggestions from the wording, kept apart from curated links by `kind = "suggested"`: no
/// basis, the target when the evidence names one, the score as the reason, the matched words
/// as evidence, and whether the target comes from its official text or is our reading.
fn suggestion_rows<'a>(
    data: &'a Dataset,
    suggestions: &'a [EntrySuggestions],
) -> impl Iterator<Item = [String; 11]> + 'a {
    suggestions.iter().flat_map(move |entry| {
        let strategy = data.strategy(&entry.strategy);
        let part = strategy.and_then(|s| s.part(&entry.part));
        let item = entry.item.as_deref().and_then(|id| part?.item(id));
        let ids = item.map(|i| &i.sources).or(part.map(|p| &p.sources));
        let urls: Vec<&str> = match (strategy, ids) {
            (Some(s), Some(ids)) => s.sources_of(ids).map(|src| src.url.as_str()).collect(),
            _ => Vec::new(),
        };
        let urls = urls.join(" ");
        entry.suggestions.iter().map(move |s| {
            let mut words: Vec<&str> = s.evidence.iter().map(|e| e.text.as_str()).collect();
            words.dedup();
            [
                entry.strategy.clone(),
                entry.part.clone(),
                entry.item.clone().unwrap_or_default(),
                s.goal.to_string(),
                s.target.clone().unwrap_or_default(),
                String::new(),
                format!("suggested from the wording (score {})", s.score),
                urls.clone(),
                "suggested".to_string(),
                words.join("; "),
                s.target_basis
                    .map(TargetBasis::code)
                    .unwrap_or_default()
                    .to_string(),
            ]
        })
    })
}

fn basis_name(link: &SdgLink) -> &'static str {
    match link.basis {
        crate::model::BasisKind::Stated => "stated",
        crate::model::BasisKind::Inferred => "inferred",
        crate::model::BasisKind::Editorial => "editorial",
    }
}

/// The JSON Schema (draft 2020-12) of a dataset file, pretty-printed.
///
/// It describes what the app accepts: a text may be a plain string or an object, dates are
/// strings such as `2020-11-30`, `2020-11`, `2018-spring` or `2018`, and unknown fields are
/// rejected. Rules that need the whole dataset (ids, references, sources of `stated` links)
/// are checked by [`crate::validate::validate`], not by the schema.
pub fn schema_json() -> String {
    let mut schema = schemars::generate::SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<Dataset>();
    schema.insert("title".into(), "Strategy Explorer dataset".into());
    serde_json::to_string_pretty(&schema).expect("a schema serializes to JSON")
}
