use crate::components::{set_page_title, SourceList, Txt};
use crate::data::use_catalog;
use crate::dataset_ui::OpenDataset;
use crate::i18n::{tr, use_i18n};
use crate::nav;
use leptos::prelude::*;
use strategy_core::model::{BasisKind, Lang};

#[component]
pub fn AboutPage() -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    set_page_title(move || i18n.t().about_title.to_string());
    let logo_note = catalog.data.sdg_logo_note.clone();
    let sdg_sources = catalog.data.sdg_sources.clone();
    view! {
        <article class="about">
            <h1>{tr(|t| t.about_title)}</h1>
            {move || i18n.t().about_body.iter().map(|p| view! { <p>{*p}</p> }).collect_view()}
            <h2>{tr(|t| t.about_basis_heading)}</h2>
            <dl class="basis-list">
                {[BasisKind::Stated, BasisKind::Inferred, BasisKind::Editorial].into_iter().map(|b| view! {
                    <dt>{move || i18n.t().basis(b)}</dt>
                    <dd>{move || i18n.t().basis_help(b)}</dd>
                }).collect_view()}
            </dl>
            <h2>{tr(|t| t.about_open_data)}</h2>
            <p>{tr(|t| t.about_open_data_intro)}</p>
            <ul>
                <li><a href=nav::asset("/data/strategy-explorer-data.json") download>{tr(|t| t.download_json)}</a></li>
                <li><a href=nav::asset("/data/sdg-links.csv") download>{tr(|t| t.download_csv)}</a></li>
                <li><a href=nav::asset("/data/strategy-explorer.schema.json") download>{tr(|t| t.download_schema)}</a></li>
            </ul>
            <OpenDataset/>
            <h2>{tr(|t| t.about_sdg_note)}</h2>
            {logo_note.map(|n| view! { <p><Txt text=n context=Lang::En/></p> })}
            // The SDG catalogue has no strategy or region to give its texts a language; like the
            // logo note above, its source titles are read as English unless they say otherwise.
            <SourceList sources=sdg_sources context=Lang::En/>
            <h2>{tr(|t| t.about_licence)}</h2>
            <p>{tr(|t| t.about_licence_body)}</p>
        </article>
    }
}
