//! Small shared components: content text with its language, sources, SDG tiles, link bases.

use crate::i18n::{texts, tr, use_i18n};
use crate::nav;
use leptos::either::Either;
use leptos::prelude::*;
use strategy_core::catalog::Catalog;
use strategy_core::html;
use strategy_core::model::*;
use strategy_core::status::Standing;

/// Sets the document title for the current page, and counts the page as shown.
pub fn set_page_title(title: impl Fn() -> String + 'static) {
    let shown = use_context::<PagesShown>();
    Effect::new(move |_| {
        document().set_title(&format!("{} · Strategy Explorer", title()));
        if let Some(PagesShown(count)) = shown {
            count.update(|n| *n = n.wrapping_add(1));
        }
    });
}

/// How often a page has been shown (each page sets its title when it is). A lazily loaded page
/// appears some time after the route changes; the route announcer waits for this count to move
/// before it focuses the new heading.
#[derive(Clone, Copy)]
pub struct PagesShown(pub RwSignal<u32>);

impl PagesShown {
    pub fn provide() -> Self {
        let shown = PagesShown(RwSignal::new(0));
        provide_context(shown);
        shown
    }
}

/// A content text, marked with its `lang` for screen readers.
///
/// A source's own words are shown in their language, with the unofficial translation into the UI
/// language beside them where the data has one (not with `original_only`, where there is no room
/// for it: facet options, compare cells). Our own text (a paraphrase) is shown in the UI
/// language, marked as ours: it exists in every language (checked at build time), so no text of
/// ours appears in another language.
#[component]
pub fn Txt(text: Text, context: Lang, #[prop(optional)] original_only: bool) -> impl IntoView {
    let i18n = use_i18n();
    let lang = text.lang_or(context);
    if text.wording == Wording::Paraphrase {
        return Either::Left(view! {
            {move || {
                let (words, shown) = text.shown_in(i18n.lang.get(), context);
                view! { <span lang=shown.code() class="ours">{words.to_string()}</span> }
            }}
            " " <small class="mark-paraphrase" title=tr(|t| t.paraphrase_hint)>"(" {tr(|t| t.paraphrase)} ")"</small>
        });
    }
    let translations = text.translations.clone();
    Either::Right(view! {
        <span lang=lang.code()>{text.text.clone()}</span>
        {move || {
            let ui = i18n.lang.get();
            (ui != lang && !original_only).then(|| translations.get(&ui).cloned()).flatten().map(|tr| view! {
                <span class="translation">
                    <small class="mark-unofficial">{i18n.t().unofficial_translation} ": "</small>
                    <span lang=ui.code()>{tr}</span>
                </span>
            })
        }}
    })
}

/// The plain text of a content text in the UI language when a translation exists, for places
/// that take a string (tab titles, chips, result lines), with the marks [`Txt`] shows: "(our
/// summary)" for a paraphrase, "(unofficial translation)" for a translation.
/// Our own text in the UI language is ours, not a translation: only "(our summary)".
pub fn text_in(text: &Text, ui: Lang) -> String {
    let ours = text.wording == Wording::Paraphrase;
    match text.translations.get(&ui) {
        Some(translation) => with_marks(translation, text.wording, !ours, ui),
        None => with_marks(&text.text, text.wording, false, ui),
    }
}

/// The source's own words in their language, or our own text in the UI language, marked "(our
/// summary)" when it is ours: for strings that show the original (compare headings, the timeline
/// chart, the Not Found page).
pub fn original_in(text: &Text, ui: Lang) -> String {
    // The context language only decides the language reported, which a string does not carry.
    let (shown, _) = text.shown_in(ui, ui);
    with_marks(shown, text.wording, false, ui)
}

fn with_marks(text: &str, wording: Wording, translated: bool, ui: Lang) -> String {
    let t = crate::i18n::texts(ui);
    let marks: Vec<&str> = [
        (wording == Wording::Paraphrase).then_some(t.paraphrase),
        translated.then_some(t.translation_mark),
    ]
    .into_iter()
    .flatten()
    .collect();
    if marks.is_empty() {
        text.to_string()
    } else {
        format!("{text} ({})", marks.join(", "))
    }
}

