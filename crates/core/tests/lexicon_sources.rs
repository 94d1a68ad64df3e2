//! The SDG target texts (`data/sdg-targets.toml`) and the traceability of the lexicon's terms
//! (`data/lexicon.toml`): every term names the target whose official text it comes from, or is
//! marked as added by hand.

use strategy_core::model::Lang;
use strategy_core::suggest::{LexiconError, LexiconSource};
use strategy_core::targets::Targets;

fn data(path: &str) -> String {
    let full = format!("{}/../../data/{path}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("cannot read {full}: {e}"))
}

fn targets() -> Targets {
    Targets::from_toml(&data("sdg-targets.toml"))
        .unwrap_or_else(|e| panic!("data/sdg-targets.toml is not valid: {e}"))
}

#[test]
fn the_target_file_has_every_target_with_its_english_text_and_sources() {
    let targets = targets();
    assert_eq!(targets.iter().count(), 169);
    let text = targets.text("8.6", Lang::En).expect("target 8.6");
    assert!(text
        .text
        .contains("not in employment, education or training"));
    // Languages without official texts say so, in every language.
    for lang in [Lang::Da, Lang::Sv] {
        let source = targets.source(lang).expect("a [language] entry");
        if targets.iter().any(|t| t.get(lang).is_none()) {
            let note = source.not_available.as_ref().expect("a not_available note");
            assert!(Lang::ALL.iter().all(|&l| !note.get(l).trim().is_empty()));
        }
    }
}

#[test]
fn every_lexicon_term_is_traceable() {
    let source = LexiconSource::from_toml(&data("lexicon.toml")).expect("the lexicon parses");
    if let Err(e) = source.check_origins(&targets()) {
        panic!("{e}");
    }
}

fn one_term(lang: &str, term: &str) -> LexiconSource {
    LexiconSource::from_json(&format!(
        r#"{{"goal":[{{"number":8,"{lang}":{{"strong":[{term:?}]}}}}]}}"#
    ))
    .expect("a one-term lexicon")
}

fn problems(lang: &str, term: &str) -> String {
    match one_term(lang, term).check_origins(&targets()) {
        Ok(()) => String::new(),
        Err(LexiconError::Origins(p)) => p.join("\n"),
        Err(e) => panic!("unexpected error {e}"),
    }
}

#[test]
fn a_term_without_a_source_target_or_hand_mark_fails_with_what_to_write() {
    let p = problems("en", "youth employment");
    assert!(
        p.contains(
            "goal 8, en: term \"youth employment\": has neither a source target nor a hand mark"
        ) && p.contains("`term @hand`"),
        "{p}"
    );
}

#[test]
fn a_target_term_must_occur_in_that_targets_official_text() {
    assert_eq!(problems("en", "youth employment @8.b"), "");
    assert_eq!(problems("en", "decent jobs @hand"), "");
    assert_eq!(problems("en", "decent jobs @hand 8.5"), "");
    let p = problems("en", "youth employment @8.5");
    assert!(
        p.contains("does not occur in the en text of target 8.5"),
        "{p}"
    );
    let p = problems("en", "youth employment @8.99");
    assert!(p.contains("not a target id"), "{p}");
}

#[test]
fn a_target_term_in_a_language_without_official_texts_must_be_marked_by_hand() {
    let targets = targets();
    if targets.get("8.6").and_then(|t| t.get(Lang::Da)).is_none() {
        let p = problems("da", "ungdomsledighed @8.6");
        assert!(p.contains("mark it `@hand 8.6`"), "{p}");
    }
    assert_eq!(problems("da", "ungdomsledighed @hand 8.6"), "");
}
