use crate::components::set_page_title;
use crate::data::use_overview;
use crate::i18n::{tr, use_i18n};
use crate::nav;
use leptos::prelude::*;

/// Shown for unknown paths and unknown ids, with ways back; never a blank page.
#[component]
pub fn NotFoundPage() -> impl IntoView {
    let i18n = use_i18n();
    let overview = use_overview();
    set_page_title(move || i18n.t().not_found_title.to_string());
    let strategies: Vec<(
        String,
        strategy_core::model::Text,
        strategy_core::model::Lang,
    )> = overview
        .strategies
        .iter()
        .map(|s| {
            (
                nav::strategy(&s.id),
                s.title.clone(),
                s.title.lang_or(s.language),
            )
        })
        .collect();
    view! {
        <article class="not-found">
            <h1>{tr(|t| t.not_found_title)}</h1>
            <p>{tr(|t| t.not_found_body)}</p>
            <p><a href=nav::href("/")>{tr(|t| t.not_found_home)}</a></p>
            <h2>{tr(|t| t.not_found_suggestions)}</h2>
            <ul>
                {strategies.into_iter().map(|(href, title, lang)| {
                    let paraphrase = title.wording == strategy_core::model::Wording::Paraphrase;
                    view! {
                        <li><a href=href><span lang=lang.code()>{title.text}</span>
                            {paraphrase.then(|| view! { " (" {tr(|t| t.paraphrase)} ")" })}</a></li>
                    }
                }).collect_view()}
                <li><a href=nav::href("/sdg")>{tr(|t| t.sdg_index_title)}</a></li>
                <li><a href=nav::href("/explore")>{tr(|t| t.explore_title)}</a></li>
            </ul>
        </article>
    }
}
