use super::sdg_goal::LinkedEntry;
use crate::components::*;
use crate::data::use_catalog;
use crate::i18n::{tr, use_i18n};
use crate::nav;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};
use strategy_core::compare::{self, GOALS};
use strategy_core::model::*;

/// Strategies side by side: links per strategy and goal (a cell can be selected through the
/// URL, `?strategy=ID&goal=N`), each strategy's goal coverage, and each region's structure.
#[component]
pub fn ComparePage() -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    let query = use_query_map();
    set_page_title(move || i18n.t().compare_title.to_string());
    let matrix = compare::matrix(&catalog);
    let selected = {
        let catalog = catalog.clone();
        Memo::new(move |_| {
            query.with(|q| {
                compare::selection(
                    &catalog,
                    q.get("strategy").as_deref(),
                    q.get("goal").as_deref(),
                )
            })
        })
    };
    // After a new cell is chosen (not on first load), focus moves to the list of its links.
    Effect::new(move |previous: Option<Option<(usize, u8)>>| {
        let current = selected.get();
        if previous.is_some_and(|p| p != current) && current.is_some() {
            request_animation_frame(|| {
                if let Some(el) = document().get_element_by_id("selection-heading") {
                    if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                        let _ = el.focus();
                    }
                }
            });
        }
        current
    });
    view! {
        <article class="compare">
            <h1>{tr(|t| t.compare_title)}</h1>
            <p class="lead">{tr(|t| t.compare_intro)}</p>
            <section aria-labelledby="matrix-heading">
                <h2 id="matrix-heading">{tr(|t| t.compare_matrix)}</h2>
                <p class="muted">{tr(|t| t.compare_select_hint)} " " {tr(|t| t.compare_matrix_note)}</p>
                <Matrix matrix=matrix.clone() selected/>
                <Selection selected/>
            </section>
            <Coverage matrix/>
            <Structures/>
        </article>
    }
}

/// The original title of a strategy, marked with its language and, when it is our paraphrase, as
/// such (no translation: it must fit a cell).
fn short_title(strategy: &Strategy) -> impl IntoView {
    view! { <Txt text=strategy.title.clone() context=strategy.language original_only=true/> }
}

