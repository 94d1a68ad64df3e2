//! The bundled dataset as the reader of one language needs it.
//!
//! A page shows every text in its own words and, beside them, its translation into the reader's
//! language ([`Text::shown_in`](crate::model::Text::shown_in); the app's `Txt` component); it
//! never shows a translation into another language. Search is the exception: it finds a title
//! or a description by any of its translations (`filter::build_index`). So the app embeds one
//! copy of the data per language ([`for_reader`]), with the other languages' translations only
//! where search reads them, and a first visit fetches only the reader's copy: on the real data
//! the English copy was 27.6 KB gzip instead of 39.7 KB as JSON (26.4 KB in the compact form the
//! app ships, [`crate::compact`]), and it takes less memory once parsed.

use crate::model::{Dataset, Lang};
use serde_json::Value;

/// The fields whose translations search reads (titles and descriptions), kept whole.
const SEARCHED: [&str; 2] = ["title", "description"];

/// `data` as a reader of `lang` sees it: every text keeps its own words and its translation
/// into `lang`; translations into the other languages stay only in titles and descriptions.
pub fn for_reader(data: &Dataset, lang: Lang) -> Dataset {
    let mut value = serde_json::to_value(data).expect("a dataset serialises to JSON");
    keep_translations(&mut value, lang, None);
    serde_json::from_value(value).expect("dropping translations keeps a dataset valid")
}

/// Walks the JSON of a dataset; `field` is the name `value` has in its parent object.
fn keep_translations(value: &mut Value, lang: Lang, field: Option<&str>) {
    match value {
        Value::Object(object) => {
            let is_text = object.get("text").is_some_and(Value::is_string);
            let searched = field.is_some_and(|f| SEARCHED.contains(&f));
            if is_text && !searched {
                if let Some(Value::Object(translations)) = object.get_mut("translations") {
                    translations.retain(|code, _| code == lang.code());
                    if translations.is_empty() {
                        object.remove("translations");
                    }
                }
            }
            for (name, child) in object.iter_mut() {
                keep_translations(child, lang, Some(name));
            }
        }
        Value::Array(items) => {
            for item in items {
                keep_translations(item, lang, field);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::filter::{self, Filters};
    use crate::model::Text;

    const DAY: (i32, u32, u32) = (2026, 12, 6);

    fn bundled() -> Dataset {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data");
        crate::load::load_dir(&dir).expect("the bundled data is valid")
    }

    /// Every text of `data`, with the name of the field it is in.
    fn texts(data: &Dataset) -> Vec<(String, Text)> {
        fn walk(value: &Value, field: &str, out: &mut Vec<(String, Text)>) {
            match value {
                Value::Object(object) => {
                    if object.get("text").is_some_and(Value::is_string) {
                        let text: Text = serde_json::from_value(value.clone()).unwrap();
                        out.push((field.to_string(), text));
                    }
                    for (name, child) in object {
                        walk(child, name, out);
                    }
                }
                Value::Array(items) => items.iter().for_each(|item| walk(item, field, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        walk(&serde_json::to_value(data).unwrap(), "", &mut out);
        out
    }

    #[test]
    fn a_reader_sees_every_text_as_in_the_full_data() {
        let full = bundled();
        for lang in Lang::ALL {
            let reader = for_reader(&full, lang);
            let (before, after) = (texts(&full), texts(&reader));
            assert_eq!(before.len(), after.len());
            for ((field, a), (_, b)) in before.iter().zip(&after) {
                assert_eq!((&a.text, a.lang, a.wording), (&b.text, b.lang, b.wording));
                assert_eq!(a.translations.get(&lang), b.translations.get(&lang));
                // The shown text, whatever the context language.
                for context in Lang::ALL {
                    assert_eq!(a.shown_in(lang, context), b.shown_in(lang, context));
                }
                if SEARCHED.contains(&field.as_str()) {
                    assert_eq!(a.translations, b.translations, "{field}: {}", a.text);
                } else {
                    assert!(
                        b.translations.keys().all(|&l| l == lang),
                        "{field}: {}",
                        a.text
                    );
                }
            }
        }
    }

    #[test]
    fn search_finds_the_same_in_every_language() {
        let full = bundled();
        let whole = Catalog::new(full.clone(), DAY);
        // Words in each language, some found only through a translation.
        let queries = [
            "klimat",
            "klima",
            "climate",
            "psykisk",
            "mental health",
            "grøn",
            "sundhed",
            "hälsa",
            "education",
            "uddannelse",
            "utbildning",
            "mål 13",
            "goal 3",
            "transport",
        ];
        for lang in Lang::ALL {
            let reader = Catalog::new(for_reader(&full, lang), DAY);
            for q in queries {
                let filters = Filters {
                    q: q.to_string(),
                    ..Filters::default()
                };
                let hits = |c: &Catalog| filter::apply(c, &filter::build_index(c), &filters);
                let found = hits(&whole);
                assert!(
                    !found.is_empty(),
                    "{q} finds nothing: pick words of the data"
                );
                assert_eq!(found, hits(&reader), "{lang:?}: {q}");
            }
        }
    }

    #[test]
    fn the_copy_for_one_language_is_smaller() {
        let full = bundled();
        let size = |d: &Dataset| serde_json::to_string(d).unwrap().len();
        for lang in Lang::ALL {
            assert!(
                size(&for_reader(&full, lang)) * 10 < size(&full) * 9,
                "{lang:?}"
            );
        }
    }
}