/// A list of sources as links. A source's own title is shown as it is; a title we wrote (a
/// description of the source) in the UI language, marked as ours. `context` is the language of
/// titles that do not name theirs: that of the strategy or region they belong to.
#[component]
pub fn SourceList(sources: Vec<Source>, context: Lang) -> impl IntoView {
    let i18n = use_i18n();
    let single = sources.len() == 1;
    view! {
        <div class="sources">
            <span class="sources-label">{move || if single { i18n.t().source } else { i18n.t().sources }} ": "</span>
            <ul>
                {sources.into_iter().map(|s| view! {
                    <li><ExternalLink url=s.url.clone()><Txt text=s.title.clone() context original_only=true/></ExternalLink>
                    {s.date.clone().map(|d| view! { " " <span class="muted">"(" {d} ")"</span> })}</li>
                }).collect_view()}
            </ul>
        </div>
    }
}

/// A link to a URL from the data. Only http(s) URLs become links ([`nav::safe_href`]); anything
/// else (say `javascript:`) is shown as text after the title.
#[component]
pub fn ExternalLink(url: String, children: Children) -> impl IntoView {
    match nav::safe_href(&url) {
        Some(href) => {
            view! { <a href=href rel="noopener" class="external">{children()}</a> }.into_any()
        }
        None => {
            view! { <span>{children()}</span> " " <span class="unsafe-url">"(" {url} ")"</span> }
                .into_any()
        }
    }
}

/// The sources of an entity of strategy `s` (an index into the catalog), given by id.
#[component]
pub fn SourcesOf(s: usize, ids: Vec<String>) -> impl IntoView {
    let catalog = crate::data::use_catalog();
    let strategy = &catalog.data.strategies[s];
    let sources: Vec<Source> = strategy.sources_of(&ids).cloned().collect();
    view! { <SourceList sources context=strategy.language/> }
}

/// A goal tile: number and name on the official colour, with text colour chosen for contrast.
/// The name follows the UI language.
#[component]
pub fn SdgTile(
    goal: Sdg,
    #[prop(optional)] count: Option<usize>,
    #[prop(optional)] compact: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let number = goal.number;
    let style = sdg_tile_style(&goal);
    let name = goal.name;
    view! {
        <a class=if compact { "sdg-tile compact" } else { "sdg-tile" } href=nav::sdg(number) style=style>
            <span class="sdg-number">{number}</span>
            <span class="sdg-name">{move || name.get(&i18n.lang.get()).cloned().unwrap_or_default()}</span>
            {count.map(|n| view! { <span class="sdg-count">{move || (i18n.t().links_count)(n)}</span> })}
        </a>
    }
}

/// The colours of a goal's tile: the official colour, and black or white text for contrast.
fn sdg_tile_style(goal: &Sdg) -> String {
    let fg = strategy_core::sdg::text_colour_on(&goal.colour);
    format!("background:{};color:{fg}", goal.colour)
}

/// A compact [`SdgTile`] with its name in `lang`, and beside it the basis of the link to the
/// goal when that is our reading (nothing for a stated link), as HTML: for the explorer's
/// results, whose unchanging parts are made as one piece of markup (far fewer DOM calls than
/// element by element) and made anew when the language changes.
pub fn sdg_link_tile_html(goal: &Sdg, basis: BasisKind, lang: Lang) -> String {
    let t = texts(lang);
    let name = goal.name.get(&lang).map_or("", String::as_str);
    let mark = if basis == BasisKind::Stated {
        String::new()
    } else {
        format!(
            r#"<span class="basis basis-{}" title="{}">{}</span>"#,
            strategy_core::filter::basis_code(basis),
            html::escape(t.basis_help(basis)),
            html::escape(t.basis(basis)),
        )
    };
    format!(
        r#"<a class="sdg-tile compact" href="{}" style="{}"><span class="sdg-number">{}</span><span class="sdg-name">{}</span></a> {mark}"#,
        html::escape(&nav::sdg(goal.number)),
        html::escape(&sdg_tile_style(goal)),
        goal.number,
        html::escape(name),
    )
}

/// The basis of a link or grouping, always with its meaning and, for our own readings, the reason.
#[component]
pub fn BasisNote(basis: BasisKind, reason: Option<Text>, context: Lang) -> impl IntoView {
    let i18n = use_i18n();
    let class = match basis {
        BasisKind::Stated => "basis basis-stated",
        BasisKind::Inferred => "basis basis-inferred",
        BasisKind::Editorial => "basis basis-editorial",
    };
    view! {
        <span class=class title=move || i18n.t().basis_help(basis)>{move || i18n.t().basis(basis)}</span>
        {reason.map(|r| view! { " " <span class="reason">{tr(|t| t.reason)} ": " <Txt text=r.clone() context/></span> })}
    }
}

