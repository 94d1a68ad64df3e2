//! The open data export: the published JSON validates against the published JSON Schema,
//! broken datasets do not, and the SDG link CSV has one row per link.

use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use strategy_core::export::{dataset_json, schema_json, sdg_links_csv, SDG_LINKS_HEADER};
use strategy_core::load::load_dir;
use strategy_core::model::Dataset;

fn crate_path(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

fn load(dir: &str) -> Dataset {
    match load_dir(&crate_path(dir)) {
        Ok(data) => data,
        Err(err) => panic!("{err}"),
    }
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&schema_json()).expect("the schema is JSON");
    jsonschema::validator_for(&schema)
        .unwrap_or_else(|err| panic!("the schema does not compile: {err}"))
}

/// Every schema violation, as `path: message` lines.
fn violations(instance: &Value) -> Vec<String> {
    let validator = validator();
    validator
        .iter_errors(instance)
        .map(|err| format!("{}: {err}", err.instance_path()))
        .collect()
}

#[track_caller]
fn assert_valid(what: &str, instance: &Value) {
    let errors = violations(instance);
    assert!(
        errors.is_empty(),
        "{what} does not validate against the schema:\n{}",
        errors.join("\n")
    );
}

/// Asserts that `instance` fails the schema at `pointer` or at one of its ancestors (an
/// optional field's `anyOf` reports at the object that holds it).
#[track_caller]
fn assert_invalid(what: &str, instance: &Value, pointer: &str) {
    let validator = validator();
    let errors: Vec<(String, String)> = validator
        .iter_errors(instance)
        .map(|err| (err.instance_path().to_string(), err.to_string()))
        .collect();
    assert!(
        errors.iter().any(|(path, _)| pointer == path
            || pointer.starts_with(&format!("{path}/"))
            || path.is_empty()),
        "{what} should fail the schema at {pointer}; errors: {errors:#?}"
    );
}

fn fixture_value() -> Value {
    serde_json::from_str(&dataset_json(&load("tests/fixtures/minimal")))
        .expect("dataset_json is JSON")
}

#[test]
fn schema_is_a_valid_draft_2020_12_schema() {
    let schema: Value = serde_json::from_str(&schema_json()).expect("the schema is JSON");
    assert_eq!(
        schema["$schema"],
        "https://json-schema.org/draft/2020-12/schema"
    );
    assert_eq!(schema["type"], "object");
    if let Err(err) = jsonschema::meta::validate(&schema) {
        panic!("the schema does not validate against its meta-schema: {err}");
    }
    // `Text` is a plain string or an object, as the data files write it.
    let text = &schema["$defs"]["Text"]["anyOf"];
    assert_eq!(text[0]["type"], "string", "{text}");
    assert_eq!(text[1]["$ref"], "#/$defs/TextFull", "{text}");
    assert_eq!(schema["$defs"]["TextFull"]["type"], "object");
    assert_eq!(
        schema["$defs"]["TextFull"]["additionalProperties"], false,
        "misspelt text fields are refused"
    );
    assert!(schema["$defs"]["PartialDate"]["pattern"].is_string());
}

#[test]
fn bundled_data_validates_against_the_schema() {
    let data = load("../../data");
    let value: Value = serde_json::from_str(&dataset_json(&data)).expect("dataset_json is JSON");
    assert_valid("the bundled dataset", &value);
}

#[test]
fn minimal_fixture_validates_against_the_schema() {
    assert_valid("the minimal fixture", &fixture_value());
}

#[test]
fn dataset_json_reads_back_as_the_same_dataset() {
    let data = load("tests/fixtures/minimal");
    let json = dataset_json(&data);
    match strategy_core::load::parse_json("export.json", &json) {
        Ok(back) => assert_eq!(back, data),
        Err(err) => panic!("{err}"),
    }
}

