//! The data the pages show. The bundled dataset is validated at build time and shipped in a
//! compact form (`strategy_core::compact`: its reader is a fraction of the JSON one in the wasm),
//! one copy per reader's language (`strategy_core::reader`: the other languages' translations
//! only where search reads them). A page loads only its reader's copy, and only when it needs
//! the dataset (split code). The home page only needs the dataset's [`Overview`], which build.rs
//! compiles into the first load as Rust code.
//!
//! In the site (release builds, `split` feature) each copy is a gzip file of the package folder,
//! `pkg/<hash>/dataset-<lang>.bin.gz` (scripts/build-wasm.sh writes it from build.rs's output,
//! and the unpacked `.bin` for browsers that cannot unpack gzip),
//! not part of the wasm: data in a wasm module stays in its linear memory for good, and the
//! three copies of a large dataset would take all their room there even if one is used. Fetched,
//! the bytes are freed once read. Builds without the site (the wasm component tests) embed them.

use leptos::prelude::*;
use std::sync::{Arc, OnceLock};
use strategy_core::catalog::Catalog;
use strategy_core::model::{Dataset, Lang};
use strategy_core::overview::Overview;
use strategy_core::suggest::{EntrySuggestions, Suggestion};
use strategy_core::targets::TargetText;

static BUNDLED: [OnceLock<Arc<Catalog>>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];

/// The bundled catalog for readers of `lang`, loaded and parsed once, on first use. Only code
/// that is itself loaded on demand calls this (pages, external datasets), so in release builds
/// the JSON reader stays out of the first load.
pub async fn bundled(lang: Lang) -> Arc<Catalog> {
    let slot = &BUNDLED[lang.index()];
    if let Some(catalog) = slot.get() {
        return catalog.clone();
    }
    let bytes = bundled_bytes(lang).await;
    slot.get_or_init(|| {
        // Validated at build time, so not again here.
        let data: Dataset = strategy_core::compact::from_bytes(&bytes)
            .expect("build.rs writes the compact copy that this build reads");
        Arc::new(Catalog::new(data, crate::components::build_day()))
    })
    .clone()
}

/// The package folder's address, which boot.js (scripts/build-wasm.sh) sets before it starts
/// the app: the folder's name changes with every build.
#[cfg(feature = "split")]
const PACKAGE_GLOBAL: &str = "strategyExplorerPackage";

#[cfg(feature = "split")]
async fn bundled_bytes(lang: Lang) -> Vec<u8> {
    let package = js_sys::Reflect::get(&js_sys::global(), &PACKAGE_GLOBAL.into())
        .ok()
        .and_then(|v| v.as_string())
        .expect("boot.js names the package folder before the app starts");
    // Browsers without DecompressionStream (Safari before 16.4) get the copy unpacked: larger
    // on the wire, and not kept for offline use (scripts/stamp-sw.mjs), but the app works.
    let can_unpack =
        js_sys::Reflect::has(&js_sys::global(), &"DecompressionStream".into()).unwrap_or(false);
    let packed = if can_unpack { ".gz" } else { "" };
    let url = format!("{package}dataset-{}.bin{packed}", lang.code());
    // A file of the site itself: only a lost connection stops it (the service worker has it
    // offline once installed), so try again before giving up.
    let mut failure = String::new();
    for _ in 0..3 {
        match fetch_unpacked(&url).await {
            Ok(bytes) => return bytes,
            Err(error) => failure = error,
        }
    }
    panic!("Strategy Explorer: the data {url} could not be loaded ({failure}); check the connection and reload the page");
}

#[cfg(feature = "split")]
#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// The browser's own gzip reader (web-sys offers it only behind its unstable-API flag).
    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, wasm_bindgen::JsValue>;
}

/// The bytes of the file at `url`, unpacked if they are gzip. Static hosts send a file of no
/// text type as it is, so the file is compressed itself (the bytes on the wire are gzip on every
/// host) and unpacked here; where a host sends it with `Content-Encoding: gzip` (some do for
/// `.gz`), the browser has unpacked it already.
#[cfg(feature = "split")]
async fn fetch_unpacked(url: &str) -> Result<Vec<u8>, String> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen_futures::JsFuture;
    let failed = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let response: web_sys::Response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(failed)?
        .unchecked_into();
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(failed)?)
        .await
        .map_err(failed)?;
    let bytes = js_sys::Uint8Array::new(&buffer);
    let gzip = bytes.length() >= 2 && bytes.get_index(0) == 0x1f && bytes.get_index(1) == 0x8b;
    if !gzip {
        return Ok(bytes.to_vec());
    }
    let inflate = DecompressionStream::new("gzip")
        .map_err(|e| format!("this browser cannot unpack gzip data: {e:?}"))?;
    let packed = web_sys::Response::new_with_opt_buffer_source(Some(buffer.unchecked_ref()))
        .map_err(failed)?;
    let body = packed.body().ok_or("an empty response")?;
    let unpacked = web_sys::Response::new_with_opt_readable_stream(Some(
        &body.pipe_through(inflate.unchecked_ref()),
    ))
    .map_err(failed)?;
    let buffer = JsFuture::from(unpacked.array_buffer().map_err(failed)?)
        .await
        .map_err(failed)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

