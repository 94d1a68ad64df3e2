//! One route component per file.

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
