//! Every rule a web editor can break, fed a broken data file, with a check of the message.
//!
//! Each test copies the valid data folder `tests/fixtures/minimal/` to a fresh temporary
//! folder, applies one textual edit (or a few), loads it with [`load_dir`] and checks that
//! loading fails with a message that names the file, the line or field path, and the problem.
//! The last tests do the same for an external dataset in JSON ([`parse_json`]).

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use strategy_core::load::{load_dir, parse_json, DataError};

const STRATEGY: &str = "strategies/x.toml";
const REGIONS: &str = "regions.toml";
const SDGS: &str = "sdgs.toml";

fn fixture_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/minimal")
}

/// A temporary copy of the minimal data folder, removed when dropped.
struct Fixture {
    dir: PathBuf,
}

impl Fixture {
    fn new(name: &str) -> Fixture {
        static COUNTER: AtomicUsize = AtomicUsize::new(0);
        let unique = format!(
            "strategy-core-validation-{}-{}-{name}",
            std::process::id(),
            COUNTER.fetch_add(1, Ordering::Relaxed)
        );
        let dir = std::env::temp_dir().join(unique);
        let _ = std::fs::remove_dir_all(&dir);
        copy_dir(&fixture_dir(), &dir);
        Fixture { dir }
    }

    fn path(&self, file: &str) -> PathBuf {
        self.dir.join(file)
    }

    fn read(&self, file: &str) -> String {
        std::fs::read_to_string(self.path(file)).unwrap_or_else(|e| panic!("read {file}: {e}"))
    }

    /// Replaces the first occurrence of `find` in `file`; panics if it is not there, so a
    /// change to the fixture cannot silently turn a test into one that checks nothing.
    fn edit(&self, file: &str, find: &str, replace: &str) -> &Fixture {
        let text = self.read(file);
        assert!(
            text.contains(find),
            "fixture {file} no longer contains {find:?}"
        );
        std::fs::write(self.path(file), text.replacen(find, replace, 1)).expect("write fixture");
        self
    }

    fn load(&self) -> Result<strategy_core::model::Dataset, DataError> {
        load_dir(&self.dir)
    }

    /// The error message of a load that must fail.
    fn error(&self) -> String {
        match self.load() {
            Ok(_) => panic!(
                "the broken data in {} loaded without an error",
                self.dir.display()
            ),
            Err(err) => err.to_string(),
        }
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create temp dir");
    for entry in std::fs::read_dir(from).expect("read fixture dir") {
        let entry = entry.expect("fixture entry");
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy fixture file");
        }
    }
}

/// Applies one edit to a fresh copy and returns the error message.
fn broken(file: &str, find: &str, replace: &str) -> String {
    let fixture = Fixture::new(&file.replace('/', "-"));
    fixture.edit(file, find, replace);
    fixture.error()
}

/// Asserts that `message` has a line naming `file` that contains every one of `parts`, so
/// the file, the path and the problem are reported together, not spread over problems.
#[track_caller]
fn assert_problem(message: &str, file: &str, parts: &[&str]) {
    let file_name = Path::new(file)
        .file_name()
        .and_then(|f| f.to_str())
        .unwrap_or(file);
    let found = message
        .lines()
        .any(|line| line.contains(file_name) && parts.iter().all(|part| line.contains(part)));
    assert!(
        found,
        "no problem line names {file_name} with {parts:?}; the message was:\n{message}"
    );
}

/// The 1-based line of the first occurrence of `needle` in the unedited fixture file.
fn fixture_line(file: &str, needle: &str) -> usize {
    let text = std::fs::read_to_string(fixture_dir().join(file)).expect("read fixture");
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in {file}"));
    text[..offset].lines().count() + usize::from(offset == 0 || text[..offset].ends_with('\n'))
}

#[test]
fn minimal_fixture_is_valid() {
    let fixture = Fixture::new("valid");
    let data = match fixture.load() {
        Ok(data) => data,
        Err(err) => panic!("{err}"),
    };
    assert_eq!(data.regions.len(), 1);
    assert_eq!(data.organisations.len(), 2);
    assert_eq!(data.sdgs.len(), 17);
    assert_eq!(data.strategies.len(), 1);
    assert_eq!(data.strategies[0].parts.len(), 2);
}

#[test]
fn messages_name_the_file_the_path_and_count_every_problem() {
    let fixture = Fixture::new("two-problems");
    fixture.edit(STRATEGY, "title = \"Skills\"", "title = \"\"");
    fixture.edit(
        REGIONS,
        "website = \"https://north.example.org/\"",
        "website = \"http://north.example.org/\"",
    );
    let message = fixture.error();
    assert!(
        message.starts_with("2 problem(s) in the data:"),
        "{message}"
    );
    let strategy_file = fixture.path(STRATEGY).display().to_string();
    assert!(
        message.contains(&format!("{strategy_file}: parts[1].title: is empty")),
        "{message}"
    );
    assert_problem(
        &message,
        REGIONS,
        &["regions[0].website", "is not an https:// address"],
    );
}

