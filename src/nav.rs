//! Links inside the app. The router base comes from the page's `<base href>`, which Trunk's
//! `--public-url` sets, so one build setting decides where the app lives; a language prefix
//! (`/da/…`) in the address is part of the router base.

use std::sync::OnceLock;
use strategy_core::model::Lang;

/// Where the site's files are: the path of the page's `<base href>` without a trailing slash,
/// "" at a site root, "/explorer" under a sub-path.
pub fn site_base() -> &'static str {
    static SITE_BASE: OnceLock<String> = OnceLock::new();
    SITE_BASE.get_or_init(|| {
        let base_uri = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.base_uri().ok().flatten())
            .unwrap_or_default();
        let path = web_sys::Url::new(&base_uri)
            .map(|u| u.pathname())
            .unwrap_or_default();
        path.trim_end_matches('/').to_string()
    })
}

/// The language the address loaded names in its path (`/da/…`): each page exists once per
/// language as static HTML under such a prefix. Decided once: the language switch loads the
/// page of the other language.
pub fn path_lang() -> Option<Lang> {
    static PATH_LANG: OnceLock<Option<Lang>> = OnceLock::new();
    *PATH_LANG.get_or_init(|| {
        let path = window_pathname();
        Lang::split_path(path.strip_prefix(site_base()).unwrap_or(&path)).0
    })
}

fn window_pathname() -> String {
    web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default()
}

/// The path the app's pages are under, without a trailing slash: the site base plus the
/// language prefix of the address, if it has one ("/explorer/da").
pub fn base() -> &'static str {
    static BASE: OnceLock<String> = OnceLock::new();
    BASE.get_or_init(|| match path_lang() {
        Some(lang) => format!("{}/{}", site_base(), lang.code()),
        None => site_base().to_string(),
    })
}

/// The address of the same view in `lang`: its page under that language's prefix, with the
/// query (filters, `?data=`) kept and any `?lang=` dropped (the path says the language).
pub fn in_lang(lang: Lang, pathname: &str, search: &str) -> String {
    let app_path = pathname.strip_prefix(base()).unwrap_or(pathname);
    let app_path = if app_path.is_empty() { "/" } else { app_path };
    format!(
        "{}/{}{app_path}{}",
        site_base(),
        lang.code(),
        with_param(search, "lang", None)
    )
}

/// An href for an app path such as "/strategy/x"; the one way links are built, so every link
/// honours the base path.
/// While an external dataset is shown, the href carries its `?data=` (see [`set_data_param`]).
pub fn href(path: &str) -> String {
    with_data_param(&format!("{}{}", base(), path))
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
pub fn place(
    catalog: &strategy_core::catalog::Catalog,
    place: strategy_core::catalog::Place,
) -> String {
    let s = catalog.strategy_at(place);
    match (catalog.part_at(place), catalog.item_at(place)) {
        (Some(p), Some(i)) => item(&s.id, &p.id, &i.id),
        (Some(p), None) => part(&s.id, &p.id),
        _ => strategy(&s.id),
    }
}

/// `search` (with or without its leading "?") with `key` set to `value`, or removed when
/// `value` is `None`; other parameters keep their order.
pub use strategy_core::query::with_param;

// ---------------------------------------------------------------------------------------------
// Embedded views, external datasets and safe links.

static EMBEDDED: OnceLock<bool> = OnceLock::new();

/// True when the page was opened under `{base}/embed/…`: the view without the site's header and
/// footer, meant for an `<iframe>` on another site. Decided once, from the address loaded.
pub fn embedded() -> bool {
    *EMBEDDED.get_or_init(|| {
        let path = window_pathname();
        is_embed_path(path.strip_prefix(base()).unwrap_or(&path))
    })
}

/// Whether an app path (after the base) is an embedded view: `/embed` or `/embed/…`.
pub fn is_embed_path(app_path: &str) -> bool {
    app_path == "/embed" || app_path.starts_with("/embed/")
}

/// The base the router matches routes under: the app's base, plus `/embed` in an embedded view,
/// so that the same routes serve both.
pub fn router_base() -> String {
    if embedded() {
        format!("{}/embed", base())
    } else {
        base().to_string()
    }
}

/// An href for a link that stays in the current view: inside an embedded view it stays embedded
/// (the router handles it), in the full app it is the same as [`href`]. Use it for links that only
/// change filters or selections; links to other pages use [`href`] and so open the full app.
pub fn in_view(path: &str) -> String {
    with_data_param(&format!("{}{}", router_base(), path))
}

/// An href for a file of the build (open data, scripts): the site base, never any parameters.
pub fn asset(path: &str) -> String {
    format!("{}{}", site_base(), path)
}

thread_local! {
    static DATA_PARAM: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Sets the address of the external dataset being shown (`None`: the bundled data), so that
/// links built from now on carry `?data=` and keep showing it. Only `DataState::set_source`
/// calls it, so it always agrees with the data shown.
pub fn set_data_param(url: Option<String>) {
    DATA_PARAM.with(|d| *d.borrow_mut() = url);
}

/// `href` with `data=<external dataset>` added to its query when an external dataset is shown.
pub fn with_data_param(href: &str) -> String {
    DATA_PARAM.with(|d| match d.borrow().as_deref() {
        None => href.to_string(),
        Some(url) => {
            let (rest, fragment) = href.split_once('#').map_or((href, ""), |(r, f)| (r, f));
            let (path, search) = rest.split_once('?').map_or((rest, ""), |(p, s)| (p, s));
            if strategy_core::query::has_key(search, "data") {
                return href.to_string();
            }
            let search = with_param(search, "data", Some(url));
            if fragment.is_empty() {
                format!("{path}{search}")
            } else {
                format!("{path}{search}#{fragment}")
            }
        }
    })
}

/// The href for a URL that comes from data: only `http:` and `https:` URLs become links; anything
/// else (`javascript:`, `data:`, relative paths) gives `None`, and callers show it as text.
/// Validation already requires https for sources; this is the last line of defence.
pub fn safe_href(url: &str) -> Option<String> {
    let trimmed = url.trim();
    let lower = trimmed.to_ascii_lowercase();
    let host_and_rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    let ok = host_and_rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/'))
        && !trimmed.chars().any(|c| c.is_control() || c.is_whitespace());
    ok.then(|| trimmed.to_string())
}
