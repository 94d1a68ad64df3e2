use crate::components::*;
use crate::data::use_catalog;
use crate::i18n::{tr, use_i18n};
use crate::nav;
use crate::pages::NotFoundPage;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use strategy_core::model::*;

#[component]
pub fn PartPage() -> impl IntoView {
    let params = use_params_map();
    let catalog = use_catalog();
    move || {
        let found = params.with(|p| {
            let s = catalog.strategy_index(&p.get("id")?)?;
            let part = catalog.data.strategies[s]
                .parts
                .iter()
                .position(|x| Some(&x.id) == p.get("part").as_ref())?;
            Some((s, part))
        });
        match found {
            Some((s, p)) => view! { <PartView s p/> }.into_any(),
            None => view! { <NotFoundPage/> }.into_any(),
        }
    }
}

#[component]
fn PartView(s: usize, p: usize) -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    let strategy = &catalog.data.strategies[s];
    let part = strategy.parts[p].clone();
    let context = strategy.language;
    let title = part.title.clone();
    set_page_title(move || text_in(&title, i18n.lang.get()));
    let kind = part.kind;
    let same_as = part.same_as.as_ref().and_then(|r| {
        let (sid, pid) = r.split_once('/')?;
        let other = catalog.data.strategy(sid)?;
        Some((
            nav::part(sid, pid),
            other.part(pid)?.title.clone(),
            other.title.clone(),
            other.language,
        ))
    });
    let neighbours: Vec<(String, Text)> = strategy
        .parts
        .iter()
        .map(|x| (nav::part(&strategy.id, &x.id), x.title.clone()))
        .collect();
    view! {
        <article class="part">
            <Breadcrumbs
                crumbs=vec![(nav::href("/"), "Strategy Explorer".to_string()), (nav::strategy(&strategy.id), strategy.title.text.clone())]
                current=part.title.text.clone()/>
            <p class="kicker">{move || i18n.t().part_kind(kind)}
                {(part.status == Status::Superseded).then(|| view! { " · " <span class="status status-superseded">{tr(|t| t.superseded_part)}</span> })}
            </p>
            <h1><Txt text=part.title.clone() context/></h1>
            {part.description.clone().map(|d| view! { <p class="lead"><Txt text=d context/></p> })}
            {part.note.clone().map(|n| view! { <p class="fact-note"><Txt text=n context/></p> })}
            {same_as.map(|(href, title, stitle, slang)| view! {
                <p class="same-as">{tr(|t| t.same_as)} ": " <a href=href><Txt text=title context=slang/></a> " (" <Txt text=stitle context=slang/> ")"</p>
            })}
            <SourcesOf s ids=part.sources.clone()/>
            {(!part.items.is_empty()).then(|| view! {
                <section aria-labelledby="items-heading">
                    <h2 id="items-heading">{tr(|t| t.items)}</h2>
                    {part.grouping.clone().map(|grouping| view! { <GroupingNote grouping s context/> })}
                    <ol class="items">
                        {part.items.iter().map(|item| {
                            let ikind = item.kind;
                            view! {
                                <li>
                                    <span class="kind-label">{move || i18n.t().item_kind(ikind)}</span>
                                    <a href=nav::item(&strategy.id, &part.id, &item.id)><Txt text=item.title.clone() context/></a>
                                    {item.description.clone().map(|d| view! { <p><Txt text=d context/></p> })}
                                    <SourcesOf s ids=item.sources.clone()/>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                </section>
            })}
            {part.declared.iter().cloned().map(|d| view! { <DeclaredNotice declared=d s/> }).collect_view()}
            <section aria-labelledby="links-heading">
                <h2 id="links-heading">{tr(|t| t.sdg_links)}</h2>
                <SdgLinks links=part.sdg.clone() s/>
            </section>
            <SuggestedLinks s p/>
            <PrevNext entries=neighbours current=p context/>
        </article>
    }
}

/// Links to the previous and next sibling.
#[component]
pub fn PrevNext(entries: Vec<(String, Text)>, current: usize, context: Lang) -> impl IntoView {
    let i18n = use_i18n();
    let prev = current.checked_sub(1).and_then(|i| entries.get(i).cloned());
    let next = entries.get(current + 1).cloned();
    view! {
        <nav class="prev-next" aria-label=move || format!("{} / {}", i18n.t().previous, i18n.t().next)>
            {prev.map(|(href, title)| view! { <a rel="prev" href=href>"← " {tr(|t| t.previous)} ": " <Txt text=title context/></a> })}
            {next.map(|(href, title)| view! { <a rel="next" href=href>{tr(|t| t.next)} ": " <Txt text=title context/> " →"</a> })}
        </nav>
    }
}