// ---------------------------------------------------------------- duplicate ids

#[test]
fn duplicate_region_id() {
    let region = "[[regions]]\nid = \"north\"\nname = \"Again\"\ncountry = \"SE\"\nlanguage = \"sv\"\n\
                  sources = [{ url = \"https://again.example.org/\", title = \"Again\" }]\n\n[[organisations]]";
    let message = broken(REGIONS, "[[organisations]]", region);
    assert_problem(
        &message,
        REGIONS,
        &["regions[1].id", "duplicate region id \"north\""],
    );
}

#[test]
fn duplicate_organisation_id() {
    let message = broken(REGIONS, "id = \"north-business\"", "id = \"north-council\"");
    assert_problem(
        &message,
        REGIONS,
        &[
            "organisations[1].id",
            "duplicate organisation id \"north-council\"",
        ],
    );
}

#[test]
fn duplicate_source_id() {
    let message = broken(STRATEGY, "id = \"page\"", "id = \"doc\"");
    assert_problem(
        &message,
        STRATEGY,
        &["sources[1].id", "duplicate source id \"doc\""],
    );
}

#[test]
fn duplicate_part_id() {
    let message = broken(STRATEGY, "id = \"skills\"", "id = \"green\"");
    assert_problem(
        &message,
        STRATEGY,
        &["parts[1].id", "duplicate part id \"green\""],
    );
}

#[test]
fn duplicate_item_id_across_parts() {
    let message = broken(STRATEGY, "id = \"apprentices\"", "id = \"wind\"");
    assert_problem(
        &message,
        STRATEGY,
        &["parts[1].items[0].id", "duplicate item id \"wind\""],
    );
}

#[test]
fn item_id_equal_to_a_part_id() {
    let message = broken(STRATEGY, "id = \"apprentices\"", "id = \"green\"");
    assert_problem(&message, STRATEGY, &["parts[1].items[0].id", "\"green\""]);
}

#[test]
fn invalid_id() {
    let message = broken(STRATEGY, "id = \"skills\"", "id = \"Skills & more\"");
    assert_problem(&message, STRATEGY, &["parts[1].id", "not a valid part id"]);
}

#[test]
fn strategy_id_must_match_the_file_name() {
    let fixture = Fixture::new("file-name");
    std::fs::rename(fixture.path(STRATEGY), fixture.path("strategies/y.toml")).expect("rename");
    let message = fixture.error();
    assert_problem(&message, "y.toml", &["id", "is \"x\"", "named \"y.toml\""]);
}

// ---------------------------------------------------------------- dangling references

#[test]
fn unknown_region_of_a_strategy() {
    let message = broken(STRATEGY, "regions = [\"north\"]", "regions = [\"south\"]");
    assert_problem(
        &message,
        STRATEGY,
        &[
            "regions[0]",
            "\"south\" is not a known region id (known: north)",
        ],
    );
}

#[test]
fn unknown_region_of_an_organisation() {
    let message = broken(REGIONS, "region = \"north\"", "region = \"nord\"");
    assert_problem(
        &message,
        REGIONS,
        &[
            "organisations[0].region",
            "\"nord\" is not a known region id",
        ],
    );
}

#[test]
fn unknown_organisation() {
    let message = broken(STRATEGY, "by = \"north-council\"", "by = \"south-council\"");
    assert_problem(
        &message,
        STRATEGY,
        &[
            "adopted.by",
            "\"south-council\" is not a known organisation id",
        ],
    );
    let message = broken(
        STRATEGY,
        "organisation = \"north-council\", role",
        "organisation = \"nobody\", role",
    );
    assert_problem(
        &message,
        STRATEGY,
        &[
            "owners[0].organisation",
            "\"nobody\" is not a known organisation id",
        ],
    );
}

#[test]
fn unknown_source_id() {
    let message = broken(
        STRATEGY,
        "sources = [\"doc\", \"page\"]",
        "sources = [\"doc\", \"pdf\"]",
    );
    assert_problem(
        &message,
        STRATEGY,
        &[
            "parts[1].items[0].sources[1]",
            "\"pdf\" is not one of the strategy's source ids (doc, page)",
        ],
    );
}

#[test]
fn unknown_source_id_of_a_link() {
    let message = broken(
        STRATEGY,
        "basis = \"stated\", sources = [\"doc\"]",
        "basis = \"stated\", sources = [\"report\"]",
    );
    assert_problem(
        &message,
        STRATEGY,
        &[
            "parts[0].sdg[0].sources[0]",
            "\"report\" is not one of the strategy's source ids",
        ],
    );
}

