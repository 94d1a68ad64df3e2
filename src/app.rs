//! The app shell: router, header with navigation and language switch, footer, and the
//! announcement and focus move that follow every route change.

use crate::components::PagesShown;
use crate::data;
use crate::dataset_ui::DatasetGate;
use crate::embed::{EmbedBar, EmbedThisView};
use crate::i18n::{provide_i18n, save_lang, tr, use_i18n};
use crate::nav;
use crate::offline::UpdateBanner;
use crate::pages::*;
use crate::print::{PrintAction, PrintFooter, PrintView};
use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::{path, Lazy};
use strategy_core::model::Lang;

#[component]
pub fn App() -> impl IntoView {
    // The shown dataset: bundled, or an external one chosen with `?data=` (see dataset_ui.rs).
    data::provide_data_state();
    // Embedded views (`{base}/embed/…`) use the same routes under the router base `{base}/embed`.
    if nav::embedded() {
        crate::embed::prepare_document();
    }
    view! {
        <Router base=nav::router_base()>
            <Shell/>
        </Router>
    }
}

#[component]
fn Shell() -> impl IntoView {
    provide_i18n();
    PrintView::provide();
    let pages_shown = PagesShown::provide();
    // On a page that arrived as static HTML, the app takes its place once its page is complete.
    Effect::new(move |_| {
        if pages_shown.0.get() > 0 {
            crate::takeover::app_ready();
        }
    });
    let embedded = nav::embedded();
    crate::embed::follow_theme_param();
    if embedded {
        crate::embed::report_height();
    }
    view! {
        {(!embedded).then(|| view! {
        <a class="skip-link" href="#main">{tr(|t| t.skip_to_content)}</a>
        <header class="site-header">
            <div class="header-inner">
                <a class="brand" href=nav::href("/")>"Strategy Explorer"</a>
                <span class="tagline">{tr(|t| t.tagline)}</span>
                <LanguageSwitch/>
            </div>
            <nav class="main-nav" aria-label=tr(|t| t.nav_label)>
                <ul>
                    <NavLink path="/" label=tr(|t| t.nav_home)/>
                    <NavLink path="/explore" label=tr(|t| t.nav_explore)/>
                    <NavLink path="/sdg" label=tr(|t| t.nav_sdgs)/>
                    <NavLink path="/compare" label=tr(|t| t.nav_compare)/>
                    <NavLink path="/timeline" label=tr(|t| t.nav_timeline)/>
                    <NavLink path="/about" label=tr(|t| t.nav_about)/>
                </ul>
            </nav>
        </header>
        })}
        <main id="main" tabindex="-1">
            <DatasetGate>
            <Routes fallback=NotFoundPage>
                <Route path=path!("/") view=HomePage/>
                <Route path=path!("/strategy/:id") view={Lazy::<StrategyRoute>::new()}/>
                <Route path=path!("/strategy/:id/:part") view={Lazy::<PartRoute>::new()}/>
                <Route path=path!("/strategy/:id/:part/:item") view={Lazy::<ItemRoute>::new()}/>
                <Route path=path!("/explore") view={Lazy::<ExploreRoute>::new()}/>
                <Route path=path!("/sdg") view={Lazy::<SdgIndexRoute>::new()}/>
                <Route path=path!("/sdg/:n") view={Lazy::<SdgGoalRoute>::new()}/>
                <Route path=path!("/compare") view={Lazy::<CompareRoute>::new()}/>
                <Route path=path!("/timeline") view={Lazy::<TimelineRoute>::new()}/>
                <Route path=path!("/about") view={Lazy::<AboutRoute>::new()}/>
                <Route path=path!("/accessibility") view={Lazy::<AccessibilityRoute>::new()}/>
            </Routes>
            </DatasetGate>
        </main>
        {(!embedded).then(|| view! {
        <footer class="site-footer">
            <p>{tr(|t| t.footer_note)}</p>
            <p><a href=nav::href("/about")>{tr(|t| t.footer_about)}</a> " · " <a href=nav::href("/accessibility")>{tr(|t| t.footer_accessibility)}</a></p>
            <PrintAction/>
            <EmbedThisView/>
        </footer>
        <PrintFooter/>
        <UpdateBanner/>
        })}
        {embedded.then(|| view! { <EmbedBar/> })}
        <RouteAnnouncer pages_shown/>
    }
}

/// A main navigation link, marked as current on its own section.
#[component]
fn NavLink(
    path: &'static str,
    label: impl Fn() -> &'static str + Send + Sync + 'static,
) -> impl IntoView {
    let location = use_location();
    let href = nav::href(path);
    let current = move || {
        let here = location.pathname.get();
        let here = here.strip_prefix(nav::base()).unwrap_or(&here).to_string();
        let active = if path == "/" {
            here == "/" || here.is_empty()
        } else {
            here == path || here.starts_with(&format!("{path}/"))
        };
        active.then_some("page")
    };
    view! { <li><a href=href aria-current=current>{label}</a></li> }
}

/// Links to the current view in each language (its page under the language's path prefix);
/// choosing one is remembered.
#[component]
fn LanguageSwitch() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    view! {
        <nav class="lang-switch" aria-label=tr(|t| t.choose_language)>
            <ul>
                {Lang::ALL.into_iter().map(|lang| {
                    let href = move || nav::in_lang(lang, &location.pathname.get(), &location.search.get());
                    let current = move || (i18n.lang.get() == lang).then_some("true");
                    // rel="external": the router leaves the click to the browser, which loads the
                    // page of that language (its own static HTML, under another router base).
                    view! {
                        <li><a href=href hreflang=lang.code() lang=lang.code() rel="external" aria-current=current on:click=move |_| save_lang(lang)>
                            {crate::i18n::texts(lang).lang_name}
                        </a></li>
                    }
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// After each route change (not the first load), moves focus to the new page's heading and
/// announces the page through a polite live region, as screen-reader users expect. It waits
/// until the new page is shown, since a lazy route's code may still be loading.
#[component]
fn RouteAnnouncer(pages_shown: PagesShown) -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let (message, set_message) = signal(String::new());
    Effect::new(move |previous: Option<RouteWatch>| {
        let now = RouteWatch {
            path: location.pathname.get(),
            pages_shown: pages_shown.0.get(),
            waiting: false,
        };
        let Some(previous) = previous else {
            return now;
        };
        let (next, page_arrived) = previous.follow(now);
        if page_arrived {
            request_animation_frame(move || {
                let document = document();
                if let Some(h1) = document.query_selector("main h1").ok().flatten() {
                    let _ = h1.set_attribute("tabindex", "-1");
                    if let Ok(h1) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(h1) {
                        let _ = h1.focus();
                        set_message.set(format!("{}: {}", i18n.t().page_loaded, h1.inner_text()));
                    }
                }
            });
        }
        next
    });
    view! { <div class="visually-hidden" role="status" aria-live="polite" id="route-announcer">{message}</div> }
}

/// What the route announcer remembers from one run to the next.
struct RouteWatch {
    path: String,
    /// How many pages the router has shown so far (`PagesShown`).
    pages_shown: u32,
    /// The path changed and its page is not shown yet (a lazy route still loading).
    waiting: bool,
}

impl RouteWatch {
    /// The state after `now`, and whether the page of a route change has just been shown.
    fn follow(self, now: RouteWatch) -> (RouteWatch, bool) {
        let waiting = self.waiting || self.path != now.path;
        let arrived = waiting && now.pages_shown != self.pages_shown;
        let next = RouteWatch {
            waiting: waiting && !arrived,
            ..now
        };
        (next, arrived)
    }
}
