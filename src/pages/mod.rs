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
pub use not_found::NotFoundPage;
pub use item::ItemPage;
pub use part::PartPage;
pub use sdg_goal::SdgGoalPage;
pub use sdg_index::SdgIndexPage;
pub use strategy::StrategyPage;
pub use timeline::TimelinePage;

/// Declares `$route`, a [`leptos_router::LazyRoute`] that shows the page component `$page`.
/// Without the `split` feature (tests, `trunk serve`) the same route is built into the one
/// module, so every build renders pages through the same asynchronous route path.
macro_rules! lazy_page {
    ($($route:ident => $page:ident),* $(,)?) => {$(
        pub struct $route;

        #[cfg(feature = "split")]
        #[leptos_router::lazy_route]
        impl leptos_router::LazyRoute for $route {
            fn data() -> Self {
                $route
            }
            fn view(_this: Self) -> leptos::prelude::AnyView {
                leptos::prelude::IntoAny::into_any($page())
            }
        }

        #[cfg(not(feature = "split"))]
        impl leptos_router::LazyRoute for $route {
            fn data() -> Self {
                $route
            }
            async fn view(_this: Self) -> leptos::prelude::AnyView {
                leptos::prelude::IntoAny::into_any($page())
            }
        }
    )*};
}

lazy_page! {
    StrategyRoute => StrategyPage,
    PartRoute => PartPage,
    ItemRoute => ItemPage,
    ExploreRoute => ExplorePage,
    SdgIndexRoute => SdgIndexPage,
    SdgGoalRoute => SdgGoalPage,
    CompareRoute => ComparePage,
    TimelineRoute => TimelinePage,
    AboutRoute => AboutPage,
    AccessibilityRoute => AccessibilityPage,
}