#[test]
fn statement_without_sources() {
    let message = broken(
        STRATEGY,
        "headline = { text = \"A good region to live in\", sources = [\"doc\"] }",
        "headline = { text = \"A good region to live in\", sources = [] }",
    );
    assert_problem(
        &message,
        STRATEGY,
        &["headline.sources", "is empty; name the source"],
    );
}

#[test]
fn source_without_id() {
    let message = broken(STRATEGY, "id = \"page\"\n", "");
    assert_problem(&message, STRATEGY, &["sources[1].id", "is missing"]);
}

#[test]
fn dangling_same_as() {
    let message = broken(
        STRATEGY,
        "title = \"Skills\"",
        "title = \"Skills\"\nsame_as = \"y/skills\"",
    );
    assert_problem(
        &message,
        STRATEGY,
        &[
            "parts[1].same_as",
            "\"y/skills\" does not name a part of another strategy",
        ],
    );
}

#[test]
fn same_as_must_name_another_strategy() {
    let message = broken(
        STRATEGY,
        "title = \"Skills\"",
        "title = \"Skills\"\nsame_as = \"x/green\"",
    );
    assert_problem(
        &message,
        STRATEGY,
        &[
            "parts[1].same_as",
            "\"x/green\" does not name a part of another strategy",
        ],
    );
}

#[test]
fn dangling_successor() {
    let successor = "successor = { strategy = \"x-2030\", description = \"A new strategy\", sources = [\"page\"] }\nowners = [";
    let message = broken(STRATEGY, "owners = [", successor);
    assert_problem(
        &message,
        STRATEGY,
        &[
            "successor.strategy",
            "\"x-2030\" is not another strategy in the dataset",
        ],
    );
}

#[test]
fn successor_cannot_be_the_strategy_itself() {
    let successor = "successor = { strategy = \"x\", description = \"Itself\", sources = [\"page\"] }\nowners = [";
    let message = broken(STRATEGY, "owners = [", successor);
    assert_problem(
        &message,
        STRATEGY,
        &["successor.strategy", "\"x\" is not another strategy"],
    );
}

#[test]
fn a_strategy_status_is_derived_not_written() {
    // The standing follows from the period, the successor and the build date (status.rs).
    let message = broken(STRATEGY, "owners = [", "status = \"current\"\nowners = [");
    assert_problem(&message, STRATEGY, &["status", "unknown field `status`"]);
}

// ---------------------------------------------------------------- SDG numbers and targets

#[test]
fn sdg_goal_outside_1_to_17() {
    let message = broken(STRATEGY, "goal = 13", "goal = 18");
    assert_problem(
        &message,
        STRATEGY,
        &["sdg[0].goal", "is 18; SDG numbers run from 1 to 17"],
    );
    let message = broken(
        STRATEGY,
        "goal = 7, basis = \"inferred\"",
        "goal = 0, basis = \"inferred\"",
    );
    assert_problem(
        &message,
        STRATEGY,
        &[
            "parts[0].items[0].sdg[0].goal",
            "is 0; SDG numbers run from 1 to 17",
        ],
    );
}

#[test]
fn sdg_goal_that_is_not_a_number() {
    let find = "goal = 7, basis = \"inferred\"";
    let line = fixture_line(STRATEGY, find);
    let message = broken(STRATEGY, find, "goal = \"seven\", basis = \"inferred\"");
    assert_problem(
        &message,
        STRATEGY,
        &[
            &format!("x.toml:{line}:"),
            "parts[0].items[0].sdg[0].goal",
            "invalid type: string \"seven\"",
        ],
    );
}

#[test]
fn malformed_sdg_target() {
    let message = broken(STRATEGY, "target = \"7.2\"", "target = \"7.02\"");
    assert_problem(
        &message,
        STRATEGY,
        &[
            "parts[0].sdg[0].target",
            "\"7.02\" is not a target of goal 7",
            "\"7.2\" or \"7.a\"",
        ],
    );
    let message = broken(STRATEGY, "target = \"7.2\"", "target = \"7\"");
    assert_problem(
        &message,
        STRATEGY,
        &["parts[0].sdg[0].target", "\"7\" is not a target of goal 7"],
    );
}

#[test]
fn sdg_target_of_another_goal() {
    let message = broken(STRATEGY, "target = \"7.2\"", "target = \"8.2\"");
    assert_problem(
        &message,
        STRATEGY,
        &[
            "parts[0].sdg[0].target",
            "\"8.2\" is not a target of goal 7",
        ],
    );
}

