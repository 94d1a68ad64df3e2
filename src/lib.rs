//! Strategy Explorer: a Leptos single-page app over the bundled strategy data.
//! `main.rs` only starts it ([`takeover::start`] mounts [`App`]); everything lives here so tests
//! can use it.

pub mod app;
pub mod components;
pub mod data;
pub mod dataset_ui;
pub mod debounce;
pub mod embed;
pub mod external;
pub mod i18n;
pub mod load_error;
pub mod nav;
pub mod offline;
pub mod pages;
pub mod print;
pub mod takeover;

pub use app::App;
