use crate::components::{format_date, format_period, set_page_title, SdgTile, StatusLabel, Txt};
use crate::data::use_overview;
use crate::i18n::{tr, use_i18n};
use crate::nav;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use strategy_core::overview::StrategyCard;

#[component]
pub fn HomePage() -> impl IntoView {
    let i18n = use_i18n();
    let overview = use_overview();
    set_page_title(move || i18n.t().home_title.to_string());
    view! {
        <article class="home">
            <h1>"Strategy Explorer"</h1>
            <p class="lead">{tr(|t| t.home_intro)} " " {tr(|t| t.home_intro_2)}</p>
            <SearchBox/>
            <section aria-labelledby="regions-heading">
                <h2 id="regions-heading">{tr(|t| t.regions_heading)}</h2>
                <div class="regions">
                    {overview.regions.iter().map(|region| view! {
                        <section class="region" aria-labelledby=format!("region-{}", region.id)>
                            <h3 id=format!("region-{}", region.id)>
                                <Txt text=region.name.clone() context=region.language/>
                                " " <span class="muted">"(" {let c = region.country; move || i18n.t().country(c)} ")"</span>
                            </h3>
                            <ul class="cards">
                                {overview.strategies_of(&region.id).map(|card| view! { <li><Card card=card.clone()/></li> }).collect_view()}
                            </ul>
                        </section>
                    }).collect_view()}
                </div>
            </section>
            <section aria-labelledby="sdg-strip-heading">
                <h2 id="sdg-strip-heading">{tr(|t| t.sdg_strip_heading)}</h2>
                <p class="muted">{tr(|t| t.sdg_strip_note)}</p>
                <ul class="sdg-strip">
                    {overview.sdgs.iter().map(|g| view! { <li><SdgTile goal=g.clone() count=overview.goal_count(g.number)/></li> }).collect_view()}
                </ul>
            </section>
        </article>
    }
}

/// A strategy at a glance: title, kind, status, period and size.
#[component]
fn Card(card: StrategyCard) -> impl IntoView {
    let i18n = use_i18n();
    let StrategyCard {
        id,
        title,
        language,
        kind,
        standing,
        has_successor,
        period,
        adopted,
        parts,
        items,
        ..
    } = card;
    view! {
        <article class="card" class:superseded=!standing.applies()>
            <h4><a href=nav::strategy(&id)><Txt text=title context=language/></a></h4>
            <p class="card-meta">
                <span>{move || i18n.t().strategy_kind(kind)}</span>
                " · " <StatusLabel standing end=period.to.clone() has_successor/>
            </p>
            <dl class="card-facts">
                <dt>{tr(|t| t.period)}</dt><dd>{move || format_period(&period, i18n.lang.get())}</dd>
                {adopted.map(|d| view! { <dt>{tr(|t| t.adopted)}</dt><dd>{move || format_date(&d, i18n.lang.get())}</dd> })}
            </dl>
            <p class="card-size">{move || (i18n.t().parts_count)(parts)} " · " {move || (i18n.t().items_count)(items)}</p>
        </article>
    }
}

/// Search across everything; submitting opens the explorer with the query in its URL.
#[component]
pub fn SearchBox() -> impl IntoView {
    let navigate = use_navigate();
    let input: NodeRef<leptos::html::Input> = NodeRef::new();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let q = input.get().map(|i| i.value()).unwrap_or_default();
        navigate(
            &format!("/explore{}", nav::with_param("", "q", Some(q.trim()))),
            Default::default(),
        );
    };
    view! {
        <form class="search-box" role="search" action=nav::href("/explore") method="get" on:submit=on_submit>
            <label for="home-search">{tr(|t| t.search_label)}</label>
            <div class="search-row">
                <input id="home-search" name="q" type="search" node_ref=input autocomplete="off"/>
                <button type="submit">{tr(|t| t.search_button)}</button>
            </div>
        </form>
    }
}
