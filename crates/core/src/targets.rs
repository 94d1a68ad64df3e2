//! The 169 SDG targets in the official text of each language we have (`data/sdg-targets.toml`),
//! with the source of each language's texts. See docs/data-format.md ("SDG targets").
//!
//! A target's text is a source's own words. Where a language's official text is not in the
//! data, [`Targets::text`] falls back to English and says so, so the reader is never shown our
//! translation as the official one.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::model::Lang;

/// How many numbered and lettered targets each goal has in the UN framework (goal 1: 1.1–1.5
/// and 1.a–1.b). A target id outside these is not a target.
const TARGETS_PER_GOAL: [(u8, u8); 17] = [
    (5, 2),
    (5, 3),
    (9, 4),
    (7, 3),
    (6, 3),
    (6, 2),
    (3, 2),
    (10, 2),
    (5, 3),
    (7, 3),
    (7, 3),
    (8, 3),
    (3, 2),
    (7, 3),
    (9, 3),
    (10, 2),
    (19, 0),
];

/// A target id such as "8.5" or "14.c", checked against the UN numbering.
pub fn is_target_id(id: &str) -> bool {
    let Some((goal, sub)) = id.split_once('.') else {
        return false;
    };
    let Some(&(numbered, lettered)) = goal
        .parse::<usize>()
        .ok()
        .and_then(|g| g.checked_sub(1))
        .and_then(|g| TARGETS_PER_GOAL.get(g))
    else {
        return false;
    };
    if goal.starts_with('0') {
        return false;
    }
    match sub.as_bytes() {
        [c @ b'a'..=b'z'] => c - b'a' < lettered,
        _ => !sub.starts_with('0') && sub.parse::<u8>().is_ok_and(|n| (1..=numbered).contains(&n)),
    }
}

/// Every target id in the UN's order: 1.1 … 1.5, 1.a, 1.b, 2.1 ….
pub fn all_target_ids() -> impl Iterator<Item = String> {
    (1u8..)
        .zip(TARGETS_PER_GOAL)
        .flat_map(|(goal, (numbered, lettered))| {
            (1..=numbered)
                .map(move |n| format!("{goal}.{n}"))
                .chain((0..lettered).map(move |l| format!("{goal}.{}", char::from(b'a' + l))))
        })
}

/// The goal a target id belongs to ("8.5" → 8).
pub fn goal_of(id: &str) -> Option<u8> {
    id.split_once('.').and_then(|(g, _)| g.parse().ok())
}

/// The file as written.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetsFile {
    /// Where each language's texts come from, by language code.
    #[serde(default)]
    pub language: BTreeMap<String, LanguageSource>,
    #[serde(default)]
    pub target: Vec<TargetText>,
}

/// The source of one language's target texts, or why there are none.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguageSource {
    /// Who publishes the official text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// The document, when the texts come from one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    /// The official source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// The copy the texts were transcribed from, when it is not `url` itself.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transcribed_from: Option<String>,
    /// The page each text was transcribed from, by target id, for a publisher with one page
    /// per target: a reader can check every text where it was read.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub pages: BTreeMap<String, String>,
    /// Why the language has no texts, in each language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_available: Option<Note>,
    /// Pages where texts in the language were seen but not (yet) taken from.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub seen_at: Vec<String>,
}

/// A text we wrote, in the three languages.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Note {
    pub da: String,
    pub sv: String,
    pub en: String,
}

impl Note {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Da => &self.da,
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }
}

/// One target's official texts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetText {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub da: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sv: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl TargetText {
    pub fn get(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Da => self.da.as_deref(),
            Lang::Sv => self.sv.as_deref(),
            Lang::En => self.en.as_deref(),
        }
    }

    /// The text to show a reader of `lang`: the official one in that language, else English.
    pub fn shown(&self, lang: Lang) -> Option<ShownText<'_>> {
        self.get(lang)
            .map(|text| ShownText { text, lang })
            .or_else(|| {
                self.en.as_deref().map(|text| ShownText {
                    text,
                    lang: Lang::En,
                })
            })
    }
}

/// Why the targets file cannot be used: every problem found, each naming the target or
/// language and what to do.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", .0.join("; "))]
pub struct TargetsError(pub Vec<String>);

/// The site of an http(s) address: the last two labels of its host ("dst.dk" for
/// "https://rss.dst.dk/da/…"), so a publisher's hosts count as one site.
fn site(url: &str) -> Option<&str> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#', ':']).next()?;
    let cut = host.rmatch_indices('.').nth(1).map_or(0, |(i, _)| i + 1);
    Some(&host[cut..]).filter(|s| s.contains('.'))
}

