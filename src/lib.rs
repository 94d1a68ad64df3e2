//! Strategy Explorer: a Leptos single-page app over the bundled strategy data.
//! `main.rs` only mounts [`App`]; everything lives here so tests can use it.

pub mod app;
pub mod components;
pub mod data;
pub mod i18n;
pub mod nav;
pub mod pages;

pub use app::App;
