//! `strategy-suggest`: SDG suggestions from the wording of a text, with the evidence, as JSON.
//!
//! ```text
//! strategy-suggest --lang da|sv|en [--lexicon FILE] [TEXT ...]    (no TEXT: read standard input)
//! strategy-suggest --dataset FILE.json [--lexicon FILE] [--include-paraphrases]
//! strategy-suggest --target-terms da|sv|en
//! ```
//!
//! Suggestions are not the region's links: they say which goals the wording points to and why.
//! See docs/suggestions.md.

use std::ffi::OsString;
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

use serde_json::{json, Value};
use strategy_core::model::{Dataset, Lang, SdgLink, Text, Wording};
use strategy_core::suggest::{
    split_origin, suggest_fields, target_term_candidates, Lexicon, LexiconSource, Suggestion,
    TargetBasis, THRESHOLD,
};
use strategy_core::targets::Targets;

const USAGE: &str = "usage:
  strategy-suggest --lang da|sv|en [--lexicon FILE] [TEXT ...]
      suggest goals for TEXT (the arguments joined by spaces), or for standard input
  strategy-suggest --dataset FILE.json [--lexicon FILE] [--include-paraphrases]
      suggest goals for every strategy, part and item of a dataset in the published JSON format
      (title and description; strategies also headline), each text in its own language;
      texts marked as our paraphrase are skipped unless --include-paraphrases is given

  strategy-suggest --target-terms da|sv|en [--lexicon FILE]
      for every target with an official text in the language: the candidate terms the
      documented procedure derives from it, and the lexicon's terms taken from it

  --lexicon FILE   the lexicon (default: data/lexicon.toml, relative to the current folder)
  --targets FILE   the SDG targets (default: data/sdg-targets.toml, likewise)

Prints JSON. Suggestions are suggested from the wording, never the region's own links.";

const NOTE: &str = "Suggested from the wording: these are not the region's own SDG links.";

struct Options {
    lang: Option<Lang>,
    target_terms: Option<Lang>,
    lexicon: PathBuf,
    targets: PathBuf,
    dataset: Option<PathBuf>,
    include_paraphrases: bool,
    words: Vec<String>,
}

fn parse_args(args: Vec<OsString>) -> Result<Option<Options>, String> {
    let mut options = Options {
        lang: None,
        target_terms: None,
        lexicon: PathBuf::from("data/lexicon.toml"),
        targets: PathBuf::from("data/sdg-targets.toml"),
        dataset: None,
        include_paraphrases: false,
        words: Vec::new(),
    };
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        let text = arg
            .to_str()
            .ok_or_else(|| format!("argument is not UTF-8: {}", arg.to_string_lossy()))?
            .to_string();
        let mut value = |name: &str| args.next().ok_or_else(|| format!("{name} needs a value"));
        match text.as_str() {
            "-h" | "--help" => return Ok(None),
            "--lang" | "--target-terms" => {
                let code = value(&text)?;
                let code = code.to_string_lossy();
                let lang = Some(
                    Lang::from_code(&code)
                        .ok_or_else(|| format!("unknown language \"{code}\": use da, sv or en"))?,
                );
                if text == "--lang" {
                    options.lang = lang;
                } else {
                    options.target_terms = lang;
                }
            }
            "--lexicon" => options.lexicon = value("--lexicon")?.into(),
            "--targets" => options.targets = value("--targets")?.into(),
            "--dataset" => options.dataset = Some(value("--dataset")?.into()),
            "--include-paraphrases" => options.include_paraphrases = true,
            "--" => {
                for rest in args.by_ref() {
                    options.words.push(rest.to_string_lossy().into_owned());
                }
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ => options.words.push(text),
        }
    }
    if options.dataset.is_some() && !options.words.is_empty() {
        return Err("give either --dataset or a text, not both".into());
    }
    if options.dataset.is_none() && options.lang.is_none() && options.target_terms.is_none() {
        return Err("--lang is needed to suggest for a text".into());
    }
    Ok(Some(options))
}

fn read(path: &PathBuf) -> Result<String, String> {
    std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

/// One suggestion; its target, if any, with the target's text for a reader of `lang` (the
/// English one, said so, where that language's official text is missing) and its evidence words.
fn suggestion_json(
    lexicon: &Lexicon,
    targets: &Targets,
    s: &Suggestion,
    lang: Lang,
    linked: Option<&[u8]>,
) -> Value {
    let mut value = json!({
        "goal": s.goal,
        "name": lexicon.goal_name(s.goal),
        "score": s.score,
        "evidence": s.evidence,
    });
    if let Some(id) = &s.target {
        let shown = targets.text(id, lang);
        value["target"] = json!({
            "id": id,
            "text": shown.map(|t| t.text),
            "text_lang": shown.map(|t| t.lang.code()),
            "official_text_in_lang": shown.is_some_and(|t| t.lang == lang),
            "target_basis": s.target_basis.map(TargetBasis::code),
            "evidence": s.evidence.iter().filter(|e| e.target.as_ref() == Some(id)).map(|e| &e.text).collect::<Vec<_>>(),
        });
    }
    if let Some(linked) = linked {
        value["already_linked"] = json!(linked.contains(&s.goal));
    }
    value
}

/// One strategy, part or item: its texts and its own links.
struct Entry<'a> {
    strategy: &'a str,
    part: Option<&'a str>,
    item: Option<&'a str>,
    fields: Vec<(&'static str, &'a Text)>,
    links: &'a [SdgLink],
}