/// How a part's items were placed under it: the basis with its reason and sources. Shown
/// wherever the items appear under the part (part, item and strategy pages).
#[component]
pub fn GroupingNote(grouping: Basis, s: usize, context: Lang) -> impl IntoView {
    view! {
        <div class="grouping" role="note">
            <strong>{tr(|t| t.grouping_heading)} ": "</strong>
            <BasisNote basis=grouping.basis reason=grouping.reason.clone() context/>
            {(!grouping.sources.is_empty()).then(|| view! { <SourcesOf s ids=grouping.sources.clone()/> })}
        </div>
    }
}

/// The short form of [`GroupingNote`] where there is no room for the reason (compare): the
/// basis of a grouping that is our reading; nothing for a stated one.
#[component]
pub fn GroupingMark(grouping: Option<Basis>) -> impl IntoView {
    let i18n = use_i18n();
    grouping
        .filter(|g| g.basis != BasisKind::Stated)
        .map(|g| {
            let basis = g.basis;
            view! {
                " · " <span class="grouping-mark">{tr(|t| t.grouping_short)} ": "
                    <span class=format!("basis basis-{}", strategy_core::filter::basis_code(basis)) title=move || i18n.t().basis_help(basis)>{move || i18n.t().basis(basis)}</span>
                </span>
            }
        })
}

/// The SDG links of one entity, each with its goal, basis, reason and sources.
#[component]
pub fn SdgLinks(links: Vec<SdgLink>, s: usize) -> impl IntoView {
    let catalog = crate::data::use_catalog();
    let strategy = &catalog.data.strategies[s];
    if links.is_empty() {
        return view! { <p class="muted">{tr(|t| t.no_sdg_links)}</p> }.into_any();
    }
    let context = strategy.language;
    view! {
        <ul class="sdg-links">
            {links.into_iter().map(|link| {
                let goal = catalog.data.sdg(link.goal).cloned();
                let sources: Vec<Source> = strategy.sources_of(&link.sources).cloned().collect();
                view! {
                    <li>
                        {goal.map(|g| view! { <SdgTile goal=g compact=true/> })}
                        {link.target.clone().map(|t| view! { <span class="target">{tr(|t| t.target)} " " {t}</span> })}
                        <BasisNote basis=link.basis reason=link.reason.clone() context/>
                        {(!sources.is_empty()).then(|| view! { <SourceList sources context/> })}
                    </li>
                }
            }).collect_view()}
        </ul>
    }
    .into_any()
}

/// Content that a source declares but whose wording we do not have, said honestly.
#[component]
pub fn DeclaredNotice(declared: Declared, s: usize) -> impl IntoView {
    let i18n = use_i18n();
    let context = crate::data::use_catalog().data.strategies[s].language;
    let label = declared.label.clone();
    let count = declared.count;
    view! {
        <div class="declared" role="note">
            <p class="declared-heading"><strong>{tr(|t| t.declared_heading)}</strong></p>
            <p>
                {move || (i18n.t().declared_text)(count, "")} " "
                <span class="declared-label">"(" <Txt text=label.clone() context/> ")"</span>
            </p>
            {declared.note.clone().map(|n| view! { <p><Txt text=n context/></p> })}
            <p>{match nav::safe_href(&declared.find_at) {
                Some(href) => view! { <a href=href rel="noopener" class="external">{tr(|t| t.declared_find)}</a> }.into_any(),
                None => view! { {tr(|t| t.declared_find)} ": " <span class="unsafe-url">{declared.find_at.clone()}</span> }.into_any(),
            }}</p>
            <SourcesOf s ids=declared.sources.clone()/>
        </div>
    }
}

/// Breadcrumb trail; the last crumb is the current page.
#[component]
pub fn Breadcrumbs(crumbs: Vec<(String, String)>, current: String) -> impl IntoView {
    view! {
        <nav class="breadcrumbs" aria-label=tr(|t| t.breadcrumbs)>
            <ol>
                {crumbs.into_iter().map(|(href, label)| view! { <li><a href=href>{label}</a></li> }).collect_view()}
                <li aria-current="page">{current}</li>
            </ol>
        </nav>
    }
}

