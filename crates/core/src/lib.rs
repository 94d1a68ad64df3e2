//! Strategy Explorer's core: the data model, validation, search and SDG logic as plain Rust,
//! shared by the web app, its build script and the command-line tools.

pub mod load;
pub mod model;
pub mod validate;
pub mod export;