#[test]
fn sdg_goal_linked_twice() {
    let twice = "sdg = [{ goal = 13, basis = \"editorial\", reason = \"Climate.\" }, { goal = 13, basis = \"editorial\", reason = \"Again.\" }]";
    let message = broken(STRATEGY, "sdg = [{ goal = 13, basis = \"editorial\", reason = \"Climate runs through the whole strategy.\" }]", twice);
    assert_problem(&message, STRATEGY, &["sdg[1].goal", "links goal 13 twice"]);
}

#[test]
fn sdg_catalogue_number_outside_1_to_17() {
    let message = broken(SDGS, "number = 17", "number = 18");
    assert_problem(
        &message,
        SDGS,
        &["goals[16].number", "is 18; SDG numbers run from 1 to 17"],
    );
    assert_problem(
        &message,
        SDGS,
        &["goals", "must list each of the goals 1 to 17 exactly once"],
    );
}

#[test]
fn sdg_catalogue_bad_colour_and_missing_name() {
    let message = broken(SDGS, "colour = \"#E5243B\"", "colour = \"red\"");
    assert_problem(
        &message,
        SDGS,
        &["goals[0].colour", "\"red\" is not a colour"],
    );
    let message = broken(
        SDGS,
        "name = { da = \"Mål 2\", sv = \"Mål 2\", en = \"Goal 2\" }",
        "name = { da = \"Mål 2\", en = \"Goal 2\" }",
    );
    assert_problem(&message, SDGS, &["goals[1].name.sv", "is missing"]);
}

// ---------------------------------------------------------------- source URLs

#[test]
fn source_url_that_is_not_https() {
    let message = broken(
        STRATEGY,
        "url = \"https://north.example.org/strategy.pdf\"",
        "url = \"http://north.example.org/strategy.pdf\"",
    );
    assert_problem(
        &message,
        STRATEGY,
        &[
            "sources[0].url",
            "\"http://north.example.org/strategy.pdf\" is not an https:// address",
        ],
    );
}

#[test]
fn source_url_that_is_not_a_url() {
    let message = broken(
        STRATEGY,
        "url = \"https://north.example.org/strategy\"",
        "url = \"north strategy page\"",
    );
    assert_problem(
        &message,
        STRATEGY,
        &["sources[1].url", "is not an https:// address"],
    );
}

#[test]
fn missing_source_url() {
    let find = "url = \"https://north.example.org/strategy\"\n";
    let message = broken(STRATEGY, find, "");
    assert_problem(&message, STRATEGY, &["sources[1]", "missing field `url`"]);
}

#[test]
fn inline_source_urls_of_regions_organisations_and_sdgs() {
    let message = broken(
        REGIONS,
        "url = \"https://north.example.org/about\"",
        "url = \"http://north.example.org/about\"",
    );
    assert_problem(
        &message,
        REGIONS,
        &["regions[0].sources[0].url", "is not an https:// address"],
    );
    let message = broken(
        REGIONS,
        "url = \"https://business.example.org/\"",
        "url = \"ftp://business.example.org/\"",
    );
    assert_problem(
        &message,
        REGIONS,
        &[
            "organisations[1].sources[0].url",
            "is not an https:// address",
        ],
    );
    let message = broken(
        SDGS,
        "url = \"https://sdgs.example.org/guidelines\"",
        "url = \"www.sdgs.example.org/guidelines\"",
    );
    assert_problem(
        &message,
        SDGS,
        &["sources[0].url", "is not an https:// address"],
    );
}

#[test]
fn region_website_that_is_not_https() {
    let message = broken(
        REGIONS,
        "website = \"https://north.example.org/\"",
        "website = \"http://north.example.org/\"",
    );
    assert_problem(
        &message,
        REGIONS,
        &["regions[0].website", "is not an https:// address"],
    );
}

#[test]
fn entity_without_sources() {
    let message = broken(
        REGIONS,
        "sources = [{ url = \"https://business.example.org/\", title = \"Business Hub North\" }]",
        "sources = []",
    );
    assert_problem(
        &message,
        REGIONS,
        &[
            "organisations[1].sources",
            "is empty; give at least one public source",
        ],
    );
}

// ---------------------------------------------------------------- empty titles and texts

#[test]
fn empty_strategy_title() {
    let message = broken(STRATEGY, "title = \"Example strategy\"", "title = \"\"");
    assert_problem(&message, STRATEGY, &[": title: is empty"]);
}

#[test]
fn blank_part_and_item_titles() {
    let message = broken(STRATEGY, "title = \"Green transition\"", "title = \"   \"");
    assert_problem(&message, STRATEGY, &["parts[0].title", "is empty"]);
    let message = broken(
        STRATEGY,
        "title = { text = \"More wind power\", lang = \"en\" }",
        "title = { text = \"\", lang = \"en\" }",
    );
    assert_problem(&message, STRATEGY, &["parts[0].items[0].title", "is empty"]);
}

