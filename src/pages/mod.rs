//! One route component per file. The home page and the Not Found page are in the first
//! download; every other page is a lazy route: with the `split` feature (release builds, see
//! scripts/build-wasm.sh) its code goes into a separate wasm chunk that is fetched the first
//! time the page is shown, which keeps the home page's first load small.

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

/// Declares `$route`, a [`leptos_router::LazyRoute`] that shows the page component `$page`
/// once the catalog of the dataset shown is loaded, with the catalog in its context
/// ([`crate::data::use_catalog`]). `$render` is the page's renderer: with the `split` feature a
/// split point, so the page's code and the dataset are fetched side by side. Without it (tests,
/// `trunk serve`) the same route is built into the one module, so every build renders pages
/// through the same asynchronous route path.
macro_rules! lazy_page {
    ($($route:ident($render:ident) => $page:ident),* $(,)?) => {$(
        pub struct $route;

        impl leptos_router::LazyRoute for $route {
            fn data() -> Self {
                $route
            }

            // The router awaits this before it shows the route, so that `view` finds both at
            // hand and renders at once: a route still loading when the address changes again
            // (back during a reload, say) could otherwise be left blank.
            async fn preload() {
                futures::future::join(crate::data::shown_catalog(), $render()).await;
            }

            async fn view(_this: Self) -> leptos::prelude::AnyView {
                let (catalog, render) = futures::future::join(crate::data::shown_catalog(), $render()).await;
                leptos::prelude::provide_context(catalog);
                render()
            }
        }

        #[cfg_attr(feature = "split", leptos::lazy)]
        async fn $render() -> fn() -> leptos::prelude::AnyView {
            let render: fn() -> leptos::prelude::AnyView = || leptos::prelude::IntoAny::into_any($page());
            render
        }
    )*};
}

lazy_page! {
    StrategyRoute(strategy_page) => StrategyPage,
    PartRoute(part_page) => PartPage,
    ItemRoute(item_page) => ItemPage,
    ExploreRoute(explore_page) => ExplorePage,
    SdgIndexRoute(sdg_index_page) => SdgIndexPage,
    SdgGoalRoute(sdg_goal_page) => SdgGoalPage,
    CompareRoute(compare_page) => ComparePage,
    TimelineRoute(timeline_page) => TimelinePage,
    AboutRoute(about_page) => AboutPage,
    AccessibilityRoute(accessibility_page) => AccessibilityPage,
}
