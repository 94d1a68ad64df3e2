//! Strategy Explorer's core: the data model, validation, search and SDG logic as plain Rust,
//! shared by the web app, its build script and the command-line tools.

#[cfg(feature = "bake")]
pub mod bake;
pub mod catalog;
pub mod compact;
pub mod compare;
#[cfg(feature = "export")]
pub mod export;
pub mod filter;
pub mod html;
pub mod load;
pub mod model;
pub mod overview;
pub mod query;
pub mod reader;
pub mod sdg;
pub mod search;
pub mod share;
pub mod status;
pub mod suggest;
pub mod synth;
pub mod targets;
#[cfg(test)]
mod testutil;
pub mod text;
pub mod timeline;
pub mod validate;