#[test]
fn empty_source_title() {
    let message = broken(
        STRATEGY,
        "title = \"Example strategy web page\"",
        "title = \"\"",
    );
    assert_problem(
        &message,
        STRATEGY,
        &[
            "sources[1].title",
            "is empty; give the page or document title",
        ],
    );
}

#[test]
fn empty_region_name_and_translation() {
    let message = broken(
        REGIONS,
        "name = { text = \"Region North\", lang = \"en\" }",
        "name = { text = \"Region North\", lang = \"en\", translations = { da = \"\" } }",
    );
    assert_problem(
        &message,
        REGIONS,
        &[
            "regions[0].name.translations.da",
            "is empty; remove it or write the translation",
        ],
    );
    let message = broken(REGIONS, "name = \"Business Hub North\"", "name = \"\"");
    assert_problem(&message, REGIONS, &["organisations[1].name", "is empty"]);
}

#[test]
fn text_of_ours_missing_a_language() {
    // The summary is ours (a paraphrase) in the strategy's language, English: without its
    // Swedish version the data does not load, and the message names file and field.
    let message = broken(
        STRATEGY,
        ", sv = \"En liten strategi som testerna använder.\"",
        "",
    );
    assert_problem(
        &message,
        STRATEGY,
        &[
            ": summary.translations.sv: is missing;",
            "must exist in Danish, Swedish and English",
        ],
    );
    assert!(!message.contains("summary.translations.da"), "{message}");

    // A source title we wrote (a description, not the source's own title) is held to the same
    // rule; the source's own title (a plain string) is not.
    let message = broken(
        STRATEGY,
        "title = \"Example strategy web page\"",
        "title = { text = \"Example region: page on the strategy\", lang = \"en\", wording = \"paraphrase\", translations = { da = \"Example region: side om strategien\" } }",
    );
    assert_problem(
        &message,
        STRATEGY,
        &[
            ": sources[1].title.translations.sv: is missing;",
            "must exist in Danish, Swedish and English",
        ],
    );
    assert!(!message.contains("sources[0].title"), "{message}");
    assert!(!message.contains("translations.da"), "{message}");

    // A paraphrase in the SDG catalogue has no strategy to take its language from.
    let message = broken(
        SDGS,
        "no UN icons.\", lang = \"en\", wording",
        "no UN icons.\", wording",
    );
    assert_problem(
        &message,
        SDGS,
        &[": logo_note.lang: is missing;", "which language"],
    );
}

#[test]
fn texts_quoted_from_a_source_need_no_translation() {
    // The source's own words (the default wording) stay as the source has them.
    let fixture = Fixture::new("quote-without-translation");
    fixture.edit(
        STRATEGY,
        "summary = { text = \"A small strategy used by the tests.\", wording = \"paraphrase\",",
        "summary = { text = \"A small strategy used by the tests.\",",
    );
    fixture.edit(
        STRATEGY,
        ", translations = { da = \"En lille strategi, som testene bruger.\", sv = \"En liten strategi som testerna använder.\" }",
        "",
    );
    if let Err(err) = fixture.load() {
        panic!("{err}");
    }
}

#[test]
fn external_datasets_are_not_held_to_our_languages() {
    // An external dataset's texts are its publisher's: an English-only paraphrase is accepted.
    let mut value = fixture_json();
    value["strategies"][0]["summary"]["translations"] = serde_json::json!({});
    let json = serde_json::to_string(&value).expect("JSON text");
    if let Err(err) = parse_json("external.json", &json) {
        panic!("{err}");
    }
}

#[test]
fn text_that_is_neither_string_nor_object() {
    let find = "title = \"Skills\"";
    let line = fixture_line(STRATEGY, find);
    let message = broken(STRATEGY, find, "title = 5");
    assert_problem(
        &message,
        STRATEGY,
        &[&format!("x.toml:{line}:"), "parts[1].title"],
    );
}

// ---------------------------------------------------------------- basis of links and groupings

#[test]
fn stated_link_without_a_source() {
    let message = broken(
        STRATEGY,
        "basis = \"stated\", sources = [\"doc\"]",
        "basis = \"stated\"",
    );
    assert_problem(
        &message,
        STRATEGY,
        &[
            "parts[0].sdg[0].sources",
            "the basis is \"stated\": name the source",
        ],
    );
}

#[test]
fn inferred_link_without_a_reason() {
    let message = broken(
        STRATEGY,
        "basis = \"inferred\", reason = \"Wind power is clean energy.\"",
        "basis = \"inferred\"",
    );
    assert_problem(
        &message,
        STRATEGY,
        &[
            "parts[0].items[0].sdg[0].reason",
            "is missing; an \"inferred\" link or grouping needs a one-line reason",
        ],
    );
}

