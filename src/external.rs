//! Loading a dataset from another site (`?data=<https URL>`): fetch with a size limit and a
//! timeout, then parse and validate with the same rules as the bundled data
//! ([`strategy_core::load::parse_json`]). Every way it can fail is a [`LoadError`] that says what
//! happened and what to do about it.

use gloo_net::http::Request;
use std::sync::Arc;
use strategy_core::catalog::Catalog;
use strategy_core::model::Dataset;
use strategy_core::overview::Overview;
use strategy_core::validate::Problem;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The largest dataset accepted, in bytes (5 MB).
pub const MAX_BYTES: u64 = 5 * 1024 * 1024;
/// How long the whole download may take, in milliseconds.
pub const TIMEOUT_MS: u32 = 10_000;

/// Why an external dataset could not be shown. The messages (English; see
/// `i18n_platform::explain` for all UI languages) say what happened and what to do.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum LoadError {
    #[error("\u{201c}{url}\u{201d} is not an https:// address. Datasets are only loaded over https: give the full address, starting with https://.")]
    NotHttps { url: String },
    #[error("{host} could not be reached. Check the address for typos, that you are online, and that the server is running.")]
    Unreachable { host: String },
    #[error("{host} answered, but does not let other sites read the file (CORS). Whoever runs that server must send the header \u{201c}Access-Control-Allow-Origin: *\u{201d} (or \u{201c}Access-Control-Allow-Origin: {origin}\u{201d}) with the file.")]
    Cors { host: String, origin: String },
    #[error("{host} answered with HTTP status {status} instead of the file. Check the address.")]
    Http { host: String, status: u16 },
    #[error("The file is larger than 5 MB{}, the most this app loads. Leave out what is not needed, or split the dataset.", size_note(.size))]
    TooLarge { size: Option<u64> },
    #[error("{host} did not deliver the file within 10 seconds. Try again later, or ask its publisher to make it faster to download.")]
    Timeout { host: String },
    #[error("The file is not JSON ({detail}). Check that the address points at the .json file itself, not at a web page about it.")]
    NotJson { detail: String },
    #[error("The file is JSON, but does not follow the Strategy Explorer data format: {} problem(s), listed with their place in the file.", .problems.len())]
    Invalid { problems: Vec<Problem> },
}

pub(crate) fn size_note(size: &Option<u64>) -> String {
    // In whole tenths of a MB, rounded: integer arithmetic keeps float formatting (some 13 KB
    // of wasm) out of the first load.
    const MB: u64 = 1024 * 1024;
    match size {
        Some(bytes) => {
            let tenths = (bytes.saturating_mul(10) + MB / 2) / MB;
            format!(" ({}.{} MB)", tenths / 10, tenths % 10)
        }
        None => String::new(),
    }
}

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
/// bundled one is used. In release builds this code (download, validation) is a split chunk,
/// fetched the first time a dataset is opened, so the first load does without it.
#[cfg_attr(feature = "split", leptos::lazy)]
pub async fn load(url: String) -> Result<Loaded, LoadError> {
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
        let bundled = crate::data::bundled();
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
    let deadline = web_sys::AbortSignal::timeout_with_u32(TIMEOUT_MS);
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
