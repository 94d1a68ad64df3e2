use crate::components::{set_page_title, SdgTile};
use crate::data::use_catalog;
use crate::i18n::{tr, use_i18n};
use crate::nav;
use leptos::prelude::*;
use strategy_core::catalog::Catalog;

/// The 17 goals, each in its colour with number, name and how many links point at it.
#[component]
pub fn SdgIndexPage() -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    set_page_title(move || i18n.t().sdg_index_title.to_string());
    let counts = Catalog::goal_counts(catalog.links());
    let total: usize = counts.iter().sum();
    let goals = catalog.data.sdgs.clone();
    view! {
        <article class="sdg-index">
            <h1>{tr(|t| t.sdg_index_title)}</h1>
            <p class="lead">{tr(|t| t.sdg_index_intro)}</p>
            <p class="muted">
                {tr(|t| t.sdg_index_note)} " "
                <a href=nav::href("/about")>{tr(|t| t.sdg_how_links_are_made)}</a>
            </p>
            <p><strong>{tr(|t| t.total)} ": "</strong>{move || (i18n.t().links_count)(total)}</p>
            <ul class="sdg-strip sdg-index-grid">
                {goals.into_iter().map(|g| {
                    let n = counts.get(usize::from(g.number).wrapping_sub(1)).copied().unwrap_or(0);
                    view! { <li><SdgTile goal=g count=n/></li> }
                }).collect_view()}
            </ul>
        </article>
    }
}
