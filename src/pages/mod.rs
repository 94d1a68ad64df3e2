//! One route component per file. The home page and the Not Found page are in the first
//! download; every other page is a lazy route: with the `split` feature (release builds, see
//! scripts/build-wasm.sh) their code goes into a separate wasm chunk that is fetched the first
//! time one of them is shown, which keeps the home page's first load small.

mod about;
mod accessibility;
mod compare;
mod explore;
mod home;
mod item;
mod not_found;
mod part;
mod sdg_goal;
mod sdg_index;
mod strategy;
mod timeline;

pub use about::AboutPage;
pub use accessibility::AccessibilityPage;
pub use compare::ComparePage;
pub use explore::ExplorePage;
pub use home::HomePage;
pub use item::ItemPage;
pub use not_found::NotFoundPage;
pub use part::PartPage;
pub use sdg_goal::SdgGoalPage;
pub use sdg_index::SdgIndexPage;
pub use strategy::StrategyPage;
pub use timeline::TimelinePage;

use leptos::prelude::{provide_context, AnyView, GetUntracked, IntoAny};
use std::sync::Arc;
use strategy_core::catalog::Catalog;
use strategy_core::model::Lang;

/// Declares the lazy routes: for each `$name: $route => $page`, a [`leptos_router::LazyRoute`]
/// `$route` that shows the page component `$page` with the catalog of the dataset shown in its
/// context ([`crate::data::use_catalog`]).
///
/// The pages come in groups, each behind one split point (`$group`): with the `split` feature a
/// first visit to a page fetches its group's chunk, which also holds the bundled dataset's
/// reader (the dataset itself is a file, [`crate::data`]), rather than a chain of many small
/// chunks, one per combination of pages that share code. Round trips, more than bytes, made
/// deep links slow on a mobile connection. Without the feature (tests, `trunk serve`) the same
/// routes are built into the one module, so every build renders pages through the same
/// asynchronous route path.
macro_rules! lazy_pages {
    ($($(#[$doc:meta])* $group:ident: [$($name:ident: $route:ident => $page:ident),* $(,)?]),* $(,)?) => {
        /// Which page a group's renderer is asked for.
        #[derive(Clone, Copy)]
        enum Page {
            $($($name,)*)*
        }

        /// A page's code and the dataset it shows (the reader's language's copy).
        async fn load(page: Page) -> Rendered {
            let lang = crate::i18n::use_i18n().lang.get_untracked();
            match page {
                $($(Page::$name)|* => $group(page, crate::data::external_catalog(), lang).await,)*
            }
        }

        $(
            $(#[$doc])*
            #[cfg_attr(feature = "split", leptos::lazy)]
            async fn $group(page: Page, external: Option<Arc<Catalog>>, lang: Lang) -> Rendered {
                let render: fn() -> AnyView = match page {
                    $(Page::$name => || IntoAny::into_any($page()),)*
                    #[allow(unreachable_patterns)]
                    _ => unreachable!("each route asks its own group"),
                };
                Rendered {
                    render,
                    catalog: match external {
                        Some(catalog) => catalog,
                        None => crate::data::bundled(lang).await,
                    },
                }
            }

            $(
                pub struct $route;

                impl leptos_router::LazyRoute for $route {
                    fn data() -> Self {
                        $route
                    }

                    // The router awaits this before it shows the route, so that `view` finds
                    // the code and the data at hand and renders at once: a route still loading
                    // when the address changes again (back during a reload, say) could
                    // otherwise be left blank.
                    async fn preload() {
                        load(Page::$name).await;
                    }

                    async fn view(_this: Self) -> AnyView {
                        let Rendered { render, catalog } = load(Page::$name).await;
                        provide_context(catalog);
                        render()
                    }
                }
            )*
        )*
    };
}

/// A page's renderer and the catalog it shows.
struct Rendered {
    render: fn() -> AnyView,
    catalog: Arc<Catalog>,
}

lazy_pages! {
    /// The explore page: search with its stemmers and the facets are most of its code, which no
    /// other page needs.
    explore_group: [Explore: ExploreRoute => ExplorePage],
    /// Every other page.
    page_group: [
        Strategy: StrategyRoute => StrategyPage,
        Part: PartRoute => PartPage,
        Item: ItemRoute => ItemPage,
        SdgIndex: SdgIndexRoute => SdgIndexPage,
        SdgGoal: SdgGoalRoute => SdgGoalPage,
        Compare: CompareRoute => ComparePage,
        Timeline: TimelineRoute => TimelinePage,
        About: AboutRoute => AboutPage,
        Accessibility: AccessibilityRoute => AccessibilityPage,
    ],
}