#[test]
fn editorial_link_with_a_blank_reason() {
    let message = broken(
        STRATEGY,
        "reason = \"Climate runs through the whole strategy.\"",
        "reason = \" \"",
    );
    assert_problem(
        &message,
        STRATEGY,
        &[
            "sdg[0].reason",
            "an \"editorial\" link or grouping needs a one-line reason",
        ],
    );
}

#[test]
fn inferred_grouping_without_a_reason() {
    let message = broken(
        STRATEGY,
        "title = \"Skills\"",
        "title = \"Skills\"\ngrouping = { basis = \"inferred\" }",
    );
    assert_problem(
        &message,
        STRATEGY,
        &["parts[1].grouping.reason", "is missing"],
    );
}

#[test]
fn unknown_basis() {
    let message = broken(STRATEGY, "basis = \"inferred\"", "basis = \"guessed\"");
    assert_problem(
        &message,
        STRATEGY,
        &[
            "parts[0].items[0].sdg[0].basis",
            "unknown variant `guessed`",
            "`stated`, `inferred`, `editorial`",
        ],
    );
}

// ---------------------------------------------------------------- dates and periods

#[test]
fn date_that_does_not_parse() {
    let message = broken(STRATEGY, "date = \"2020-11-30\"", "date = \"30.11.2020\"");
    assert_problem(
        &message,
        STRATEGY,
        &["adopted.date", "\"30.11.2020\" is not a date", "YYYY-MM-DD"],
    );
    let message = broken(STRATEGY, "date = \"2018-spring\"", "date = \"2018-fall\"");
    assert_problem(
        &message,
        STRATEGY,
        &["events[0].date", "\"2018-fall\" is not a date"],
    );
}

#[test]
fn date_with_impossible_month_or_day() {
    let message = broken(STRATEGY, "date = \"2020-11-30\"", "date = \"2020-13-01\"");
    assert_problem(&message, STRATEGY, &["adopted.date", "has month 13"]);
    let message = broken(STRATEGY, "date = \"2020-11-30\"", "date = \"2021-02-29\"");
    assert_problem(
        &message,
        STRATEGY,
        &["adopted.date", "has day 29, but that month has 28 days"],
    );
}

#[test]
fn source_date_that_does_not_parse() {
    let message = broken(STRATEGY, "date = \"2020-12\"", "date = \"December 2020\"");
    assert_problem(
        &message,
        STRATEGY,
        &["sources[0].date", "\"December 2020\" is not a date"],
    );
}

#[test]
fn date_that_is_not_a_string() {
    let find = "date = \"2018-spring\"";
    let line = fixture_line(STRATEGY, find);
    let message = broken(STRATEGY, find, "date = 2018");
    assert_problem(
        &message,
        STRATEGY,
        &[
            &format!("x.toml:{line}:"),
            "events[0].date",
            "invalid type: integer `2018`, expected a string",
        ],
    );
}

#[test]
fn period_that_ends_before_it_starts() {
    let message = broken(STRATEGY, "to = \"2030\"", "to = \"2019-12\"");
    assert_problem(
        &message,
        STRATEGY,
        &[
            "period.to",
            "ends (2019-12) before the period starts (2020)",
        ],
    );
}

#[test]
fn period_with_an_end_and_open_ended() {
    let message = broken(
        STRATEGY,
        "to = \"2030\"",
        "to = \"2030\"\nopen_ended = true",
    );
    assert_problem(
        &message,
        STRATEGY,
        &["period.open_ended", "also has an end"],
    );
}

// ---------------------------------------------------------------- languages

#[test]
fn unknown_language_of_a_strategy() {
    let find = "language = \"en\"";
    let line = fixture_line(STRATEGY, find);
    let message = broken(STRATEGY, find, "language = \"de\"");
    assert_problem(
        &message,
        STRATEGY,
        &[
            &format!("x.toml:{line}:"),
            "language",
            "unknown variant `de`",
            "`da`, `sv`, `en`",
        ],
    );
}

#[test]
fn unknown_language_of_a_region() {
    let message = broken(REGIONS, "language = \"en\"", "language = \"English\"");
    assert_problem(
        &message,
        REGIONS,
        &["regions[0].language", "unknown variant `English`"],
    );
}

#[test]
fn unknown_language_of_a_text() {
    // The file, line and path are right; the message itself is serde's generic one for the
    // untagged `TextRepr` (see the ignored test below).
    let find = "title = { text = \"More wind power\", lang = \"en\" }";
    let line = fixture_line(STRATEGY, find);
    let message = broken(
        STRATEGY,
        find,
        "title = { text = \"More wind power\", lang = \"de\" }",
    );
    assert_problem(
        &message,
        STRATEGY,
        &[&format!("x.toml:{line}:"), "parts[0].items[0].title"],
    );
    let message = broken(
        STRATEGY,
        find,
        "title = { text = \"More wind power\", translations = { de = \"Mehr Windkraft\" } }",
    );
    assert_problem(
        &message,
        STRATEGY,
        &[&format!("x.toml:{line}:"), "parts[0].items[0].title"],
    );
}

