use crate::components::*;
use crate::data::use_catalog;
use crate::i18n::{tr, use_i18n};
use crate::nav;
use crate::pages::part::PrevNext;
use crate::pages::NotFoundPage;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use strategy_core::model::*;

#[component]
pub fn ItemPage() -> impl IntoView {
    let params = use_params_map();
    let catalog = use_catalog();
    move || {
        let found = params.with(|p| {
            let s = catalog.strategy_index(&p.get("id")?)?;
            let strategy = &catalog.data.strategies[s];
            let part = strategy
                .parts
                .iter()
                .position(|x| Some(&x.id) == p.get("part").as_ref())?;
            let item = strategy.parts[part]
                .items
                .iter()
                .position(|x| Some(&x.id) == p.get("item").as_ref())?;
            Some((s, part, item))
        });
        match found {
            Some((s, p, i)) => view! { <ItemView s p i/> }.into_any(),
            None => view! { <NotFoundPage/> }.into_any(),
        }
    }
}

#[component]
fn ItemView(s: usize, p: usize, i: usize) -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    let strategy = &catalog.data.strategies[s];
    let part = &strategy.parts[p];
    let item = part.items[i].clone();
    let context = strategy.language;
    let title = item.title.clone();
    set_page_title(move || text_in(&title, i18n.lang.get()));
    let kind = item.kind;
    let neighbours: Vec<(String, Text)> = part
        .items
        .iter()
        .map(|x| (nav::item(&strategy.id, &part.id, &x.id), x.title.clone()))
        .collect();
    view! {
        <article class="item">
            <Breadcrumbs
                crumbs=vec![
                    (nav::href("/"), "Strategy Explorer".to_string()),
                    (nav::strategy(&strategy.id), strategy.title.text.clone()),
                    (nav::part(&strategy.id, &part.id), part.title.text.clone()),
                ]
                current=item.title.text.clone()/>
            <p class="kicker">{move || i18n.t().item_kind(kind)}</p>
            <h1><Txt text=item.title.clone() context/></h1>
            {item.description.clone().map(|d| view! { <p class="lead"><Txt text=d context/></p> })}
            {part.grouping.clone().map(|grouping| view! { <GroupingNote grouping s context/> })}
            <SourcesOf s ids=item.sources.clone()/>
            <section aria-labelledby="links-heading">
                <h2 id="links-heading">{tr(|t| t.sdg_links)}</h2>
                <SdgLinks links=item.sdg.clone() s/>
            </section>
            <SuggestedLinks s p i=i/>
            <PrevNext entries=neighbours current=i context/>
        </article>
    }
}