#[cfg(not(feature = "split"))]
async fn bundled_bytes(lang: Lang) -> Vec<u8> {
    match lang {
        Lang::Da => include_bytes!(concat!(env!("OUT_DIR"), "/dataset-da.bin")).as_slice(),
        Lang::Sv => include_bytes!(concat!(env!("OUT_DIR"), "/dataset-sv.bin")).as_slice(),
        Lang::En => include_bytes!(concat!(env!("OUT_DIR"), "/dataset-en.bin")).as_slice(),
    }
    .to_vec()
}

/// The bundled dataset's overview, as build.rs baked it.
pub fn bundled_overview() -> Overview {
    include!(concat!(env!("OUT_DIR"), "/overview.rs"))
}

/// Where the data shown comes from: the bundled dataset, or one given with `?data=<https URL>`.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    Bundled,
    Loading {
        url: String,
    },
    External {
        url: String,
    },
    /// The external dataset could not be used; the bundled one is shown.
    Failed {
        url: String,
        error: crate::load_error::LoadError,
    },
}

/// The switchable dataset: the app shell provides it; [`crate::dataset_ui::DatasetGate`] loads
/// external datasets into it and renders the pages again when it changes.
#[derive(Clone, Copy)]
pub struct DataState {
    /// The external dataset shown, if any; `None` while the bundled data is shown (the pages'
    /// routes load that with their code).
    pub external: RwSignal<Option<Arc<Catalog>>>,
    /// What the home page shows of the dataset shown.
    pub overview: RwSignal<Arc<Overview>>,
    /// Where the data shown comes from; changed only through [`DataState::set_source`].
    pub source: RwSignal<Source>,
}

impl DataState {
    /// Changes where the data shown comes from. The one place that does: links built from now
    /// on carry `?data=` exactly while an external dataset is shown (`nav::set_data_param`).
    pub fn set_source(self, source: Source) {
        let shown_url = match &source {
            Source::External { url } => Some(url.clone()),
            _ => None,
        };
        crate::nav::set_data_param(shown_url);
        self.source.set(source);
    }
}

/// Provides the dataset state, starting with the bundled data.
pub fn provide_data_state() -> DataState {
    let state = DataState {
        external: RwSignal::new(None),
        overview: RwSignal::new(Arc::new(bundled_overview())),
        source: RwSignal::new(Source::Bundled),
    };
    provide_context(state);
    state
}

/// The catalog of the external dataset shown, if any. Pages show the bundled one otherwise,
/// which their route loads with their code (pages/mod.rs), so that it stays out of the first load.
pub fn external_catalog() -> Option<Arc<Catalog>> {
    use_context::<DataState>().and_then(|state| state.external.get_untracked())
}

/// The catalog the pages read, provided by the route that shows them (see `pages/mod.rs`).
/// The shell renders the pages again when the dataset changes.
pub fn use_catalog() -> Arc<Catalog> {
    expect_context::<Arc<Catalog>>()
}

/// What the home page shows of the dataset shown.
pub fn use_overview() -> Arc<Overview> {
    use_context::<DataState>().map_or_else(
        || Arc::new(bundled_overview()),
        |state| state.overview.get_untracked(),
    )
}

/// True while an external dataset (not the bundled one) is shown.
pub fn showing_external() -> bool {
    use_context::<DataState>().is_some_and(|state| {
        state
            .source
            .with_untracked(|s| matches!(s, Source::External { .. }))
    })
}

const BUNDLED_SUGGESTIONS_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/suggestions.json"));

static SUGGESTIONS: OnceLock<Arc<Vec<EntrySuggestions>>> = OnceLock::new();

/// SDG suggestions from the wording of the bundled data, computed by build.rs.
pub fn bundled_suggestions() -> Arc<Vec<EntrySuggestions>> {
    SUGGESTIONS
        .get_or_init(|| {
            Arc::new(
                serde_json::from_str(BUNDLED_SUGGESTIONS_JSON)
                    .expect("build.rs writes valid suggestions"),
            )
        })
        .clone()
}

const SUGGESTED_TARGETS_JSON: &str =
    include_str!(concat!(env!("OUT_DIR"), "/suggested-targets.json"));

static SUGGESTED_TARGETS: OnceLock<Vec<TargetText>> = OnceLock::new();

/// The official text of a target that a bundled suggestion names, for a reader of `lang`: in
/// that language if we have it, else the UN's English text (the returned language says which).
pub fn suggested_target_text(id: &str, lang: Lang) -> Option<(String, Lang)> {
    let targets = SUGGESTED_TARGETS.get_or_init(|| {
        serde_json::from_str(SUGGESTED_TARGETS_JSON).expect("build.rs writes valid targets")
    });
    let shown = targets.iter().find(|t| t.id == id)?.shown(lang)?;
    Some((shown.text.to_string(), shown.lang))
}

/// The suggestions for the place `(strategy, part, item)` of the shown dataset, if any.
/// Suggestions are computed at build time for the bundled data only: none for external datasets.
pub fn suggestions_for(strategy: &str, part: &str, item: Option<&str>) -> Vec<Suggestion> {
    if showing_external() {
        return Vec::new();
    }
    leptos::prelude::use_context::<Arc<Vec<EntrySuggestions>>>()
        .unwrap_or_else(bundled_suggestions)
        .iter()
        .find(|e| e.strategy == strategy && e.part == part && e.item.as_deref() == item)
        .map(|e| e.suggestions.clone())
        .unwrap_or_default()
}

/// The goals suggested from the wording anywhere in strategy `id`, ascending.
pub fn suggested_goals(strategy: &str) -> Vec<u8> {
    if showing_external() {
        return Vec::new();
    }
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