/// A strategy's status, the same wherever it is shown: in force, valid until further notice,
/// superseded, or period ended with when it ended and, when the data names no successor, that
/// our sources name none.
#[component]
pub fn StatusLabel(
    standing: Standing,
    end: Option<PartialDate>,
    has_successor: bool,
) -> impl IntoView {
    let i18n = use_i18n();
    let detail = move || {
        let t = i18n.t();
        let mut details: Vec<String> = end
            .iter()
            .map(|end| (t.status_ended_on)(&format_date(end, i18n.lang.get())))
            .collect();
        if !has_successor {
            details.push(t.status_no_successor.to_string());
        }
        (!details.is_empty()).then(|| format!(" ({})", details.join("; ")))
    };
    let detail = (standing == Standing::PeriodEnded).then_some(detail);
    view! {
        <span class=format!("status status-{}", standing.code())>{move || i18n.t().status(standing)}</span>
        {detail}
    }
}

/// The day the strategies' statuses are for: the build date, as build.rs baked it (the baked
/// home page used the same day).
pub fn build_day() -> strategy_core::status::Day {
    strategy_core::status::parse_day(env!("STRATEGY_EXPLORER_BUILD_DATE"))
        .expect("build.rs writes the build date as YYYY-MM-DD")
}

/// A formatted date in the UI language, honouring the precision of the data.
pub fn format_date(date: &PartialDate, ui: Lang) -> String {
    use strategy_core::model::DateValue;
    let Ok(value) = date.parse() else {
        return date.0.clone();
    };
    let locale = ui.code();
    let month_name = |y: i32, m: u32, with_day: Option<u32>| -> String {
        let js_date = js_sys::Date::new_with_year_month_day(
            y as u32,
            m as i32 - 1,
            with_day.unwrap_or(1) as i32,
        );
        let options = js_sys::Object::new();
        let set = |k: &str, v: &str| {
            let _ = js_sys::Reflect::set(&options, &k.into(), &v.into());
        };
        set("year", "numeric");
        set("month", "long");
        if with_day.is_some() {
            set("day", "numeric");
        }
        js_date.to_locale_date_string(locale, &options).into()
    };
    match value {
        DateValue::Year(y) => y.to_string(),
        DateValue::Season(y, s) => {
            let name = crate::i18n::texts(ui).season(s);
            format!("{name} {y}")
        }
        DateValue::Month(y, m) => month_name(y, m, None),
        DateValue::Day(y, m, d) => month_name(y, m, Some(d)),
    }
}

/// A period such as "2020 – 2025" or "2019 – until further notice".
pub fn format_period(period: &Period, ui: Lang) -> String {
    let t = crate::i18n::texts(ui);
    let from = period
        .from
        .as_ref()
        .map(|d| format_date(d, ui))
        .unwrap_or_else(|| "…".into());
    let to = match (&period.to, period.open_ended) {
        (Some(d), _) => format_date(d, ui),
        (None, true) => t.until_further_notice.to_string(),
        (None, false) => "…".into(),
    };
    format!("{from} – {to}")
}

/// The region name of a strategy, for cards and lists.
pub fn region_name(catalog: &Catalog, strategy: &Strategy) -> String {
    catalog
        .region_of(strategy)
        .map(|r| r.name.text.clone())
        .unwrap_or_default()
}

/// Formats a number in the UI language with the browser's `Intl`.
pub fn format_number(value: f64, ui: Lang) -> String {
    js_sys::Number::from(value)
        .to_locale_string(ui.code())
        .into()
}

/// The target a suggestion names: its official text (in the UI language where we have it, else
/// the UN's English text, said so), the words that point to it, and, when only our hand-added
/// terms point to it, the "our reading" mark with its reason.
#[component]
fn SuggestedTarget(
    id: String,
    basis: Option<strategy_core::suggest::TargetBasis>,
    evidence: Vec<strategy_core::suggest::Evidence>,
) -> impl IntoView {
    let i18n = use_i18n();
    let mut words: Vec<String> = evidence
        .into_iter()
        .filter(|e| e.target.as_deref() == Some(id.as_str()))
        .map(|e| e.text)
        .collect();
    words.dedup();
    let label = id.clone();
    view! {
        <p class="suggested-target">
            <span class="target">{tr(|t| t.target)} " " {label}</span>
            {(basis == Some(strategy_core::suggest::TargetBasis::OurReading)).then(|| view! {
                " " <span class="basis basis-inferred target-basis" title=move || i18n.t().basis_help(BasisKind::Inferred)>{move || i18n.t().basis(BasisKind::Inferred)}</span>
                " " <span class="reason">"(" {tr(|t| t.reason)} ": " {tr(|t| t.target_our_reading)} ")"</span>
            })}
            {move || {
                let ui = i18n.lang.get();
                crate::data::suggested_target_text(&id, ui).map(|(text, shown)| view! {
                    ": " <span lang=shown.code()>"«" {text} "»"</span>
                    {(shown != ui).then(|| view! { " " <small class="mark-unofficial">"(" {i18n.t().target_text_in_english} ")"</small> })}
                })
            }}
            " " <span class="muted">"(" {tr(|t| t.target_evidence)} ": " {words.join(", ")} ")"</span>
        </p>
    }
}

