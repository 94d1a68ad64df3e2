//! The dataset the pages show: the bundled one, validated at build time and embedded as JSON.

use std::sync::{Arc, OnceLock};
use strategy_core::catalog::Catalog;
use strategy_core::model::Dataset;

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