#[test]
fn unknown_language_of_a_text_is_named_in_the_message() {
    let find = "title = { text = \"More wind power\", lang = \"en\" }";
    let message = broken(
        STRATEGY,
        find,
        "title = { text = \"More wind power\", lang = \"de\" }",
    );
    assert_problem(&message, STRATEGY, &["parts[0].items[0].title", "`de`"]);
}

// ---------------------------------------------------------------- TOML syntax

#[test]
fn toml_syntax_error_in_a_strategy_has_its_line() {
    let find = "title = \"Skills\"";
    let line = fixture_line(STRATEGY, find);
    let message = broken(STRATEGY, find, "title = \"Skills");
    assert_problem(
        &message,
        STRATEGY,
        &[
            &format!("x.toml:{line}:"),
            "(syntax)",
            "invalid basic string",
        ],
    );
}

#[test]
fn toml_syntax_error_in_sdgs_has_its_line() {
    let find = "number = 3\n";
    let line = fixture_line(SDGS, find);
    let message = broken(SDGS, find, "number = = 3\n");
    assert_problem(&message, SDGS, &[&format!("sdgs.toml:{line}:"), "(syntax)"]);
}

#[test]
fn toml_duplicate_key_has_its_line() {
    let find = "country = \"DK\"";
    let line = fixture_line(REGIONS, find);
    let message = broken(REGIONS, find, "country = \"DK\"\ncountry = \"SE\"");
    assert_problem(
        &message,
        REGIONS,
        &[
            &format!("regions.toml:{}:", line + 1),
            "(syntax)",
            "duplicate key",
        ],
    );
}

#[test]
fn missing_file() {
    let fixture = Fixture::new("missing-file");
    std::fs::remove_file(fixture.path(REGIONS)).expect("remove regions.toml");
    let message = fixture.error();
    assert_problem(&message, REGIONS, &["(file)", "cannot be read"]);
}

// ---------------------------------------------------------------- unknown fields

#[test]
fn unknown_field_in_a_part() {
    let find = "title = \"Skills\"";
    let line = fixture_line(STRATEGY, find) + 1;
    let message = broken(STRATEGY, find, "title = \"Skills\"\ncolour = \"green\"");
    assert_problem(
        &message,
        STRATEGY,
        &[
            &format!("x.toml:{line}:"),
            "parts[1].colour",
            "unknown field `colour`",
            "expected one of `id`, `kind`, `title`",
        ],
    );
}

#[test]
fn unknown_top_level_field_of_a_strategy() {
    let message = broken(STRATEGY, "owners = [", "vision = \"Green\"\nowners = [");
    assert_problem(&message, STRATEGY, &["vision", "unknown field `vision`"]);
}

#[test]
fn misspelt_field_of_a_link() {
    let message = broken(
        STRATEGY,
        "basis = \"stated\", sources = [\"doc\"]",
        "basis = \"stated\", source = [\"doc\"]",
    );
    assert_problem(
        &message,
        STRATEGY,
        &["parts[0].sdg[0].source", "unknown field `source`"],
    );
}

#[test]
fn unknown_field_in_regions_and_sdgs() {
    let message = broken(
        REGIONS,
        "country = \"DK\"",
        "country = \"DK\"\npopulation = 840000",
    );
    assert_problem(
        &message,
        REGIONS,
        &["regions[0].population", "unknown field `population`"],
    );
    let message = broken(SDGS, "number = 3\n", "number = 3\nicon = \"goal-3.png\"\n");
    assert_problem(&message, SDGS, &["goals[2].icon", "unknown field `icon`"]);
}

#[test]
fn unknown_field_in_a_text() {
    let find = "title = { text = \"More wind power\", lang = \"en\" }";
    let message = broken(STRATEGY, find, "title = { text = \"More wind power\", lang = \"en\", translation = { da = \"Mere vindkraft\" } }");
    assert_problem(
        &message,
        STRATEGY,
        &["parts[0].items[0].title", "translation"],
    );
}

// ---------------------------------------------------------------- external datasets (JSON)

/// The minimal fixture as a JSON value, in the published format.
fn fixture_json() -> serde_json::Value {
    let data = match load_dir(&fixture_dir()) {
        Ok(data) => data,
        Err(err) => panic!("{err}"),
    };
    serde_json::to_value(&data).expect("dataset to JSON")
}

