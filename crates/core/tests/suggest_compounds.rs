//! Danish and Swedish compounds match the terms of their parts, with the real lexicon
//! (`data/lexicon.toml`): a long one-word term also matches as the last part of a compound,
//! and a prefix term as the first part.

use strategy_core::model::Lang;
use strategy_core::suggest::{suggest, Lexicon};

fn lexicon() -> Lexicon {
    let full = format!("{}/../../data/lexicon.toml", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("cannot read {full}: {e}"));
    Lexicon::from_toml(&text).expect("data/lexicon.toml is a valid lexicon")
}

/// (goal, target, matched term) of every suggestion, for the word on its own.
fn read(word: &str, lang: Lang) -> Vec<(u8, Option<String>, Vec<String>)> {
    suggest(&lexicon(), word, lang)
        .into_iter()
        .map(|s| {
            let terms = s.evidence.iter().map(|e| e.term.clone()).collect();
            (s.goal, s.target, terms)
        })
        .collect()
}

#[test]
fn danish_compounds_match_their_parts() {
    // «ungdom» + «arbejdsløshed»: the last part's term.
    assert_eq!(
        read("Ungdomsarbejdsløsheden", Lang::Da),
        [(8, Some("8.5".into()), vec!["arbejdsløshed".into()])]
    );
    // «klimatilpasning» as the last part («kyst» + «klimatilpasning»), and on its own in the
    // definite form, where it wins over the less specific «klima*».
    for word in ["Kystklimatilpasningen", "klimatilpasningen"] {
        assert_eq!(
            read(word, Lang::Da),
            [(13, Some("13.1".into()), vec!["klimatilpasning".into()])],
            "{word}"
        );
    }
}

#[test]
fn swedish_compounds_match_their_parts() {
    assert_eq!(
        read("ungdomsarbetslöshet", Lang::Sv),
        [(8, Some("8.5".into()), vec!["*arbetslöshet".into()])]
    );
    for word in ["klimatanpassningen", "kustklimatanpassning"] {
        assert_eq!(
            read(word, Lang::Sv),
            [(13, Some("13.1".into()), vec!["klimatanpassning".into()])],
            "{word}"
        );
    }
}
