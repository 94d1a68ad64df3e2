//! Suggestions for a whole dataset, and the evidence marked in a text for the UI.

use serde::{Deserialize, Serialize};

use super::{suggest_fields, Lexicon, Suggestion};
use crate::model::Lang;

/// The suggestions for one part or item, computed from its title (evidence field 0) and
/// description (field 1). Only the source's own wording counts: a text we paraphrased is left
/// out (passed as empty), since a suggestion "from the wording" must be from the region's words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntrySuggestions {
    pub strategy: String,
    pub part: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item: Option<String>,
    pub suggestions: Vec<Suggestion>,
}

/// Runs [`suggest_fields`] over every part and item of `data`; entries without any suggestion
/// are left out.
pub fn suggest_dataset(lexicon: &Lexicon, data: &crate::model::Dataset) -> Vec<EntrySuggestions> {
    use crate::model::{Text, Wording};
    let quoted = |text: Option<&Text>, context: Lang| -> (String, Lang) {
        match text {
            Some(t) if t.wording == Wording::Quote => (t.text.clone(), t.lang_or(context)),
            _ => (String::new(), context),
        }
    };
    let mut out = Vec::new();
    for strategy in &data.strategies {
        let context = strategy.language;
        for part in &strategy.parts {
            let entries = std::iter::once((None, &part.title, part.description.as_ref())).chain(
                part.items
                    .iter()
                    .map(|i| (Some(&i.id), &i.title, i.description.as_ref())),
            );
            for (item, title, description) in entries {
                let fields = [quoted(Some(title), context), quoted(description, context)];
                let fields: Vec<(&str, Lang)> =
                    fields.iter().map(|(t, l)| (t.as_str(), *l)).collect();
                let suggestions = suggest_fields(lexicon, &fields);
                if !suggestions.is_empty() {
                    out.push(EntrySuggestions {
                        strategy: strategy.id.clone(),
                        part: part.id.clone(),
                        item: item.cloned(),
                        suggestions,
                    });
                }
            }
        }
    }
    out
}

/// The text of evidence field `field` cut into segments, the words that support `suggestion`
/// marked, so the UI can show *why* a goal was suggested.
pub fn evidence_segments(
    text: &str,
    field: usize,
    suggestion: &Suggestion,
) -> Vec<crate::search::Segment> {
    let mut ranges: Vec<(usize, usize)> = suggestion
        .evidence
        .iter()
        .filter(|e| {
            e.field == field
                && e.end <= text.len()
                && text.is_char_boundary(e.start)
                && text.is_char_boundary(e.end)
        })
        .map(|e| (e.start, e.end))
        .collect();
    ranges.sort_unstable();
    let mut segments = Vec::new();
    let mut at = 0;
    for (start, end) in ranges {
        if start < at {
            continue;
        }
        if start > at {
            segments.push(crate::search::Segment {
                text: text[at..start].to_string(),
                matched: false,
            });
        }
        segments.push(crate::search::Segment {
            text: text[start..end].to_string(),
            matched: true,
        });
        at = end;
    }
    if at < text.len() || segments.is_empty() {
        segments.push(crate::search::Segment {
            text: text[at..].to_string(),
            matched: false,
        });
    }
    segments
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;
    use crate::suggest::Evidence;
    use crate::testutil;

    fn lexicon() -> Lexicon {
        Lexicon::from_json(r#"{"goal":[{"number":3,"name":"Good Health","sv":{"strong":["hälsa"],"supporting":[]}}]}"#)
            .expect("a tiny lexicon")
    }

    #[test]
    fn evidence_segments_mark_exactly_the_evidence() {
        let s = Suggestion {
            goal: 3,
            score: 2,
            target: None,
            target_basis: None,
            evidence: vec![Evidence {
                field: 0,
                start: 4,
                end: 10,
                text: "hälsa".into(),
                term: "hälsa".into(),
                weight: 2,
                target: None,
            }],
        };
        let text = "God hälsa för alla";
        let segments = evidence_segments(text, 0, &s);
        let marked: Vec<&str> = segments
            .iter()
            .filter(|x| x.matched)
            .map(|x| x.text.as_str())
            .collect();
        assert_eq!(marked, ["hälsa"]);
        assert_eq!(
            segments.iter().map(|x| x.text.as_str()).collect::<String>(),
            text
        );
        assert!(evidence_segments(text, 1, &s).iter().all(|x| !x.matched));
    }

    #[test]
    fn dataset_suggestions_use_only_quoted_wording() {
        let lexicon = lexicon();
        let part = Part {
            kind: PartKind::PriorityArea,
            title: Text::plain("God hälsa för alla"),
            sources: vec!["s".into()],
            ..testutil::part("p")
        };
        let mut data = Dataset::default();
        data.strategies.push(Strategy {
            title: Text::plain("S"),
            parts: vec![part],
            ..testutil::strategy("s")
        });
        let quoted = suggest_dataset(&lexicon, &data);
        data.strategies[0].parts[0].title.wording = Wording::Paraphrase;
        let paraphrased = suggest_dataset(&lexicon, &data);
        assert_eq!(quoted.len(), 1);
        assert_eq!(
            (quoted[0].part.as_str(), quoted[0].item.as_deref()),
            ("p", None)
        );
        assert_eq!(quoted[0].suggestions[0].goal, 3);
        assert!(
            paraphrased.is_empty(),
            "paraphrases never produce suggestions"
        );
    }
}
