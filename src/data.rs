//! The dataset the pages show: the bundled one, validated at build time and embedded as JSON.

use std::sync::{Arc, OnceLock};
use strategy_core::catalog::Catalog;
use strategy_core::model::Dataset;
use strategy_core::suggest::{EntrySuggestions, Suggestion};

/// Written by build.rs after validation; parsing it cannot fail unless the build is broken.
const BUNDLED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/dataset.json"));

static BUNDLED: OnceLock<Arc<Catalog>> = OnceLock::new();

/// The bundled catalog, parsed once on first use.
pub fn bundled() -> Arc<Catalog> {
    BUNDLED
        .get_or_init(|| {
            let data: Dataset = serde_json::from_str(BUNDLED_JSON).expect("build.rs embeds a dataset it has validated");
            Arc::new(Catalog::new(data))
        })
        .clone()
}

/// The catalog the pages read. Provided by the app shell.
pub fn use_catalog() -> Arc<Catalog> {
    leptos::prelude::use_context::<Arc<Catalog>>().unwrap_or_else(bundled)
}

const BUNDLED_SUGGESTIONS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/suggestions.json"));

static SUGGESTIONS: OnceLock<Arc<Vec<EntrySuggestions>>> = OnceLock::new();

/// SDG suggestions from the wording of the bundled data, computed by build.rs.
pub fn bundled_suggestions() -> Arc<Vec<EntrySuggestions>> {
    SUGGESTIONS
        .get_or_init(|| Arc::new(serde_json::from_str(BUNDLED_SUGGESTIONS_JSON).expect("build.rs writes valid suggestions")))
        .clone()
}

/// The suggestions for the place `(strategy, part, item)` of the shown dataset, if any.
pub fn suggestions_for(strategy: &str, part: &str, item: Option<&str>) -> Vec<Suggestion> {
    leptos::prelude::use_context::<Arc<Vec<EntrySuggestions>>>()
        .unwrap_or_else(bundled_suggestions)
        .iter()
        .find(|e| e.strategy == strategy && e.part == part && e.item.as_deref() == item)
        .map(|e| e.suggestions.clone())
        .unwrap_or_default()
}

/// The goals suggested from the wording anywhere in strategy `id`, ascending.
pub fn suggested_goals(strategy: &str) -> Vec<u8> {
    let mut goals: Vec<u8> = leptos::prelude::use_context::<Arc<Vec<EntrySuggestions>>>()
        .unwrap_or_else(bundled_suggestions)
        .iter()
        .filter(|e| e.strategy == strategy)
        .flat_map(|e| e.suggestions.iter().map(|s| s.goal))
        .collect();
    goals.sort_unstable();
    goals.dedup();
    goals
}