#[component]
fn Matrix(matrix: Vec<[usize; GOALS]>, selected: Memo<Option<(usize, u8)>>) -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    let location = use_location();
    let totals = compare::goal_totals(&matrix);
    let grand_total: usize = totals.iter().sum();
    let goals = catalog.data.sdgs.clone();
    view! {
        <div class="table-scroll matrix-scroll" tabindex="0" role="group" aria-labelledby="matrix-caption">
            <table class="matrix">
                <caption id="matrix-caption" class="visually-hidden">{tr(|t| t.compare_matrix)}</caption>
                <thead>
                    <tr>
                        <th scope="col">{tr(|t| t.strategy_col)}</th>
                        {goals.iter().map(|g| {
                            let n = g.number;
                            let name = g.name.clone();
                            let label = move || format!("{}: {}", (i18n.t().goal_n)(n), name.get(&i18n.lang.get()).cloned().unwrap_or_default());
                            let label2 = label.clone();
                            view! {
                                <th scope="col" class="goal-col" style=format!("border-top-color:{}", g.colour)>
                                    <a href=nav::sdg(n) title=label aria-label=label2>{n}</a>
                                </th>
                            }
                        }).collect_view()}
                        <th scope="col">{tr(|t| t.total)}</th>
                    </tr>
                </thead>
                <tbody>
                    {matrix.iter().enumerate().map(|(s, row)| {
                        let strategy = &catalog.data.strategies[s];
                        let id = strategy.id.clone();
                        let title = strategy.title.clone();
                        let row_total: usize = row.iter().sum();
                        view! {
                            <tr>
                                <th scope="row">
                                    <a href=nav::strategy(&strategy.id)>{short_title(strategy)}</a>
                                    <span class="matrix-region">{region_name(&catalog, strategy)}</span>
                                </th>
                                {row.iter().enumerate().map(|(g, &count)| {
                                    let goal = g as u8 + 1;
                                    if count == 0 {
                                        return view! { <td class="cell zero">"0"</td> }.into_any();
                                    }
                                    let (id, title) = (id.clone(), title.clone());
                                    let href = move || nav::in_view(&format!("/compare{}",
                                        nav::with_param(&nav::with_param(&location.search.get(), "strategy", Some(&id)), "goal", Some(&goal.to_string()))));
                                    let is_selected = move || selected.get() == Some((s, goal));
                                    view! {
                                        <td class="cell" class:selected=is_selected>
                                            <a href=href data-noscroll="" aria-current=move || is_selected().then_some("true")
                                                aria-label=move || (i18n.t().compare_cell)(count, &original_in(&title, i18n.lang.get()), goal)>{count}</a>
                                        </td>
                                    }.into_any()
                                }).collect_view()}
                                <td class="row-total">{row_total}</td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
                <tfoot>
                    <tr>
                        <th scope="row">{tr(|t| t.total)}</th>
                        {totals.iter().map(|&n| view! { <td class:zero=n == 0>{n}</td> }).collect_view()}
                        <td class="row-total">{grand_total}</td>
                    </tr>
                </tfoot>
            </table>
        </div>
        {(grand_total == 0).then(|| view! { <p class="empty-note">{tr(|t| t.compare_matrix_empty)}</p> })}
    }
}

/// The links of the selected cell, or a hint; an unknown selection in the URL is said so.
#[component]
fn Selection(selected: Memo<Option<(usize, u8)>>) -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    let query = use_query_map();
    let location = use_location();
    let asked = move || query.with(|q| q.get("strategy").is_some() || q.get("goal").is_some());
    let clear_href = move || {
        let search = nav::with_param(
            &nav::with_param(&location.search.get(), "strategy", None),
            "goal",
            None,
        );
        nav::in_view(&format!("/compare{search}"))
    };
    view! {
        <div class="selection" id="selection">
            {move || match selected.get() {
                Some((s, goal)) => {
                    let strategy = &catalog.data.strategies[s];
                    let links: Vec<_> = compare::cell_links(&catalog, s, goal).into_iter().map(|l| (l.place, l.link.clone())).collect();
                    let title = strategy.title.clone();
                    view! {
                        <h3 id="selection-heading" tabindex="-1">{move || (i18n.t().compare_selected)(&original_in(&title, i18n.lang.get()), goal)}</h3>
                        {if links.is_empty() {
                            view! { <p class="muted">{tr(|t| t.sdg_nothing_linked)}</p> }.into_any()
                        } else {
                            view! { <ul class="sdg-links linked-entries">{links.into_iter().map(|(place, link)| view! { <li><LinkedEntry place link/></li> }).collect_view()}</ul> }.into_any()
                        }}
                        <p class="selection-actions">
                            <a href=nav::sdg(goal)>{tr(|t| t.compare_goal_page)}</a>
                            " · "
                            <a href=clear_href data-noscroll="">{tr(|t| t.compare_clear)}</a>
                        </p>
                    }.into_any()
                }
                None if asked() => view! {
                    <p class="empty-note" role="status">{tr(|t| t.compare_unknown_selection)} " "
                        <a href=clear_href data-noscroll="">{tr(|t| t.compare_clear)}</a></p>
                }.into_any(),
                None => ().into_any(),
            }}
        </div>
    }
}

/// Per strategy: the goals its links touch and do not touch, and what carries no link.
#[component]
fn Coverage(matrix: Vec<[usize; GOALS]>) -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    view! {
        <section aria-labelledby="coverage-heading">
            <h2 id="coverage-heading">{tr(|t| t.compare_coverage)}</h2>
            <ul class="coverage-list">
                {matrix.iter().enumerate().map(|(s, row)| {
                    let strategy = &catalog.data.strategies[s];
                    let cov = compare::coverage(&catalog, s, row);
                    let touched = cov.touched.len();
                    let (unlinked, entries) = (cov.unlinked, cov.entries);
                    let tiles: Vec<Sdg> = cov.touched.iter().filter_map(|&g| catalog.data.sdg(g).cloned()).collect();
                    let untouched = cov.untouched.iter().map(u8::to_string).collect::<Vec<_>>().join(", ");
                    let suggested = crate::data::suggested_goals(&strategy.id);
                    let not_at_all = cov.untouched.iter().filter(|g| !suggested.contains(g)).map(u8::to_string).collect::<Vec<_>>().join(", ");
                    let suggested = suggested.iter().map(u8::to_string).collect::<Vec<_>>().join(", ");
                    view! {
                        <li class="coverage">
                            <h3><a href=nav::strategy(&strategy.id)><Txt text=strategy.title.clone() context=strategy.language/></a></h3>
                            <p class="kicker">{region_name(&catalog, strategy)} " · " {move || (i18n.t().compare_goals_linked)(touched)}</p>
                            <dl class="coverage-facts">
                                <dt>{tr(|t| t.goals_touched)}</dt>
                                <dd>{if tiles.is_empty() {
                                    view! { <span class="muted">{tr(|t| t.no_sdg_links)}</span> }.into_any()
                                } else {
                                    view! { <ul class="plain goal-chips">{tiles.into_iter().map(|g| view! { <li><SdgTile goal=g compact=true/></li> }).collect_view()}</ul> }.into_any()
                                }}</dd>
                                <dt>{tr(|t| t.compare_goals_not_linked)}</dt>
                                <dd>{if untouched.is_empty() { "–".to_string() } else { untouched }}</dd>
                                <dt>{tr(|t| t.suggested_goals)}</dt>
                                <dd class="coverage-suggested">{if suggested.is_empty() { "–".to_string() } else { suggested }}</dd>
                                <dt>{tr(|t| t.goals_not_touched)}</dt>
                                <dd class="coverage-untouched">{if not_at_all.is_empty() { "–".to_string() } else { not_at_all }}</dd>
                                <dt>{tr(|t| t.unlinked_entries)}</dt>
                                <dd>
                                    {move || (i18n.t().compare_unlinked)(unlinked, entries)}
                                    {(unlinked > 0).then(|| view! { " · " <a href=nav::strategy(&strategy.id)>{tr(|t| t.compare_open_strategy)}</a> })}
                                </dd>
                            </dl>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}

/// Each region's strategies side by side: their parts by kind, with items and declared items.
#[component]
fn Structures() -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    let regions = compare::structures(&catalog);
    view! {
        <section aria-labelledby="structures-heading">
            <h2 id="structures-heading">{tr(|t| t.compare_structures)}</h2>
            <p class="muted">{tr(|t| t.compare_structures_intro)}</p>
            <div class="compare-regions">
                {regions.into_iter().map(|r| {
                    let region = &catalog.data.regions[r.region];
                    let heading_id = format!("structure-{}", region.id);
                    let labelled_by = heading_id.clone();
                    let country = region.country;
                    view! {
                        <section class="compare-region" aria-labelledby=labelled_by>
                            <h3 id=heading_id><Txt text=region.name.clone() context=region.language/>
                                " " <span class="muted">"(" {move || i18n.t().country(country)} ")"</span></h3>
                            {r.strategies.is_empty().then(|| view! { <p class="muted">{tr(|t| t.compare_no_strategies)}</p> })}
                            {r.strategies.into_iter().map(|st| view! { <StrategyStructureView st/> }).collect_view()}
                        </section>
                    }
                }).collect_view()}
            </div>
        </section>
    }
}

#[component]
fn StrategyStructureView(st: compare::StrategyStructure) -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    let strategy = &catalog.data.strategies[st.strategy];
    let context = strategy.language;
    let kind = strategy.kind;
    let standing = catalog.standing(st.strategy);
    let (parts, items, declared) = (st.parts, st.items, st.declared);
    let top_declared = strategy.declared.clone();
    view! {
        <article class="compare-strategy">
            <h4><a href=nav::strategy(&strategy.id)><Txt text=strategy.title.clone() context/></a></h4>
            <p class="card-meta">
                {move || i18n.t().strategy_kind(kind)} " · "
                <StatusLabel standing end=strategy.period.to.clone() has_successor=strategy.successor.is_some()/>
            </p>
            <p class="card-size">
                {move || (i18n.t().parts_count)(parts)} " · " {move || (i18n.t().items_count)(items)}
                {(declared > 0).then(|| view! { " · " {move || (i18n.t().compare_declared)(declared)} })}
            </p>
            {st.kinds.into_iter().map(|group| {
                let k = group.kind;
                let n = group.parts.len();
                view! {
                    <h5 class="kind-heading">{move || i18n.t().part_kind(k)} " (" {n} ")"</h5>
                    <ul class="structure-parts">
                        {group.parts.into_iter().map(|ps| {
                            let part = &strategy.parts[ps.part];
                            let (pi, pd) = (ps.items, ps.declared);
                            view! {
                                <li class:superseded=ps.superseded>
                                    <a href=nav::part(&strategy.id, &part.id)><Txt text=part.title.clone() context/></a>
                                    <span class="structure-counts">
                                        {move || (i18n.t().items_count)(pi)}
                                        {(pd > 0).then(|| view! { " · " {move || (i18n.t().compare_declared)(pd)} })}
                                        <GroupingMark grouping=part.grouping.clone().filter(|_| pi > 0)/>
                                        {ps.superseded.then(|| view! { " · " <span class="status status-superseded">{tr(|t| t.superseded_part)}</span> })}
                                    </span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }
            }).collect_view()}
            {(!top_declared.is_empty()).then(|| view! {
                <ul class="structure-parts structure-declared">
                    {top_declared.into_iter().map(|d| {
                        let count = d.count;
                        view! {
                            <li>
                                <Txt text=d.label.clone() context/> ": "
                                <span class="structure-counts">{move || (i18n.t().compare_declared)(count)}</span>
                                " · " <a href=nav::safe_href(&d.find_at) rel="noopener" class="external">{tr(|t| t.declared_find)}</a>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </article>
    }
}
