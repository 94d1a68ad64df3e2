//! External datasets in the interface: the gate that loads `?data=<https URL>` and renders the
//! pages with whichever dataset is shown, the banner that says where the data comes from (or why
//! it could not be used), and the "Open a dataset" form of the About page.

use crate::data::{self, DataState, Source};
use crate::external::{self, host_of, Loaded};
use crate::i18n::platform_texts;
use crate::i18n::use_i18n;
use crate::load_error::{max_size_label, LoadError};
use crate::nav;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use strategy_core::model::Lang;

/// `?data=bundled` switches back to the bundled data (plain links drop `data`, which keeps the
/// external dataset, so going back needs a word of its own).
pub const BUNDLED: &str = "bundled";

/// At most this many validation problems are listed; the rest are counted.
const MAX_PROBLEMS_SHOWN: usize = 50;

/// Wraps the routes: loads the dataset named by `?data=`, shows the data banner, and renders
/// `children` again whenever the shown dataset changes (pages read the catalog once).
///
/// `?data=` is sticky: links inside the app do not carry it, so while an external dataset is
/// shown it is put back into the address (replacing the history entry) after each navigation,
/// and the address can always be shared or reloaded.
#[component]
pub fn DatasetGate(children: ChildrenFn) -> impl IntoView {
    let state = use_context::<DataState>().unwrap_or_else(data::provide_data_state);
    let query = use_query_map();
    let location = use_location();
    let navigate = use_navigate();

    // Start loading before the first render, so that a deep link into an external dataset never
    // shows the bundled data (or "not found") first.
    if let Some(url) = query
        .with_untracked(|q| q.get("data"))
        .filter(|u| !u.is_empty() && u != BUNDLED)
    {
        start_loading(state, url);
    }

    Effect::new(move |_| {
        let param = query.with(|q| q.get("data")).filter(|u| !u.is_empty());
        let current = state.source.get_untracked();
        let replace_search = |search: String| {
            let path = location.pathname.get_untracked();
            let router_base = nav::router_base();
            let app_path = path.strip_prefix(router_base.as_str()).unwrap_or(&path);
            let app_path = if app_path.is_empty() { "/" } else { app_path };
            let hash = location.hash.get_untracked();
            navigate(
                &format!("{app_path}{search}{hash}"),
                NavigateOptions {
                    replace: true,
                    scroll: false,
                    ..Default::default()
                },
            );
        };
        match param.as_deref() {
            None => match current {
                Source::External { url } | Source::Loading { url } => {
                    replace_search(nav::with_param(
                        &location.search.get_untracked(),
                        "data",
                        Some(&url),
                    ));
                }
                Source::Failed { .. } => show_bundled(state),
                Source::Bundled => {}
            },
            Some(BUNDLED) => {
                show_bundled(state);
                replace_search(nav::with_param(
                    &location.search.get_untracked(),
                    "data",
                    None,
                ));
            }
            Some(url) => {
                let same = match &current {
                    Source::Loading { url: u }
                    | Source::External { url: u }
                    | Source::Failed { url: u, .. } => u == url,
                    Source::Bundled => false,
                };
                if !same {
                    start_loading(state, url.to_string());
                }
            }
        }
    });

    // Render the pages again only when the dataset itself changes (or loading starts or ends),
    // or the language: the bundled dataset has a copy per reader's language (data.rs).
    let lang = use_i18n().lang;
    let key = Memo::new(move |_| {
        let loading = state.source.with(|s| matches!(s, Source::Loading { .. }));
        (
            loading,
            state
                .external
                .with(|c| c.as_ref().map(|c| Arc::as_ptr(c) as usize)),
            lang.get(),
        )
    });
    // While an external dataset loads, its notice is what the app shows (a static page gives way
    // to it, see takeover.rs).
    Effect::new(move |_| {
        if key.get().0 {
            crate::takeover::app_ready();
        }
    });
    view! {
        <DatasetBanner/>
        {move || {
            let (loading, ..) = key.get();
            (!loading).then(|| untrack(|| children()))
        }}
    }
}

fn start_loading(state: DataState, url: String) {
    state.set_source(Source::Loading { url: url.clone() });
    let lang = use_i18n().lang.get_untracked();
    leptos::task::spawn_local(async move {
        let result = (external_datasets().await.load)(url.clone(), lang).await;
        // A newer choice made while this one loaded wins.
        if !state
            .source
            .with_untracked(|s| matches!(s, Source::Loading { url: u } if *u == url))
        {
            return;
        }
        match result {
            Ok(loaded) => {
                state.set_source(Source::External { url });
                state.overview.set(loaded.overview);
                state.external.set(Some(loaded.catalog));
            }
            Err(error) => {
                set_bundled_catalog(state);
                state.set_source(Source::Failed { url, error });
            }
        }
    });
}

fn show_bundled(state: DataState) {
    if state.source.with_untracked(|s| *s != Source::Bundled) {
        state.set_source(Source::Bundled);
    }
    set_bundled_catalog(state);
}

