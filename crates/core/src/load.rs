//! Reading datasets: the bundled TOML files (native, at build time) and external JSON
//! datasets (in the browser). Both end in [`validate`], so both obey the same rules.

use crate::model::Dataset;
use crate::validate::{validate, Problem};
use std::fmt;

/// A problem located in a file (or in an external dataset, whose `file` is its URL).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Located {
    pub file: String,
    /// 1-based line, when the parser knows it.
    pub line: Option<usize>,
    pub problem: Problem,
}

impl fmt::Display for Located {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.problem),
            None => write!(f, "{}: {}", self.file, self.problem),
        }
    }
}

/// Why a dataset could not be used: every problem found, not just the first.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{} problem(s) in the data:\n{}", .0.len(), .0.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n"))]
pub struct DataError(pub Vec<Located>);

/// Parses and validates an external dataset in the published JSON format.
pub fn parse_json(name: &str, json: &str) -> Result<Dataset, DataError> {
    let data = parse_json_unvalidated(name, json)?;
    let problems = validate(&data);
    if problems.is_empty() {
        Ok(data)
    } else {
        Err(DataError(
            problems
                .into_iter()
                .map(|problem| Located {
                    file: name.to_string(),
                    line: None,
                    problem,
                })
                .collect(),
        ))
    }
}

/// Parses a dataset in the published JSON format without validating it: for data validated
/// elsewhere (the app's bundled data, checked at build time). The web app reads both its bundled
/// data and external datasets through this one function, so its wasm holds one JSON reader for
/// datasets instead of two.
pub fn parse_json_unvalidated(name: &str, json: &str) -> Result<Dataset, DataError> {
    serde_json::from_str(json).map_err(|err| {
        let line = err.line();
        let path = if err.is_syntax() || err.is_eof() {
            "(syntax)".to_string()
        } else {
            json_path_at(json, line, err.column())
        };
        DataError(vec![Located {
            file: name.to_string(),
            line: (line > 0).then_some(line),
            problem: Problem {
                path,
                message: err.to_string(),
            },
        }])
    })
}

/// The JSON path (`strategies[2].parts[0].title`) of the place serde_json reported an error at
/// (1-based line and column). serde_json reports a value's error after the value, an unknown
/// field after its key, and a missing field after the object's closing brace, so the containers
/// open at that point and the last key read name the place.
///
/// The path is worked out from the text instead of by tracking the deserializer
/// (serde_path_to_error), whose wrapper around every field made the wasm's dataset reader
/// about twice as large.
fn json_path_at(json: &str, line: usize, column: usize) -> String {
    enum Frame {
        Object {
            key: Option<String>,
            expect_key: bool,
        },
        Array {
            index: usize,
        },
    }
    let line_start = json
        .split_inclusive('\n')
        .take(line.saturating_sub(1))
        .map(str::len)
        .sum::<usize>();
    let end = (line_start + column).min(json.len());
    let bytes = &json.as_bytes()[..end];
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => {
                let start = i + 1;
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                if let Some(Frame::Object { key, expect_key }) = stack.last_mut() {
                    if *expect_key {
                        *key = Some(
                            String::from_utf8_lossy(&bytes[start..i.min(bytes.len())]).into_owned(),
                        );
                        *expect_key = false;
                    }
                }
            }
            b'{' => stack.push(Frame::Object {
                key: None,
                expect_key: true,
            }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
                Some(Frame::Object { key, expect_key }) => {
                    *key = None;
                    *expect_key = true;
                }
                Some(Frame::Array { index }) => *index += 1,
                None => {}
            },
            _ => {}
        }
        i += 1;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
        }
    }
    if path.is_empty() {
        "(root)".to_string()
    } else {
        path
    }
}

#[cfg(feature = "files")]
pub use files::load_dir;

#[cfg(feature = "files")]
mod files {
    use super::*;
    use crate::model::{Organisation, Region, Sdg, Source, Strategy, Text};
    use crate::validate::validate_own;
    use serde::Deserialize;
    use std::path::Path;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct RegionsFile {
        regions: Vec<Region>,
        organisations: Vec<Organisation>,
    }

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct SdgsFile {
        logo_note: Text,
        sources: Vec<Source>,
        goals: Vec<Sdg>,
    }