/// The hand-written TOML form (plain strings for texts, omitted defaults) is what the schema
/// must accept too, not only what `dataset_json` writes.
#[test]
fn hand_written_toml_validates_against_the_schema() {
    let mut files = vec![crate_path("tests/fixtures/minimal/strategies/x.toml")];
    if let Ok(entries) = std::fs::read_dir(crate_path("../../data/strategies")) {
        let mut bundled: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|ext| ext == "toml"))
            .collect();
        bundled.sort();
        files.extend(bundled);
    }
    for file in files {
        let text = std::fs::read_to_string(&file).expect("read strategy file");
        let strategy: Value =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        assert_valid(
            &file.display().to_string(),
            &json!({ "strategies": [strategy] }),
        );
    }
    for file in [
        "tests/fixtures/minimal/regions.toml",
        "../../data/regions.toml",
    ] {
        let text = std::fs::read_to_string(crate_path(file)).expect("read regions file");
        let regions: Value = toml::from_str(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
        assert_valid(file, &regions);
    }
}

#[test]
fn broken_datasets_fail_the_schema() {
    let cases: Vec<(&str, &str, Value)> = vec![
        ("goal as a string", "/strategies/0/sdg/0/goal", json!("13")),
        (
            "goal outside 1 to 17",
            "/strategies/0/sdg/0/goal",
            json!(18),
        ),
        (
            "unknown basis",
            "/strategies/0/sdg/0/basis",
            json!("guessed"),
        ),
        ("unknown language", "/strategies/0/language", json!("de")),
        ("text as a number", "/strategies/0/title", json!(5)),
        (
            "source title as a number",
            "/strategies/0/sources/0/title",
            json!(5),
        ),
        (
            "text object without text",
            "/strategies/0/title",
            json!({ "lang": "en" }),
        ),
        (
            "date in another format",
            "/strategies/0/adopted/date",
            json!("30.11.2020"),
        ),
        (
            "source date in another format",
            "/strategies/0/sources/0/date",
            json!("December 2020"),
        ),
        (
            "http source",
            "/strategies/0/sources/0/url",
            json!("http://north.example.org/strategy.pdf"),
        ),
        ("unknown kind", "/strategies/0/kind", json!("master-plan")),
    ];
    for (what, pointer, replacement) in cases {
        let mut value = fixture_value();
        *value
            .pointer_mut(pointer)
            .unwrap_or_else(|| panic!("{pointer} not in the fixture")) = replacement;
        assert_invalid(what, &value, pointer);
    }
}

#[test]
fn unknown_and_missing_fields_fail_the_schema() {
    let mut value = fixture_value();
    value["strategies"][0]["parts"][1]["colour"] = json!("green");
    assert_invalid("an unknown field", &value, "/strategies/0/parts/1");

    let mut value = fixture_value();
    value["strategies"][0]
        .as_object_mut()
        .expect("strategy object")
        .remove("title");
    assert_invalid("a missing title", &value, "/strategies/0");

    assert_invalid("an unknown top-level field", &json!({ "strategy": [] }), "");
}

#[test]
fn texts_may_be_plain_strings() {
    let mut value = fixture_value();
    value["strategies"][0]["title"] = json!("A plain title");
    value["strategies"][0]["parts"][0]["title"] = json!({ "text": "Grøn omstilling", "lang": "da", "wording": "quote", "translations": { "en": "Green transition" } });
    value["strategies"][0]["sources"][0]["title"] = json!({ "text": "Example region: page on the strategy", "lang": "en", "wording": "paraphrase", "translations": { "da": "Example region: side om strategien", "sv": "Example region: sida om strategin" } });
    assert_valid("plain and full texts", &value);
}

// ---------------------------------------------------------------- CSV

fn read_csv(text: &str) -> (Vec<String>, Vec<Vec<String>>) {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header = reader
        .headers()
        .expect("CSV header")
        .iter()
        .map(String::from)
        .collect();
    let rows = reader
        .records()
        .map(|r| r.expect("CSV row").iter().map(String::from).collect())
        .collect();
    (header, rows)
}

fn link_count(data: &Dataset) -> usize {
    data.strategies
        .iter()
        .map(|s| {
            s.sdg.len()
                + s.parts
                    .iter()
                    .map(|p| p.sdg.len() + p.items.iter().map(|i| i.sdg.len()).sum::<usize>())
                    .sum::<usize>()
        })
        .sum()
}

