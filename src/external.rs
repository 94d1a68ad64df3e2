//! Loading a dataset from another site (`?data=<https URL>`): fetch with a size limit and a
//! timeout, then parse and validate with the same rules as the bundled data
//! ([`strategy_core::load::parse_json`]). Every way it can fail is a [`LoadError`]
//! (`load_error.rs`), which says what happened and what to do about it.

use gloo_net::http::Request;
use std::sync::Arc;
use strategy_core::catalog::Catalog;
use strategy_core::model::{Dataset, Lang};
use strategy_core::overview::Overview;
use strategy_core::validate::Problem;
use wasm_bindgen::{JsCast, JsValue};

pub use crate::load_error::LoadError;
use crate::load_error::{MAX_BYTES, TIMEOUT};
use wasm_bindgen_futures::JsFuture;

/// The host name shown for a dataset address ("data.example.org").
pub fn host_of(url: &str) -> String {
    web_sys::Url::new(url)
        .map(|u| u.host())
        .unwrap_or_else(|_| url.to_string())
}

/// An external dataset ready to be shown: its catalog, and what the home page shows of it.
#[derive(Clone)]
pub struct Loaded {
    pub catalog: Arc<Catalog>,
    pub overview: Arc<Overview>,
}

/// Loads, checks and prepares the dataset at `url`. When it has no SDG catalogue of its own, the
/// bundled one is used (its copy for readers of `lang`). In release builds this code (download, validation) is in a split chunk
/// (`dataset_ui::external_datasets`), fetched the first time a dataset is opened.
pub async fn load(url: String, lang: Lang) -> Result<Loaded, LoadError> {
    let mut data = match fetch_dataset(&url).await {
        Ok(data) => data,
        Err(error) => {
            // The page explains it in the UI language; the console keeps it for whoever debugs.
            web_sys::console::warn_1(
                &format!("Strategy Explorer: dataset {url} not used: {error}").into(),
            );
            return Err(error);
        }
    };
    if data.sdgs.is_empty() {
        let bundled = crate::data::bundled(lang).await;
        data.sdgs = bundled.data.sdgs.clone();
        if data.sdg_logo_note.is_none() {
            data.sdg_logo_note = bundled.data.sdg_logo_note.clone();
        }
        if data.sdg_sources.is_empty() {
            data.sdg_sources = bundled.data.sdg_sources.clone();
        }
    }
    let catalog = Catalog::new(data, crate::components::build_day());
    Ok(Loaded {
        overview: Arc::new(Overview::of(&catalog)),
        catalog: Arc::new(catalog),
    })
}

async fn fetch_dataset(url: &str) -> Result<Dataset, LoadError> {
    let parsed = web_sys::Url::new(url)
        .ok()
        .filter(|u| u.protocol() == "https:" && !u.host().is_empty());
    let Some(parsed) = parsed else {
        return Err(LoadError::NotHttps {
            url: url.to_string(),
        });
    };
    let host = parsed.host();
    // One deadline for the whole download: the answer and every byte of the body.
    let deadline = web_sys::AbortSignal::timeout_with_u32(TIMEOUT.as_millis() as u32);
    let response = match Request::get(url).abort_signal(Some(&deadline)).send().await {
        Ok(response) => response,
        Err(_) if deadline.aborted() => return Err(LoadError::Timeout { host }),
        Err(_) => return Err(diagnose_network_failure(url, host).await),
    };
    if !response.ok() {
        return Err(LoadError::Http {
            host,
            status: response.status(),
        });
    }
    let declared = response
        .headers()
        .get("content-length")
        .and_then(|v| v.trim().parse::<u64>().ok());
    if let Some(size) = declared.filter(|&size| size > MAX_BYTES) {
        if let Some(body) = response.body() {
            let _ = body.cancel();
        }
        return Err(LoadError::TooLarge { size: Some(size) });
    }
    let bytes = read_limited(response.body(), &deadline, &host).await?;
    let text = String::from_utf8(bytes).map_err(|_| LoadError::NotJson {
        detail: "it is not UTF-8 text".into(),
    })?;
    // Syntax first, so that a web page or a typo is reported as "not JSON", not as a schema error.
    if let Err(err) = serde_json::from_str::<serde::de::IgnoredAny>(&text) {
        return Err(LoadError::NotJson {
            detail: err.to_string(),
        });
    }
    let data = strategy_core::load::parse_json(url, &text).map_err(|err| LoadError::Invalid {
        problems: err.0.into_iter().map(|located| located.problem).collect(),
    })?;
    if data.strategies.is_empty() {
        return Err(LoadError::Invalid {
            problems: vec![Problem {
                path: "strategies".into(),
                message: "is empty; the dataset must contain at least one strategy".into(),
            }],
        });
    }
    Ok(data)
}

/// Reads a response body, giving up as soon as it grows past [`MAX_BYTES`] (servers may leave
/// out Content-Length, or state it wrongly).
async fn read_limited(
    body: Option<web_sys::ReadableStream>,
    deadline: &web_sys::AbortSignal,
    host: &str,
) -> Result<Vec<u8>, LoadError> {
    let Some(body) = body else {
        return Ok(Vec::new());
    };
    let reader: web_sys::ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::new();
    loop {
        let chunk = match JsFuture::from(reader.read()).await {
            Ok(chunk) => chunk,
            Err(_) if deadline.aborted() => {
                return Err(LoadError::Timeout {
                    host: host.to_string(),
                })
            }
            Err(_) => {
                return Err(LoadError::Unreachable {
                    host: host.to_string(),
                })
            }
        };
        if js_sys::Reflect::get(&chunk, &JsValue::from_str("done"))
            .ok()
            .and_then(|d| d.as_bool())
            .unwrap_or(true)
        {
            return Ok(bytes);
        }
        let value: js_sys::Uint8Array = js_sys::Reflect::get(&chunk, &JsValue::from_str("value"))
            .ok()
            .and_then(|v| v.dyn_into().ok())
            .unwrap_or_else(|| js_sys::Uint8Array::new_with_length(0));
        if bytes.len() as u64 + u64::from(value.length()) > MAX_BYTES {
            let _ = reader.cancel();
            return Err(LoadError::TooLarge { size: None });
        }
        let start = bytes.len();
        bytes.resize(start + value.length() as usize, 0);
        value.copy_to(&mut bytes[start..]);
    }
}

/// A failed fetch does not say why. Asking again without reading the answer (`no-cors`) tells the
/// two usual causes apart: if that succeeds, the server is there but refuses CORS.
async fn diagnose_network_failure(url: &str, host: String) -> LoadError {
    let probe = Request::get(url)
        .mode(web_sys::RequestMode::NoCors)
        .abort_signal(Some(&web_sys::AbortSignal::timeout_with_u32(5_000)))
        .send()
        .await;
    match probe {
        Ok(_) => LoadError::Cors {
            host,
            origin: web_sys::window()
                .and_then(|w| w.location().origin().ok())
                .unwrap_or_default(),
        },
        Err(_) => LoadError::Unreachable { host },
    }
}
