//! Validates the bundled data and embeds it: a broken data file fails the build with the
//! file, the place and what is wrong, so a broken or unsourced dataset can never ship. It also
//! writes what the home page shows of the data as Rust code (`overview.rs`, see src/data.rs).
//!
//! The data is `data/` (TOML files), unless `STRATEGY_EXPLORER_DATASET` names a JSON file in the
//! published format (as `strategy-data export` and `strategy-data synth` write it): then that
//! dataset is checked with the same rules and bundled instead. The benchmark bundle with the
//! synthetic 100x dataset is built this way (`scripts/bench.sh`).

use std::path::Path;

fn main() {
    let data_dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data");
    println!("cargo:rerun-if-changed={}", data_dir.display());
    println!("cargo:rerun-if-env-changed=STRATEGY_EXPLORER_DATASET");
    let (what, loaded) =
        match std::env::var_os("STRATEGY_EXPLORER_DATASET").filter(|v| !v.is_empty()) {
            Some(json_path) => {
                let json_path = std::path::PathBuf::from(json_path);
                println!("cargo:rerun-if-changed={}", json_path.display());
                let name = json_path.display().to_string();
                let loaded = std::fs::read_to_string(&json_path)
                    .map_err(|err| {
                        strategy_core::load::DataError(vec![strategy_core::load::Located {
                            file: name.clone(),
                            line: None,
                            problem: strategy_core::validate::Problem {
                                path: "(file)".into(),
                                message: format!("cannot be read: {err}"),
                            },
                        }])
                    })
                    .and_then(|json| strategy_core::load::parse_json(&name, &json));
                (name, loaded)
            }
            None => (
                data_dir.display().to_string(),
                strategy_core::load::load_dir(&data_dir),
            ),
        };
    let dataset = match loaded {
        Ok(dataset) => dataset,
        Err(err) => {
            // Cargo shows a failed build script's output; one problem a line, then stop.
            for problem in &err.0 {
                println!("cargo:warning={problem}");
                eprintln!("error: {problem}");
            }
            eprintln!(
                "error: the data in {what} is not valid ({} problem(s)); see docs/data-format.md",
                err.0.len()
            );
            std::process::exit(1);
        }
    };
    // Suggestions from the wording are computed here, once, so the app ships their results
    // and not the lexicon and its matching engine. Every lexicon term must be traceable to the
    // target text it comes from, or be marked as added by hand.
    let targets_path = data_dir.join("sdg-targets.toml");
    let targets = std::fs::read_to_string(&targets_path)
        .map_err(|err| err.to_string())
        .and_then(|text| {
            strategy_core::targets::Targets::from_toml(&text).map_err(|err| err.to_string())
        })
        .unwrap_or_else(|message| {
            eprintln!(
                "error: {}: the SDG targets cannot be used: {message}",
                targets_path.display()
            );
            std::process::exit(1);
        });
    let lexicon_path = data_dir.join("lexicon.toml");
    let lexicon = std::fs::read_to_string(&lexicon_path)
        .map_err(|err| err.to_string())
        .and_then(|text| {
            let source = strategy_core::suggest::LexiconSource::from_toml(&text)
                .map_err(|err| err.to_string())?;
            source
                .check_origins(&targets)
                .map_err(|err| err.to_string())?;
            strategy_core::suggest::Lexicon::new(&source).map_err(|err| err.to_string())
        })
        .unwrap_or_else(|message| {
            eprintln!(
                "error: {}: the SDG lexicon cannot be used: {message}",
                lexicon_path.display()
            );
            std::process::exit(1);
        });
    let suggestions = strategy_core::suggest::suggest_dataset(&lexicon, &dataset);
    // The official texts of the targets the suggestions name, and only those: the app shows
    // them next to the suggestion, in the reader's language where we have it.
    let named: std::collections::BTreeSet<&str> = suggestions
        .iter()
        .flat_map(|e| e.suggestions.iter().filter_map(|s| s.target.as_deref()))
        .collect();
    let suggested_targets: Vec<&strategy_core::targets::TargetText> =
        named.iter().filter_map(|id| targets.get(id)).collect();
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    // One copy per reader's language (strategy_core::reader): a page fetches only its own. In
    // the compact form (strategy_core::compact), whose reader is far smaller in the wasm.
    for lang in strategy_core::model::Lang::ALL {
        let reader = strategy_core::reader::for_reader(&dataset, lang);
        let path = out_dir.join(format!("dataset-{}.bin", lang.code()));
        std::fs::write(&path, strategy_core::compact::to_bytes(&reader))
            .unwrap_or_else(|err| panic!("cannot write {}: {err}", path.display()));
    }
    write_json(&out_dir.join("suggestions.json"), &suggestions);
    write_json(&out_dir.join("suggested-targets.json"), &suggested_targets);
    // What the home page shows, as Rust code: the first load needs neither the dataset nor
    // its JSON reader (src/data.rs).
    let today = build_date();
    let overview = strategy_core::overview::Overview::of(&strategy_core::catalog::Catalog::new(
        dataset, today,
    ));
    let code = strategy_core::bake::to_rust(&overview);
    let path = out_dir.join("overview.rs");
    std::fs::write(&path, code)
        .unwrap_or_else(|err| panic!("cannot write {}: {err}", path.display()));
}

/// The day the statuses are for: `STRATEGY_EXPLORER_BUILD_DATE` (YYYY-MM-DD; scripts/build.sh
/// sets it to the day it runs, so a new day rebuilds), else `SOURCE_DATE_EPOCH`, else the clock.
/// The app reads it back (`env!`) for the dataset it loads, so the baked home page and every
/// other page agree on the same day.
fn build_date() -> strategy_core::status::Day {
    println!("cargo:rerun-if-env-changed=STRATEGY_EXPLORER_BUILD_DATE");
    println!("cargo:rerun-if-env-changed=SOURCE_DATE_EPOCH");
    let given = std::env::var("STRATEGY_EXPLORER_BUILD_DATE").ok();
    let today = match given.as_deref().filter(|d| !d.is_empty()) {
        Some(date) => strategy_core::status::parse_day(date).unwrap_or_else(|message| {
            eprintln!("error: STRATEGY_EXPLORER_BUILD_DATE: {message}");
            std::process::exit(1);
        }),
        None => {
            let seconds = std::env::var("SOURCE_DATE_EPOCH")
                .ok()
                .and_then(|s| s.parse::<i64>().ok())
                .unwrap_or_else(|| {
                    std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map_or(0, |d| d.as_secs() as i64)
                });
            strategy_core::status::day_from_unix(seconds)
        }
    };
    let (y, m, d) = today;
    println!("cargo:rustc-env=STRATEGY_EXPLORER_BUILD_DATE={y:04}-{m:02}-{d:02}");
    today
}

fn write_json(path: &Path, value: &impl serde::Serialize) {
    let json = serde_json::to_string(value).expect("the data serialises");
    std::fs::write(path, json)
        .unwrap_or_else(|err| panic!("cannot write {}: {err}", path.display()));
}