/// A language's `pages` must cover exactly its texts, each an http(s) address on the site of
/// the language's `url`: a text without its page could not be checked, a page without a text
/// points nowhere, and a page elsewhere would be another publisher's words.
fn page_problems(file: &TargetsFile, lang: Lang, source: &LanguageSource) -> Vec<String> {
    let code = lang.code();
    let publisher_site = source.url.as_deref().and_then(site);
    let mut problems = Vec::new();
    for target in file.target.iter().filter(|t| t.get(lang).is_some()) {
        if !source.pages.contains_key(&target.id) {
            problems.push(format!(
                "target {} has a {code} text but [language.{code}] pages has no page for it; add the page it was transcribed from",
                target.id
            ));
        }
    }
    for (id, page) in &source.pages {
        if !file
            .target
            .iter()
            .any(|t| &t.id == id && t.get(lang).is_some())
        {
            problems.push(format!(
                "[language.{code}] pages lists target {id}, which has no {code} text; remove the page or add the text"
            ));
        }
        match site(page) {
            None => problems.push(format!(
                "[language.{code}] pages: the page of target {id} is not an http(s) address"
            )),
            Some(page_site) if publisher_site.is_some_and(|s| s != page_site) => {
                problems.push(format!(
                    "[language.{code}] pages: the page of target {id} is on {page_site}, not on {}, the site of the language's url; take the text from the publisher's own page",
                    publisher_site.unwrap_or_default()
                ))
            }
            Some(_) => {}
        }
    }
    problems
}

/// The checked targets, by id.
#[derive(Clone, Debug, PartialEq)]
pub struct Targets {
    file: TargetsFile,
    by_id: BTreeMap<String, usize>,
}

/// A target's text for a reader: in the reader's language, or the English one when that
/// language's official text is missing (`lang` then says English).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ShownText<'a> {
    pub text: &'a str,
    pub lang: Lang,
}

impl Targets {
    /// Parses and checks the TOML data file.
    #[cfg(feature = "files")]
    pub fn from_toml(input: &str) -> Result<Targets, TargetsError> {
        let file: TargetsFile = toml::from_str(input)
            .map_err(|e| TargetsError(vec![format!("the targets file cannot be read: {e}")]))?;
        Targets::new(file)
    }

    /// Checks the data: every id a UN target and listed once, all 169 present, and every
    /// language with texts has a publisher and a source URL (and, if it lists pages, a page
    /// for each text), every language without a text for some target has a note.
    pub fn new(file: TargetsFile) -> Result<Targets, TargetsError> {
        let mut problems = Vec::new();
        let mut by_id = BTreeMap::new();
        for (i, target) in file.target.iter().enumerate() {
            if !is_target_id(&target.id) {
                problems.push(format!(
                    "target \"{}\": not a target id of the UN framework (write e.g. \"8.5\" or \"14.c\")",
                    target.id
                ));
            } else if by_id.insert(target.id.clone(), i).is_some() {
                problems.push(format!(
                    "target {} is listed twice; keep one [[target]]",
                    target.id
                ));
            }
            for lang in Lang::ALL {
                if target.get(lang).is_some_and(|t| t.trim().is_empty()) {
                    problems.push(format!(
                        "target {}: the {} text is empty; leave it out instead",
                        target.id,
                        lang.code()
                    ));
                }
            }
        }
        let missing: Vec<String> = all_target_ids()
            .filter(|id| !by_id.contains_key(id))
            .collect();
        if !missing.is_empty() {
            problems.push(format!(
                "targets missing from the file: {}; add a [[target]] for each",
                missing.join(", ")
            ));
        }
        for code in file.language.keys() {
            if Lang::from_code(code).is_none() {
                problems.push(format!(
                    "[language.{code}]: not a language of the app (da, sv, en)"
                ));
            }
        }
        for lang in Lang::ALL {
            let source = file.language.get(lang.code());
            let with_text = file.target.iter().filter(|t| t.get(lang).is_some()).count();
            let url_ok = source
                .and_then(|s| s.url.as_deref())
                .is_some_and(|u| u.starts_with("https://") || u.starts_with("http://"));
            let publisher_ok = source
                .and_then(|s| s.publisher.as_deref())
                .is_some_and(|p| !p.trim().is_empty());
            if with_text > 0 && !(url_ok && publisher_ok) {
                problems.push(format!(
                    "{with_text} target(s) have a {} text, but [language.{}] lacks its publisher or source url; say where the official text is published",
                    lang.code(),
                    lang.code()
                ));
            }
            if let Some(source) = source.filter(|s| !s.pages.is_empty()) {
                problems.extend(page_problems(&file, lang, source));
            }
            if with_text < file.target.len()
                && source.and_then(|s| s.not_available.as_ref()).is_none()
            {
                problems.push(format!(
                    "{} target(s) have no {} text; give [language.{}] a not_available note (da, sv, en) saying why",
                    file.target.len() - with_text,
                    lang.code(),
                    lang.code()
                ));
            }
        }
        if file.target.iter().any(|t| t.en.is_none()) {
            problems.push(
                "every target needs its English (UN) text: it is what the app shows where a language's text is missing"
                    .to_string(),
            );
        }
        if problems.is_empty() {
            Ok(Targets { file, by_id })
        } else {
            Err(TargetsError(problems))
        }
    }

