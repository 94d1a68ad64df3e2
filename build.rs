//! Validates the bundled data and embeds it: a broken data file fails the build with the
//! file, the place and what is wrong, so a broken or unsourced dataset can never ship.

use std::path::Path;

fn main() {
    let data_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    println!("cargo:rerun-if-changed={}", data_dir.display());
    let dataset = match strategy_core::load::load_dir(&data_dir) {
        Ok(dataset) => dataset,
        Err(err) => {
            // Cargo shows a failed build script's output; one problem a line, then stop.
            for problem in &err.0 {
                println!("cargo:warning={problem}");
                eprintln!("error: {problem}");
            }
            eprintln!("error: the data in {} is not valid ({} problem(s)); see docs/data-format.md", data_dir.display(), err.0.len());
            std::process::exit(1);
        }
    };
    let out = Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.json");
    let json = serde_json::to_string(&dataset).expect("the dataset serialises");
    std::fs::write(&out, json).unwrap_or_else(|err| panic!("cannot write {}: {err}", out.display()));
}