fn set_bundled_catalog(state: DataState) {
    if state.external.with_untracked(Option::is_some) {
        state.overview.set(Arc::new(data::bundled_overview()));
        state.external.set(None);
    }
}

/// What only a `?data=` needs: the loader (download, validation) and the banner with the
/// explanations of what can go wrong. In release builds both are behind one split point, so a
/// dataset given costs one chunk to fetch, and the first load has neither.
struct ExternalDatasets {
    load: fn(String, Lang) -> LoadFuture,
    banner: fn(DataState) -> AnyView,
}

type LoadFuture = Pin<Box<dyn Future<Output = Result<Loaded, LoadError>>>>;

#[cfg_attr(feature = "split", leptos::lazy)]
async fn external_datasets() -> ExternalDatasets {
    ExternalDatasets {
        load: |url, lang| Box::pin(external::load(url, lang)),
        banner,
    }
}

/// Says which data is shown when it is not the bundled data, or why a dataset was not used.
#[component]
fn DatasetBanner() -> impl IntoView {
    let state = use_context::<DataState>().expect("DatasetGate provides DataState");
    let shown = Memo::new(move |_| state.source.with(|s| *s != Source::Bundled));
    move || {
        shown
            .get()
            .then(|| Suspend::new(async move { (external_datasets().await.banner)(state) }))
    }
}

fn banner(state: DataState) -> AnyView {
    let i18n = use_i18n();
    let location = use_location();
    let back_href = move || {
        format!(
            "{}{}",
            location.pathname.get(),
            nav::with_param(&location.search.get(), "data", Some(BUNDLED))
        )
    };
    (move || {
        let lang = i18n.lang.get();
        let pt = platform_texts(lang);
        match state.source.get() {
            Source::Bundled => None,
            Source::Loading { url } => Some(
                view! { <div class="data-banner data-loading" role="status"><p>{(pt.data_loading)(&host_of(&url))}</p></div> }.into_any(),
            ),
            Source::External { url } => {
                let link = nav::safe_href(&url);
                Some(
                    view! {
                        <aside class="data-banner data-external" aria-label=(pt.data_showing)(&host_of(&url))>
                            <p>
                                <strong>{(pt.data_showing)(&host_of(&url))}</strong>
                                " (" {match link {
                                    Some(href) => view! { <a href=href rel="noopener" class="external data-url">{url.clone()}</a> }.into_any(),
                                    None => view! { <span class="data-url">{url.clone()}</span> }.into_any(),
                                }} ")"
                            </p>
                            <p class="muted">{pt.data_showing_note}</p>
                            <p><a class="data-back" href=back_href>{pt.data_back}</a></p>
                        </aside>
                    }
                    .into_any(),
                )
            }
            Source::Failed { url, error } => {
                let problems = match &error {
                    LoadError::Invalid { problems } => problems.clone(),
                    _ => Vec::new(),
                };
                let more = problems.len().saturating_sub(MAX_PROBLEMS_SHOWN);
                let host = if url.starts_with("https://") { host_of(&url) } else { url.clone() };
                Some(
                    view! {
                        <div class="data-banner data-error" role="alert">
                            <p><strong>{(pt.data_failed)(&host)}</strong></p>
                            <p class="data-error-message">{error.explain(lang)}</p>
                            {(!problems.is_empty()).then(|| view! {
                                <p class="data-problems-label">{pt.data_problems} ":"</p>
                                <ul class="data-problems">
                                    {problems.into_iter().take(MAX_PROBLEMS_SHOWN).map(|p| view! {
                                        <li><code>{p.path}</code> ": " {p.message}</li>
                                    }).collect_view()}
                                    {(more > 0).then(|| view! { <li>"\u{2026} (+" {more} ")"</li> })}
                                </ul>
                            })}
                            <p>{pt.data_failed_bundled} " " <a class="data-back" href=back_href>{pt.data_back}</a></p>
                        </div>
                    }
                    .into_any(),
                )
            }
        }
    })
    .into_any()
}

/// The "Open a dataset" form: shows the dataset at an https address instead of the bundled one.
#[component]
pub fn OpenDataset() -> impl IntoView {
    let i18n = use_i18n();
    let navigate = use_navigate();
    let input: NodeRef<leptos::html::Input> = NodeRef::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let url = input.get().map(|i| i.value()).unwrap_or_default();
        let url = url.trim();
        if !url.is_empty() {
            navigate(
                &format!("/{}", nav::with_param("", "data", Some(url))),
                Default::default(),
            );
        }
    };
    let pt = move || platform_texts(i18n.lang.get());
    view! {
        <section class="open-dataset" aria-labelledby="open-dataset-heading">
            <h2 id="open-dataset-heading">{move || pt().open_heading}</h2>
            <p>{move || (pt().open_intro)(&max_size_label())}</p>
            <form class="search-box" on:submit=on_submit>
                <label for="open-dataset-url">{move || pt().open_label}</label>
                <div class="search-row">
                    <input id="open-dataset-url" name="data" type="url" required autocomplete="url" placeholder="https://" node_ref=input/>
                    <button type="submit">{move || pt().open_button}</button>
                </div>
            </form>
        </section>
    }
}
