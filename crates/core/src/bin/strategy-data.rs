//! `strategy-data`: checks the data files and exports them as open data.
//!
//! ```text
//! strategy-data check DATA_DIR
//! strategy-data export DATA_DIR OUT_DIR
//! strategy-data synth DATA_DIR FACTOR SEED OUT_FILE
//! ```
//!
//! `check` prints every problem in the data (file, line or field path, what is wrong) and exits
//! with status 1 if there is any. `export` does the same check, then writes the dataset as JSON,
//! its SDG links as CSV and the JSON Schema of the format into OUT_DIR. `synth` writes a
//! synthetic dataset FACTOR times the size of the data (for benchmarks; see
//! `strategy_core::synth`), deterministic from SEED.

use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use strategy_core::export::{
    dataset_json, schema_json, sdg_links_csv, DATASET_FILE, SCHEMA_FILE, SDG_LINKS_FILE,
};
use strategy_core::load::{load_dir, DataError};
use strategy_core::suggest::{suggest_dataset, Lexicon};

const USAGE: &str = "usage:
  strategy-data check DATA_DIR            validate the data files; exit 1 on any problem
  strategy-data export DATA_DIR OUT_DIR   validate, then write open data files into OUT_DIR:
      strategy-explorer-data.json   the dataset (the format external datasets use)
      sdg-links.csv                 one row per SDG link, with basis, reason and sources
      strategy-explorer.schema.json JSON Schema of the dataset format
  strategy-data synth DATA_DIR FACTOR SEED OUT_FILE
      write a synthetic dataset FACTOR times the data (every strategy copied, marked
      \"[synthetic k]\", wording varied deterministically from SEED) as JSON, for benchmarks";

#[derive(Debug)]
enum Command {
    Check {
        data: PathBuf,
    },
    Export {
        data: PathBuf,
        out: PathBuf,
    },
    Synth {
        data: PathBuf,
        factor: usize,
        seed: u64,
        out: PathBuf,
    },
    Help,
}

#[derive(Debug)]
enum Error {
    Usage(String),
    Data(DataError),
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    Lexicon {
        path: PathBuf,
        message: String,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(message) => write!(f, "{message}\n\n{USAGE}"),
            Error::Data(err) => write!(f, "{err}"),
            Error::Write { path, source } => write!(f, "cannot write {}: {source}", path.display()),
            Error::Lexicon { path, message } => write!(
                f,
                "{}: the SDG lexicon cannot be used: {message}",
                path.display()
            ),
        }
    }
}

fn parse_args(args: &[OsString]) -> Result<Command, Error> {
    let Some((cmd, rest)) = args.split_first() else {
        return Err(Error::Usage("no command given".into()));
    };
    match (cmd.to_str(), rest) {
        (Some("-h" | "--help" | "help"), []) => Ok(Command::Help),
        (Some("check"), [data]) => Ok(Command::Check { data: data.into() }),
        (Some("export"), [data, out]) => Ok(Command::Export {
            data: data.into(),
            out: out.into(),
        }),
        (Some("synth"), [data, factor, seed, out]) => {
            let number = |arg: &OsString, what: &str| {
                arg.to_str()
                    .and_then(|s| s.parse::<u64>().ok())
                    .ok_or_else(|| {
                        Error::Usage(format!(
                            "synth: {what} must be a whole number, not \"{}\"",
                            arg.to_string_lossy()
                        ))
                    })
            };
            let factor = number(factor, "FACTOR")?;
            if factor == 0 {
                return Err(Error::Usage("synth: FACTOR must be at least 1".into()));
            }
            Ok(Command::Synth {
                data: data.into(),
                factor: factor as usize,
                seed: number(seed, "SEED")?,
                out: out.into(),
            })
        }
        (Some("synth"), _) => Err(Error::Usage(
            "synth takes four arguments: the data folder, the factor, the seed and the output file"
                .into(),
        )),
        (Some("check"), _) => Err(Error::Usage(
            "check takes one argument, the data folder".into(),
        )),
        (Some("export"), _) => Err(Error::Usage(
            "export takes two arguments, the data folder and the output folder".into(),
        )),
        _ => Err(Error::Usage(format!(
            "unknown command \"{}\"",
            cmd.to_string_lossy()
        ))),
    }
}

fn write(path: PathBuf, contents: &str) -> Result<(), Error> {
    std::fs::write(&path, contents).map_err(|source| Error::Write { path, source })
}

fn export(data_dir: &Path, out: &Path) -> Result<String, Error> {
    let data = load_dir(data_dir).map_err(Error::Data)?;
    std::fs::create_dir_all(out).map_err(|source| Error::Write {
        path: out.to_path_buf(),
        source,
    })?;
    write(out.join(DATASET_FILE), &dataset_json(&data))?;
    let lexicon_path = data_dir.join("lexicon.toml");
    let lexicon = std::fs::read_to_string(&lexicon_path)
        .map_err(|e| e.to_string())
        .and_then(|text| Lexicon::from_toml(&text).map_err(|e| e.to_string()))
        .map_err(|message| Error::Lexicon {
            path: lexicon_path.clone(),
            message,
        })?;
    write(
        out.join(SDG_LINKS_FILE),
        &sdg_links_csv(&data, &suggest_dataset(&lexicon, &data)),
    )?;
    write(out.join(SCHEMA_FILE), &schema_json())?;
    Ok(format!(
        "wrote {DATASET_FILE}, {SDG_LINKS_FILE} and {SCHEMA_FILE} to {} ({} strategies)",
        out.display(),
        data.strategies.len()
    ))
}

fn run(args: &[OsString]) -> Result<String, Error> {
    match parse_args(args)? {
        Command::Help => Ok(USAGE.to_string()),
        Command::Check { data } => {
            let data = load_dir(&data).map_err(Error::Data)?;
            Ok(format!(
                "ok: {} strategies, {} regions, no problems",
                data.strategies.len(),
                data.regions.len()
            ))
        }
        Command::Export { data, out } => export(&data, &out),
        Command::Synth {
            data,
            factor,
            seed,
            out,
        } => {
            let base = load_dir(&data).map_err(Error::Data)?;
            let big = strategy_core::synth::synthesize(&base, factor, seed);
            write(out.clone(), &dataset_json(&big))?;
            Ok(format!(
                "wrote {} ({} strategies, {factor} x the data, seed {seed})",
                out.display(),
                big.strategies.len()
            ))
        }
    }
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    match run(&args) {
        Ok(message) => {
            println!("{message}");
            ExitCode::SUCCESS
        }
        Err(err @ Error::Usage(_)) => {
            eprintln!("strategy-data: {err}");
            ExitCode::from(2)
        }
        Err(err) => {
            eprintln!("strategy-data: {err}");
            ExitCode::FAILURE
        }
    }
}