/// Goals suggested from the wording of a part or item, kept apart from curated links, each with
/// the words that produced it marked in the text. `?suggestions=hide` hides them.
#[component]
pub fn SuggestedLinks(s: usize, p: usize, #[prop(optional)] i: Option<usize>) -> impl IntoView {
    use leptos_router::hooks::{use_location, use_query_map};
    let i18n = use_i18n();
    let catalog = crate::data::use_catalog();
    let query = use_query_map();
    let location = use_location();
    let strategy = &catalog.data.strategies[s];
    let part = &strategy.parts[p];
    let item = i.map(|i| &part.items[i]);
    let (title, description) = match item {
        Some(item) => (item.title.clone(), item.description.clone()),
        None => (part.title.clone(), part.description.clone()),
    };
    let context = strategy.language;
    let suggestions =
        crate::data::suggestions_for(&strategy.id, &part.id, item.map(|i| i.id.as_str()));
    let hidden = move || query.with(|q| q.get("suggestions").as_deref() == Some("hide"));
    let toggle_href = move || {
        let value = if hidden() { None } else { Some("hide") };
        format!(
            "{}{}",
            location.pathname.get(),
            nav::with_param(&location.search.get(), "suggestions", value)
        )
    };
    view! {
        <section aria-labelledby="suggested-heading" class="suggested">
            <h2 id="suggested-heading">{tr(|t| t.suggested_heading)}</h2>
            <p><a class="toggle-suggestions" href=toggle_href>{move || if hidden() { i18n.t().suggestions_show } else { i18n.t().suggestions_hide }}</a></p>
            <Show when=move || !hidden()>
                <p class="muted">{tr(|t| t.suggested_intro)}</p>
                {if suggestions.is_empty() && crate::data::showing_external() {
                    view! { <p class="muted suggestions-external">{move || crate::i18n::platform_texts(i18n.lang.get()).suggestions_external}</p> }.into_any()
                } else if suggestions.is_empty() {
                    view! { <p class="muted">{tr(|t| t.suggestions_none)}</p> }.into_any()
                } else {
                    let goals = catalog.data.sdgs.clone();
                    let fields: Vec<(Text, usize)> = std::iter::once((title.clone(), 0)).chain(description.clone().map(|d| (d, 1))).collect();
                    view! {
                        <ul class="suggestions">
                            {suggestions.clone().into_iter().map(|sg| {
                                let goal = goals.iter().find(|g| g.number == sg.goal).cloned();
                                let score = sg.score;
                                let evidence: Vec<_> = fields.iter().filter(|(_, f)| sg.evidence.iter().any(|e| e.field == *f)).map(|(text, f)| {
                                    let lang = text.lang_or(context);
                                    let segments = strategy_core::suggest::evidence_segments(&text.text, *f, &sg);
                                    view! {
                                        <blockquote class="evidence" lang=lang.code()>
                                            {segments.into_iter().map(|seg| if seg.matched { view! { <mark>{seg.text}</mark> }.into_any() } else { seg.text.into_any() }).collect_view()}
                                        </blockquote>
                                    }
                                }).collect_view();
                                view! {
                                    <li class="suggestion">
                                        {goal.map(|g| view! { <SdgTile goal=g compact=true/> })}
                                        " " <span class="basis basis-suggested">{tr(|t| t.suggested_heading)}</span>
                                        " " <span class="muted">"(" {tr(|t| t.score)} " " {score} ")"</span>
                                        {sg.target.clone().map(|id| view! { <SuggestedTarget id=id basis=sg.target_basis evidence=sg.evidence.clone()/> })}
                                        <div class="evidence-wrap"><span class="evidence-label">{tr(|t| t.evidence)} ":"</span>{evidence}</div>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </Show>
        </section>
    }
}