fn run_dataset(
    lexicon: &Lexicon,
    targets: &Targets,
    path: &PathBuf,
    include_paraphrases: bool,
) -> Result<Value, String> {
    let json = read(path)?;
    let data: Dataset = serde_json::from_str(&json)
        .map_err(|e| format!("{}: not a dataset: {e}", path.display()))?;
    let mut entries = Vec::new();
    for strategy in &data.strategies {
        let mut fields = vec![("title", &strategy.title)];
        fields.extend(strategy.summary.as_ref().map(|t| ("summary", t)));
        fields.extend(strategy.headline.as_ref().map(|h| ("headline", &h.text)));
        entries.push((
            strategy.language,
            Entry {
                strategy: &strategy.id,
                part: None,
                item: None,
                fields,
                links: &strategy.sdg,
            },
        ));
        for part in &strategy.parts {
            let mut fields = vec![("title", &part.title)];
            fields.extend(part.description.as_ref().map(|t| ("description", t)));
            entries.push((
                strategy.language,
                Entry {
                    strategy: &strategy.id,
                    part: Some(&part.id),
                    item: None,
                    fields,
                    links: &part.sdg,
                },
            ));
            for item in &part.items {
                let mut fields = vec![("title", &item.title)];
                fields.extend(item.description.as_ref().map(|t| ("description", t)));
                entries.push((
                    strategy.language,
                    Entry {
                        strategy: &strategy.id,
                        part: Some(&part.id),
                        item: Some(&item.id),
                        fields,
                        links: &item.sdg,
                    },
                ));
            }
        }
    }

    let mut out = Vec::new();
    let mut suggested = 0;
    for (context, entry) in entries {
        let fields: Vec<(&str, &Text)> = entry
            .fields
            .into_iter()
            .filter(|(_, t)| include_paraphrases || t.wording == Wording::Quote)
            .collect();
        let texts: Vec<(&str, Lang)> = fields
            .iter()
            .map(|(_, t)| (t.text.as_str(), t.lang_or(context)))
            .collect();
        let linked: Vec<u8> = entry.links.iter().map(|l| l.goal).collect();
        let suggestions = suggest_fields(lexicon, &texts);
        suggested += suggestions.len();
        out.push(json!({
            "strategy": entry.strategy,
            "part": entry.part,
            "item": entry.item,
            "fields": fields.iter().zip(&texts).map(|((name, t), (_, lang))| json!({
                "name": name,
                "lang": lang.code(),
                "wording": t.wording,
                "text": t.text,
            })).collect::<Vec<_>>(),
            "linked": linked,
            "suggestions": suggestions.iter().map(|s| suggestion_json(lexicon, targets, s, context, Some(&linked))).collect::<Vec<_>>(),
        }));
    }
    Ok(json!({
        "note": NOTE,
        "threshold": THRESHOLD,
        "entries_count": out.len(),
        "suggestions_count": suggested,
        "entries": out,
    }))
}

/// The derivation procedure's candidates for every target with a text in `lang`, next to the
/// lexicon terms that name the target (docs/suggestions.md, "Terms from the targets").
fn run_target_terms(source: &LexiconSource, targets: &Targets, lang: Lang) -> Value {
    let mut taken: std::collections::BTreeMap<String, Vec<&str>> = Default::default();
    for goal in &source.goal {
        let lists = match lang {
            Lang::Da => &goal.da,
            Lang::Sv => &goal.sv,
            Lang::En => &goal.en,
        };
        for term in lists.strong.iter().chain(&lists.supporting) {
            if let Ok((body, Some(origin))) = split_origin(term) {
                if let Some(target) = origin.target() {
                    taken.entry(target.to_string()).or_default().push(body);
                }
            }
        }
    }
    let rows: Vec<Value> = targets
        .iter()
        .filter_map(|t| {
            let text = t.get(lang)?;
            Some(json!({
                "target": t.id,
                "text": text,
                "candidates": target_term_candidates(text, lang),
                "in_lexicon": taken.get(&t.id).cloned().unwrap_or_default(),
            }))
        })
        .collect();
    json!({ "lang": lang.code(), "targets_count": rows.len(), "targets": rows })
}

fn run(options: Options) -> Result<Value, String> {
    let source = LexiconSource::from_toml(&read(&options.lexicon)?)
        .map_err(|e| format!("{}: {e}", options.lexicon.display()))?;
    let lexicon =
        Lexicon::new(&source).map_err(|e| format!("{}: {e}", options.lexicon.display()))?;
    let targets = Targets::from_toml(&read(&options.targets)?)
        .map_err(|e| format!("{}: {e}", options.targets.display()))?;
    if let Some(lang) = options.target_terms {
        return Ok(run_target_terms(&source, &targets, lang));
    }
    if let Some(dataset) = &options.dataset {
        return run_dataset(&lexicon, &targets, dataset, options.include_paraphrases);
    }
    let lang = options.lang.expect("checked in parse_args");
    let text = if options.words.is_empty() {
        let mut input = String::new();
        std::io::stdin()
            .read_to_string(&mut input)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        input
    } else {
        options.words.join(" ")
    };
    let suggestions = suggest_fields(&lexicon, &[(&text, lang)]);
    Ok(json!({
        "note": NOTE,
        "lang": lang.code(),
        "threshold": THRESHOLD,
        "suggestions": suggestions.iter().map(|s| suggestion_json(&lexicon, &targets, s, lang, None)).collect::<Vec<_>>(),
    }))
}

fn main() -> ExitCode {
    let options = match parse_args(std::env::args_os().skip(1).collect()) {
        Ok(Some(options)) => options,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("strategy-suggest: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(options) {
        Ok(value) => {
            println!(
                "{}",
                serde_json::to_string_pretty(&value).expect("JSON values serialize")
            );
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("strategy-suggest: {message}");
            ExitCode::FAILURE
        }
    }
}
