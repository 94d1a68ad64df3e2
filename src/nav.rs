//! Links inside the app. The router base comes from the page's `<base href>`, which Trunk's
//! `--public-url` sets, so one build setting decides where the app lives.

use std::sync::OnceLock;

static BASE: OnceLock<String> = OnceLock::new();

/// The path the app is served under, without a trailing slash: "" at a site root,
/// "/explorer" under a sub-path.
pub fn base() -> &'static str {
    BASE.get_or_init(|| {
        let base_uri = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
            .unwrap_or_default();
        let path = web_sys::Url::new(&base_uri).map(|u| u.pathname()).unwrap_or_default();
        path.trim_end_matches('/').to_string()
    })
}

/// An href for an app path such as "/strategy/x"; the one way links are built, so every link
/// honours the base path.
pub fn href(path: &str) -> String {
    format!("{}{}", base(), path)
}

pub fn strategy(id: &str) -> String {
    href(&format!("/strategy/{id}"))
}

pub fn part(strategy: &str, part: &str) -> String {
    href(&format!("/strategy/{strategy}/{part}"))
}

pub fn item(strategy: &str, part: &str, item: &str) -> String {
    href(&format!("/strategy/{strategy}/{part}/{item}"))
}

pub fn sdg(goal: u8) -> String {
    href(&format!("/sdg/{goal}"))
}

/// The href of any place in the catalog.
pub fn place(catalog: &strategy_core::catalog::Catalog, place: strategy_core::catalog::Place) -> String {
    let s = catalog.strategy_at(place);
    match (catalog.part_at(place), catalog.item_at(place)) {
        (Some(p), Some(i)) => item(&s.id, &p.id, &i.id),
        (Some(p), None) => part(&s.id, &p.id),
        _ => strategy(&s.id),
    }
}

/// `search` (with or without its leading "?") with `key` set to `value`, or removed when
/// `value` is `None`; other parameters keep their order.
pub fn with_param(search: &str, key: &str, value: Option<&str>) -> String {
    let mut pairs: Vec<String> = search
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && p.split('=').next() != Some(key))
        .map(str::to_string)
        .collect();
    if let Some(value) = value {
        pairs.push(format!("{key}={}", encode(value)));
    }
    if pairs.is_empty() { String::new() } else { format!("?{}", pairs.join("&")) }
}

pub fn encode(value: &str) -> String {
    js_sys::encode_uri_component(value).into()
}