    /// The target with this id.
    pub fn get(&self, id: &str) -> Option<&TargetText> {
        self.by_id.get(id).map(|&i| &self.file.target[i])
    }

    /// The text to show a reader of `lang`: the official one in that language, else English.
    pub fn text(&self, id: &str, lang: Lang) -> Option<ShownText<'_>> {
        self.get(id)?.shown(lang)
    }

    /// Where a language's texts come from, or why there are none.
    pub fn source(&self, lang: Lang) -> Option<&LanguageSource> {
        self.file.language.get(lang.code())
    }

    /// Every target, in the file's order.
    pub fn iter(&self) -> impl Iterator<Item = &TargetText> {
        self.file.target.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete_file() -> TargetsFile {
        TargetsFile {
            language: BTreeMap::from([
                (
                    "en".to_string(),
                    LanguageSource {
                        publisher: Some("UN".into()),
                        url: Some("https://undocs.org/A/RES/71/313".into()),
                        ..Default::default()
                    },
                ),
                (
                    "da".to_string(),
                    LanguageSource {
                        not_available: Some(Note::default()),
                        ..Default::default()
                    },
                ),
                (
                    "sv".to_string(),
                    LanguageSource {
                        publisher: Some("SCB".into()),
                        url: Some("https://www.scb.se/".into()),
                        not_available: Some(Note::default()),
                        pages: BTreeMap::from([(
                            "8.6".to_string(),
                            "https://www.scb.se/mal-8/delmal-8.6/".to_string(),
                        )]),
                        ..Default::default()
                    },
                ),
            ]),
            target: all_target_ids()
                .map(|id| TargetText {
                    en: Some(format!("text of {id}")),
                    sv: (id == "8.6").then(|| "Minska andelen unga".to_string()),
                    id,
                    ..Default::default()
                })
                .collect(),
        }
    }

    #[test]
    fn there_are_169_targets_and_ids_follow_the_un_numbering() {
        assert_eq!(all_target_ids().count(), 169);
        for id in ["1.1", "8.10", "14.c", "17.19", "1.b"] {
            assert!(is_target_id(id), "{id}");
        }
        for id in [
            "1.6", "1.c", "17.a", "18.1", "0.1", "8.0", "8.05", "08.5", "8", "8.A",
        ] {
            assert!(!is_target_id(id), "{id}");
        }
        assert_eq!(goal_of("14.c"), Some(14));
    }

    #[test]
    fn a_missing_language_falls_back_to_english_and_says_so() {
        let targets = Targets::new(complete_file()).expect("valid");
        assert_eq!(
            targets.text("8.6", Lang::Sv),
            Some(ShownText {
                text: "Minska andelen unga",
                lang: Lang::Sv
            })
        );
        assert_eq!(
            targets.text("8.5", Lang::Da),
            Some(ShownText {
                text: "text of 8.5",
                lang: Lang::En
            })
        );
        assert_eq!(targets.text("8.11", Lang::En), None);
    }

    #[test]
    fn problems_name_the_target_or_language_and_what_to_do() {
        let mut file = complete_file();
        file.target[0].id = "1.9".into();
        file.target[5].id = "1.b".into();
        file.language.get_mut("sv").unwrap().url = None;
        file.language.get_mut("da").unwrap().not_available = None;
        let problems = Targets::new(file).unwrap_err().0;
        let all = problems.join("\n");
        assert!(all.contains("target \"1.9\": not a target id"), "{all}");
        assert!(all.contains("target 1.b is listed twice"), "{all}");
        assert!(all.contains("targets missing from the file: 1.1"), "{all}");
        assert!(
            all.contains("[language.sv] lacks its publisher or source url"),
            "{all}"
        );
        assert!(
            all.contains("give [language.da] a not_available note"),
            "{all}"
        );
    }

    #[test]
    fn every_text_of_a_language_with_pages_has_its_page_on_the_publishers_site() {
        assert!(Targets::new(complete_file()).is_ok());
        let mut file = complete_file();
        file.target[0].sv = Some("Senast 2030 avskaffa".into());
        file.target[1].sv = Some("Till 2030 minst halvera".into());
        let pages = &mut file.language.get_mut("sv").unwrap().pages;
        pages.insert("1.3".into(), "https://www.scb.se/mal-1/delmal-1.3/".into());
        pages.insert("8.6".into(), "www.scb.se/mal-8/delmal-8.6/".into());
        pages.insert("1.1".into(), "https://www.globalamalen.se/mal-1/".into());
        let all = Targets::new(file).unwrap_err().0.join("\n");
        assert!(
            all.contains("target 1.2 has a sv text but [language.sv] pages has no page for it"),
            "{all}"
        );
        assert!(
            all.contains("the page of target 1.1 is on globalamalen.se, not on scb.se"),
            "{all}"
        );
        assert!(
            all.contains("pages lists target 1.3, which has no sv text"),
            "{all}"
        );
        assert!(
            all.contains("the page of target 8.6 is not an http(s) address"),
            "{all}"
        );
    }
}