#[test]
fn sdg_links_csv_has_one_row_per_link() {
    let data = load("tests/fixtures/minimal");
    let (header, rows) = read_csv(&sdg_links_csv(&data, &[]));
    assert_eq!(
        header,
        [
            "strategy",
            "part",
            "item",
            "goal",
            "target",
            "basis",
            "reason",
            "source",
            "kind",
            "evidence",
            "target_basis"
        ]
    );
    assert_eq!(header, SDG_LINKS_HEADER);
    assert_eq!(rows.len(), link_count(&data));
    assert_eq!(rows.len(), 3);

    let doc = "https://north.example.org/strategy.pdf";
    let page = "https://north.example.org/strategy";
    // A strategy-wide link without sources: the strategy's sources.
    assert_eq!(
        rows[0],
        [
            "x",
            "",
            "",
            "13",
            "",
            "editorial",
            "Climate runs through the whole strategy.",
            &format!("{doc} {page}"),
            "curated",
            "",
            ""
        ]
    );
    // A part's link with its own source.
    assert_eq!(
        rows[1],
        ["x", "green", "", "7", "7.2", "stated", "", doc, "curated", "", ""]
    );
    // An item's link without sources: the item's sources.
    assert_eq!(
        rows[2],
        [
            "x",
            "green",
            "wind",
            "7",
            "",
            "inferred",
            "Wind power is clean energy.",
            page,
            "curated",
            "",
            ""
        ]
    );
}

#[test]
fn sdg_links_csv_of_the_bundled_data() {
    let data = load("../../data");
    let (header, rows) = read_csv(&sdg_links_csv(&data, &[]));
    assert_eq!(header, SDG_LINKS_HEADER);
    assert_eq!(rows.len(), link_count(&data));
    for row in &rows {
        assert_eq!(row.len(), SDG_LINKS_HEADER.len());
        let goal: u8 = row[3].parse().expect("goal is a number");
        assert!((1..=17).contains(&goal), "{row:?}");
        assert!(
            ["stated", "inferred", "editorial"].contains(&row[5].as_str()),
            "{row:?}"
        );
        assert!(
            !row[7].is_empty() && row[7].split(' ').all(|url| url.starts_with("https://")),
            "{row:?}"
        );
        assert_eq!(row[8], "curated");
        assert_eq!(row[10], "", "a curated link's target has the link's basis");
    }
}

#[test]
fn sdg_links_csv_suggestions_name_their_target_and_evidence() {
    let data = load("tests/fixtures/minimal");
    let lexicon = strategy_core::suggest::Lexicon::from_json(
        r#"{"goal":[{"number":7,"en":{"strong":["wind power @hand 7.2"],"supporting":["energy @hand"]}}]}"#,
    )
    .expect("a small lexicon");
    let suggestions = strategy_core::suggest::suggest_dataset(&lexicon, &data);
    assert!(
        !suggestions.is_empty(),
        "the fixture's wording mentions wind power"
    );
    let (_, rows) = read_csv(&sdg_links_csv(&data, &suggestions));
    let suggested: Vec<&Vec<String>> = rows.iter().filter(|r| r[8] == "suggested").collect();
    assert!(!suggested.is_empty());
    for row in suggested {
        assert_eq!((row[3].as_str(), row[4].as_str()), ("7", "7.2"), "{row:?}");
        assert!(row[9].to_lowercase().contains("wind power"), "{row:?}");
        // «wind power @hand 7.2» is our reading, not the target's official text.
        assert_eq!(row[10], "our_reading", "{row:?}");
    }
}

#[test]
fn csv_quotes_commas_quotes_and_newlines() {
    let mut data = load("tests/fixtures/minimal");
    data.strategies[0].sdg[0].reason = Some(strategy_core::model::Text::plain(
        "Climate, \"energy\"\nand water",
    ));
    let (_, rows) = read_csv(&sdg_links_csv(&data, &[]));
    assert_eq!(rows[0][6], "Climate, \"energy\"\nand water");
}