    /// Reads `regions.toml`, `sdgs.toml` and `strategies/*.toml` from `dir`, validates the
    /// whole as this project's own data ([`validate_own`]: every text we write in every
    /// language), and reports every problem with its file, line (for syntax) and field path.
    pub fn load_dir(dir: &Path) -> Result<Dataset, DataError> {
        let mut problems = Vec::new();
        let regions_path = dir.join("regions.toml");
        let sdgs_path = dir.join("sdgs.toml");
        let regions: Option<RegionsFile> = read_toml(&regions_path, &mut problems);
        let sdgs: Option<SdgsFile> = read_toml(&sdgs_path, &mut problems);
        let strategies_dir = dir.join("strategies");
        let mut files: Vec<_> = match std::fs::read_dir(&strategies_dir) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
                .collect(),
            Err(err) => {
                problems.push(located(
                    &strategies_dir,
                    None,
                    "(folder)",
                    format!("cannot be read: {err}"),
                ));
                Vec::new()
            }
        };
        files.sort();
        let mut strategies = Vec::new();
        let mut strategy_files = Vec::new();
        for file in &files {
            if let Some(strategy) = read_toml::<Strategy>(file, &mut problems) {
                let stem = file
                    .file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or_default();
                if stem != strategy.id {
                    problems.push(located(file, None, "id", format!("is \"{}\", but the file is named \"{stem}.toml\"; name the file after the id", strategy.id)));
                }
                strategies.push(strategy);
                strategy_files.push(file.clone());
            }
        }
        if !problems.is_empty() {
            return Err(DataError(problems));
        }
        let (Some(regions), Some(sdgs)) = (regions, sdgs) else {
            unreachable!("parse failures were reported above")
        };
        let data = Dataset {
            format_version: crate::model::FORMAT_VERSION,
            regions: regions.regions,
            organisations: regions.organisations,
            strategies,
            sdgs: sdgs.goals,
            sdg_logo_note: Some(sdgs.logo_note),
            sdg_sources: sdgs.sources,
        };
        let problems: Vec<Located> = validate_own(&data)
            .into_iter()
            .map(|problem| locate(problem, &regions_path, &sdgs_path, &strategy_files))
            .collect();
        if problems.is_empty() {
            Ok(data)
        } else {
            Err(DataError(problems))
        }
    }

    /// Turns a dataset path such as `strategies[2].parts[0]` into the file it came from and
    /// the path inside that file.
    fn locate(
        problem: Problem,
        regions: &Path,
        sdgs: &Path,
        strategies: &[std::path::PathBuf],
    ) -> Located {
        let path = problem.path.clone();
        if let Some(rest) = path.strip_prefix("strategies[") {
            if let Some((index, tail)) = rest.split_once(']') {
                if let Some(file) = index.parse::<usize>().ok().and_then(|i| strategies.get(i)) {
                    let inner = tail.strip_prefix('.').unwrap_or(tail);
                    return located(
                        file,
                        None,
                        if inner.is_empty() {
                            "(strategy)"
                        } else {
                            inner
                        },
                        problem.message,
                    );
                }
            }
        }
        let (file, inner) = if path.starts_with("sdg") {
            (
                sdgs,
                path.replacen("sdgs", "goals", 1)
                    .replacen("sdg_sources", "sources", 1)
                    .replacen("sdg_logo_note", "logo_note", 1),
            )
        } else {
            (regions, path)
        };
        located(file, None, &inner, problem.message)
    }

    fn located(file: &Path, line: Option<usize>, path: &str, message: String) -> Located {
        Located {
            file: file.display().to_string(),
            line,
            problem: Problem {
                path: path.to_string(),
                message,
            },
        }
    }

    fn read_toml<T: for<'de> Deserialize<'de>>(
        file: &Path,
        problems: &mut Vec<Located>,
    ) -> Option<T> {
        let text = match std::fs::read_to_string(file) {
            Ok(text) => text,
            Err(err) => {
                problems.push(located(
                    file,
                    None,
                    "(file)",
                    format!("cannot be read: {err}"),
                ));
                return None;
            }
        };
        let de = toml::Deserializer::parse(&text);
        let result = de.map_err(|e| (None, e)).and_then(|de| {
            serde_path_to_error::deserialize(de).map_err(|e| {
                let path = e.path().to_string();
                (Some(path), e.into_inner())
            })
        });
        match result {
            Ok(value) => Some(value),
            Err((path, err)) => {
                let line = err.span().map(|span| {
                    text[..span.start].lines().count().max(1)
                        + usize::from(text[..span.start].ends_with('\n'))
                });
                let path = path
                    .filter(|p| p != ".")
                    .unwrap_or_else(|| "(syntax)".into());
                problems.push(located(file, line, &path, err.message().to_string()));
                None
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::json_path_at;

    /// The path at the end of `before` (the error's place) inside `before + after`.
    fn path_at(before: &str, after: &str) -> String {
        let json = format!("{before}{after}");
        let line = before.matches('\n').count() + 1;
        let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1);
        json_path_at(&json, line, column)
    }

    #[test]
    fn names_the_key_of_a_value_and_array_indexes() {
        assert_eq!(path_at(r#"{"a": [{"b": 1}, {"c": "x""#, "}]}"), "a[1].c");
        assert_eq!(
            path_at("{\n  \"a\": {\n    \"b\": [1, 2, 3", "]}}"),
            "a.b[2]"
        );
    }

    #[test]
    fn after_a_closed_object_names_the_object() {
        assert_eq!(path_at(r#"{"s": [{"id": "x"}, {"id": "y"}"#, "]}"), "s[1]");
    }

    #[test]
    fn commas_and_brackets_inside_strings_are_text() {
        assert_eq!(
            path_at(r#"{"a": "x, [y] {z}", "b\"q": [true"#, "]}"),
            r#"b\"q[0]"#
        );
    }

    #[test]
    fn the_top_level_is_the_root() {
        assert_eq!(path_at("", "{}"), "(root)");
        assert_eq!(path_at("{", "}"), "(root)");
    }
}