fn json_error(name: &str, json: &str) -> String {
    match parse_json(name, json) {
        Ok(_) => panic!("the broken dataset {name} was accepted"),
        Err(err) => err.to_string(),
    }
}

#[test]
fn valid_json_dataset_round_trips() {
    let json = serde_json::to_string_pretty(&fixture_json()).expect("JSON text");
    let data = match parse_json("minimal.json", &json) {
        Ok(data) => data,
        Err(err) => panic!("{err}"),
    };
    assert_eq!(data.strategies[0].id, "x");
}

#[test]
fn json_goal_as_a_string_names_the_json_path_and_line() {
    let mut value = fixture_json();
    value["strategies"][0]["sdg"][0]["goal"] = "13".into();
    let json = serde_json::to_string_pretty(&value).expect("JSON text");
    let line = json
        .lines()
        .position(|l| l.contains("\"goal\": \"13\""))
        .expect("goal line")
        + 1;
    let message = json_error("https://data.example.org/x.json", &json);
    assert_problem(
        &message,
        "https://data.example.org/x.json",
        &[
            &format!("x.json:{line}:"),
            "strategies[0].sdg[0].goal",
            "invalid type: string \"13\", expected u8",
        ],
    );
}

#[test]
fn json_unknown_field_names_the_json_path() {
    let mut value = fixture_json();
    value["strategies"][0]["parts"][1]["colour"] = "green".into();
    let json = serde_json::to_string(&value).expect("JSON text");
    let message = json_error("external.json", &json);
    assert_problem(
        &message,
        "external.json",
        &["strategies[0].parts[1].colour", "unknown field `colour`"],
    );
}

#[test]
fn json_missing_field_names_the_json_path() {
    let mut value = fixture_json();
    value["strategies"][0]["parts"][0]
        .as_object_mut()
        .expect("part object")
        .remove("title");
    let json = serde_json::to_string(&value).expect("JSON text");
    let message = json_error("external.json", &json);
    assert_problem(
        &message,
        "external.json",
        &["strategies[0].parts[0]", "missing field `title`"],
    );
}

#[test]
fn json_syntax_error_has_its_line() {
    let json = "{\n  \"format_version\": 1,\n  \"strategies\": [\n}\n";
    let message = json_error("external.json", json);
    assert_problem(&message, "external.json", &["external.json:4:"]);
}

#[test]
fn json_rule_violations_name_the_dataset_path() {
    let mut value = fixture_json();
    value["strategies"][0]["parts"][0]["items"][0]["sdg"][0]["goal"] = 18.into();
    value["strategies"][0]["sources"][1]["url"] = "http://north.example.org/strategy".into();
    let json = serde_json::to_string(&value).expect("JSON text");
    let message = json_error("external.json", &json);
    assert!(message.starts_with("2 problem(s)"), "{message}");
    assert_problem(
        &message,
        "external.json",
        &["strategies[0].parts[0].items[0].sdg[0].goal", "is 18"],
    );
    assert_problem(
        &message,
        "external.json",
        &["strategies[0].sources[1].url", "is not an https:// address"],
    );
}

#[test]
fn json_duplicate_strategy_id() {
    let mut value = fixture_json();
    let strategy = value["strategies"][0].clone();
    value["strategies"]
        .as_array_mut()
        .expect("strategies array")
        .push(strategy);
    let json = serde_json::to_string(&value).expect("JSON text");
    let message = json_error("external.json", &json);
    assert_problem(
        &message,
        "external.json",
        &["strategies[1].id", "duplicate strategy id \"x\""],
    );
}

#[test]
fn json_wrong_format_version() {
    let mut value = fixture_json();
    value["format_version"] = 2.into();
    let json = serde_json::to_string(&value).expect("JSON text");
    let message = json_error("external.json", &json);
    assert_problem(
        &message,
        "external.json",
        &[
            "format_version",
            "is 2, but this app reads format version 1",
        ],
    );
}

#[test]
fn json_dataset_without_the_sdg_catalogue_is_accepted() {
    let mut value = fixture_json();
    let object = value.as_object_mut().expect("dataset object");
    object.remove("sdgs");
    object.remove("sdg_sources");
    object.remove("sdg_logo_note");
    let json = serde_json::to_string(&value).expect("JSON text");
    if let Err(err) = parse_json("external.json", &json) {
        panic!("{err}");
    }
}

#[test]
fn json_sdg_sources_are_checked_without_the_catalogue() {
    let mut value = fixture_json();
    value["sdgs"] = serde_json::json!([]);
    value["sdg_sources"][0]["url"] = "http://sdgs.example.org/guidelines".into();
    let json = serde_json::to_string(&value).expect("JSON text");
    let message = json_error("external.json", &json);
    assert_problem(
        &message,
        "external.json",
        &["sdg_sources[0].url", "is not an https:// address"],
    );
}
