//! One route component per file.

mod about;
mod home;
mod item;
mod not_found;
mod part;
mod strategy;

pub use about::AboutPage;
pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use item::ItemPage;
pub use part::PartPage;
pub use strategy::StrategyPage;
