use crate::components::*;
use crate::data::use_catalog;
use crate::i18n::{tr, use_i18n};
use crate::nav;
use crate::pages::NotFoundPage;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use strategy_core::catalog::{Catalog, Place};
use strategy_core::model::*;

#[component]
pub fn StrategyPage() -> impl IntoView {
    let params = use_params_map();
    let catalog = use_catalog();
    move || match params
        .with(|p| p.get("id"))
        .and_then(|id| catalog.strategy_index(&id))
    {
        Some(s) => view! { <StrategyView s/> }.into_any(),
        None => view! { <NotFoundPage/> }.into_any(),
    }
}

#[component]
fn StrategyView(s: usize) -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    let strategy = catalog.data.strategies[s].clone();
    let context = strategy.language;
    let title = strategy.title.clone();
    set_page_title(move || text_in(&title, i18n.lang.get()));
    let region = region_name(&catalog, &strategy);
    view! {
        <article class="strategy">
            <Breadcrumbs crumbs=vec![(nav::href("/"), "Strategy Explorer".to_string())] current=region.clone()/>
            <p class="kicker">{region} " · " {let k = strategy.kind; move || i18n.t().strategy_kind(k)}</p>
            <h1><Txt text=strategy.title.clone() context/></h1>
            {strategy.summary.clone().map(|t| view! { <p class="lead"><Txt text=t context/></p> })}
            <Facts s/>
            <section aria-labelledby="structure-heading">
                <h2 id="structure-heading">{tr(|t| t.structure)}</h2>
                <StructureTree s/>
                {strategy.declared.iter().cloned().map(|d| view! { <DeclaredNotice declared=d s/> }).collect_view()}
            </section>
            <SdgProfile s/>
            {(!strategy.figures.is_empty()).then(|| view! {
                <section aria-labelledby="figures-heading">
                    <h2 id="figures-heading">{tr(|t| t.figures)}</h2>
                    {strategy.figures.iter().cloned().map(|f| view! { <FigureView figure=f s/> }).collect_view()}
                </section>
            })}
            {(!strategy.events.is_empty()).then(|| view! {
                <section aria-labelledby="events-heading">
                    <h2 id="events-heading">{tr(|t| t.events)}</h2>
                    <ol class="events">
                        {strategy.events.iter().map(|e| {
                            let (date, kind) = (e.date.clone(), e.kind);
                            view! {
                                <li>
                                    <strong>{move || format_date(&date, i18n.lang.get())}</strong> " · "
                                    {move || i18n.t().event_kind(kind)} ": " <Txt text=e.description.clone() context/>
                                    <SourcesOf s ids=e.sources.clone()/>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                </section>
            })}
            {(!strategy.notes.is_empty()).then(|| view! {
                <section aria-labelledby="notes-heading">
                    <h2 id="notes-heading">{tr(|t| t.notes)}</h2>
                    <ul class="notes">
                        {strategy.notes.iter().cloned().map(|n| view! { <li><Txt text=n.text context/><SourcesOf s ids=n.sources/></li> }).collect_view()}
                    </ul>
                </section>
            })}
            <section aria-labelledby="sources-heading">
                <h2 id="sources-heading">{tr(|t| t.sources)}</h2>
                <SourceList sources=strategy.sources.clone() context/>
            </section>
        </article>
    }
}

/// The strategy's key facts as a description list, each with its sources.
#[component]
fn Facts(s: usize) -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    let strategy = catalog.data.strategies[s].clone();
    let context = strategy.language;
    let org_name = |id: &str| {
        catalog
            .data
            .organisation(id)
            .map(|o| o.name.clone())
            .unwrap_or_else(|| Text::plain(id))
    };
    let regions: Vec<Text> = strategy
        .regions
        .iter()
        .filter_map(|r| catalog.data.region(r))
        .map(|r| r.name.clone())
        .collect();
    let owners: Vec<(Text, RoleKind)> = strategy
        .owners
        .iter()
        .map(|r| (org_name(&r.organisation), r.role))
        .collect();
    let signatories: Vec<(String, Text, Text)> = strategy
        .signatories
        .iter()
        .map(|sg| {
            (
                sg.name.clone(),
                sg.office.clone(),
                org_name(&sg.organisation),
            )
        })
        .collect();
    let adopted = strategy
        .adopted
        .clone()
        .map(|a| (a.clone(), a.by.as_deref().map(org_name)));
    let period = strategy.period.clone();
    let standing = catalog.standing(s);
    view! {
        <section aria-labelledby="facts-heading" class="facts">
            <h2 id="facts-heading">{tr(|t| t.facts)}</h2>
            <dl>
                <dt>{tr(|t| t.region)}</dt>
                <dd>{regions.into_iter().map(|r| view! { <span class="list-item"><Txt text=r context/></span> }).collect_view()}</dd>
                <dt>{tr(|t| t.kind)}</dt>
                <dd>{let k = strategy.kind; move || i18n.t().strategy_kind(k)}</dd>
                {(!owners.is_empty()).then(|| view! {
                    <dt>{tr(|t| t.owners)}</dt>
                    <dd><ul class="plain">{owners.into_iter().map(|(name, role)| view! {
                        <li><Txt text=name context/> " (" {move || i18n.t().role(role)} ")"</li>
                    }).collect_view()}</ul>
                    <SourcesOf s ids={unique_sources(strategy.owners.iter().map(|r| &r.sources))}/></dd>
                })}
                {(!signatories.is_empty()).then(|| view! {
                    <dt>{tr(|t| t.signatories)}</dt>
                    <dd><ul class="plain">{signatories.into_iter().map(|(name, office, org)| view! {
                        <li>{name} ", " <Txt text=office context/> ", " <Txt text=org context/></li>
                    }).collect_view()}</ul>
                    <SourcesOf s ids={unique_sources(strategy.signatories.iter().map(|r| &r.sources))}/></dd>
                })}
                <dt>{tr(|t| t.adopted)}</dt>
                <dd>{match adopted {
                    Some((a, by)) => {
                        let date = a.date.clone();
                        view! {
                            {move || format_date(&date, i18n.lang.get())}
                            {by.map(|b| view! { ", " <Txt text=b context/> })}
                            {a.note.clone().map(|n| view! { <p class="fact-note"><Txt text=n context/></p> })}
                            <SourcesOf s ids=a.sources.clone()/>
                        }.into_any()
                    }
                    None => view! { <span class="muted">{tr(|t| t.not_given)}</span> }.into_any(),
                }}</dd>
                <dt>{tr(|t| t.period)}</dt>
                <dd>
                    {let p = period.clone(); move || format_period(&p, i18n.lang.get())}
                    {period.note.clone().map(|n| view! { <p class="fact-note"><Txt text=n context/></p> })}
                    <SourcesOf s ids=period.sources.clone()/>
                </dd>
                <dt>{tr(|t| t.status)}</dt>
                <dd>
                    <StatusLabel standing end=period.to.clone() has_successor=strategy.successor.is_some()/>
                </dd>
                {strategy.successor.clone().map(|succ| view! {
                    <dt>{tr(|t| t.successor)}</dt>
                    <dd>
                        {succ.strategy.clone().map(|id| view! { <a href=nav::strategy(&id)>{id.clone()}</a> " · " })}
                        <Txt text=succ.description.clone() context/>
                        <SourcesOf s ids=succ.sources.clone()/>
                    </dd>
                })}
                {strategy.headline.clone().map(|h| view! {
                    <dt>{tr(|t| t.headline)}</dt>
                    <dd><blockquote><Txt text=h.text context/></blockquote><SourcesOf s ids=h.sources/></dd>
                })}
            </dl>
        </section>
    }
}

/// The parts of the strategy and their items as a navigable tree.
#[component]
fn StructureTree(s: usize) -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    let strategy = &catalog.data.strategies[s];
    let context = strategy.language;
    view! {
        <ol class="tree">
            {strategy.parts.iter().map(|part| {
                let kind = part.kind;
                let superseded = part.status == Status::Superseded;
                let declared = part.declared.clone();
                view! {
                    <li class="tree-part" class:superseded=superseded>
                        <span class="kind-label">{move || i18n.t().part_kind(kind)}</span>
                        {superseded.then(|| view! { " " <span class="status status-superseded">{tr(|t| t.superseded_part)}</span> })}
                        <a class="tree-title" href=nav::part(&strategy.id, &part.id)><Txt text=part.title.clone() context/></a>
                        {part.grouping.clone().filter(|_| !part.items.is_empty()).map(|grouping| view! { <GroupingNote grouping s context/> })}
                        {(!part.items.is_empty()).then(|| view! {
                            <ol class="tree-items">
                                {part.items.iter().map(|item| {
                                    let ikind = item.kind;
                                    view! {
                                        <li>
                                            <span class="kind-label">{move || i18n.t().item_kind(ikind)}</span>
                                            <a href=nav::item(&strategy.id, &part.id, &item.id)><Txt text=item.title.clone() context/></a>
                                        </li>
                                    }
                                }).collect_view()}
                            </ol>
                        })}
                        {declared.into_iter().map(|d| view! { <DeclaredNotice declared=d s/> }).collect_view()}
                    </li>
                }
            }).collect_view()}
        </ol>
    }
}

/// Which goals the strategy's links touch, how many links and on what basis, and what is unlinked.
#[component]
fn SdgProfile(s: usize) -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    let counts = Catalog::goal_counts(catalog.links_of_strategy(s));
    let by_basis: Vec<(BasisKind, usize)> =
        [BasisKind::Stated, BasisKind::Inferred, BasisKind::Editorial]
            .into_iter()
            .map(|b| {
                (
                    b,
                    catalog
                        .links_of_strategy(s)
                        .filter(|l| l.link.basis == b)
                        .count(),
                )
            })
            .collect();
    let touched: Vec<Sdg> = catalog
        .data
        .sdgs
        .iter()
        .filter(|g| counts[usize::from(g.number) - 1] > 0)
        .cloned()
        .collect();
    let suggested = crate::data::suggested_goals(&catalog.data.strategies[s].id);
    let untouched: Vec<u8> = (1..=17)
        .filter(|n| counts[usize::from(*n) - 1] == 0 && !suggested.contains(n))
        .collect();
    let unlinked: Vec<Place> = catalog.unlinked(s);
    let strategy_links = catalog.data.strategies[s].sdg.clone();
    let context = catalog.data.strategies[s].language;
    let total: usize = counts.iter().sum();
    view! {
        <section aria-labelledby="profile-heading" class="sdg-profile">
            <h2 id="profile-heading">{tr(|t| t.sdg_profile)}</h2>
            <p>{move || (i18n.t().links_count)(total)} ": "
                {by_basis.into_iter().map(|(b, n)| view! { <span class="list-item">{move || i18n.t().basis(b)} " " {n}</span> }).collect_view()}
            </p>
            <h3>{tr(|t| t.goals_touched)}</h3>
            {if touched.is_empty() {
                view! { <p class="muted">{tr(|t| t.no_sdg_links)}</p> }.into_any()
            } else {
                view! { <ul class="sdg-strip">{touched.into_iter().map(|g| { let n = counts[usize::from(g.number) - 1]; view! { <li><SdgTile goal=g count=n/></li> } }).collect_view()}</ul> }.into_any()
            }}
            {(!strategy_links.is_empty()).then(|| view! { <SdgLinks links=strategy_links s/> })}
            <h3>{tr(|t| t.suggested_goals)}</h3>
            {if suggested.is_empty() {
                view! { <p class="muted">{tr(|t| t.suggestions_none)}</p> }.into_any()
            } else {
                view! { <p class="suggested-goals">{suggested.iter().map(|n| view! { <a class="goal-ref" href=nav::sdg(*n)>{*n}</a> }).collect_view()}</p> }.into_any()
            }}
            <h3>{tr(|t| t.goals_not_touched)}</h3>
            <p class="untouched-goals">{untouched.iter().map(|n| view! { <a class="goal-ref" href=nav::sdg(*n)>{*n}</a> }).collect_view()}</p>
            {(!unlinked.is_empty()).then(|| view! {
                <details>
                    <summary>{tr(|t| t.unlinked_entries)} " (" {unlinked.len()} ")"</summary>
                    <ul>{unlinked.iter().map(|&p| view! { <li><a href=nav::place(&catalog, p)><Txt text=catalog.title_at(p).clone() context/></a></li> }).collect_view()}</ul>
                </details>
            })}
        </section>
    }
}

/// A published figure as a small bar chart with a data table beside it.
#[component]
fn FigureView(figure: Figure, s: usize) -> impl IntoView {
    let i18n = use_i18n();
    let context = use_catalog().data.strategies[s].language;
    let max = figure
        .values
        .iter()
        .map(|v| v.value)
        .fold(0.0_f64, f64::max)
        .max(1e-9);
    let unit = if figure.unit == "percent" { " %" } else { "" };
    let n = figure.values.len().max(1);
    let (w, h, pad) = (320.0, 160.0, 24.0);
    let bar_w = (w - pad * 2.0) / n as f64 * 0.6;
    let chart_id = format!("figure-{}", figure.id);
    let values = figure.values.clone();
    let label = figure.label.clone();
    view! {
        <figure class="figure">
            <figcaption id=chart_id><Txt text=label context/></figcaption>
            <div class="figure-body">
                <svg viewBox=format!("0 0 {w} {h}") role="img" aria-hidden="true" class="chart">
                    {values.iter().enumerate().map(|(i, v)| {
                        let x = pad + (w - pad * 2.0) / n as f64 * (i as f64 + 0.2);
                        let bh = (h - pad * 2.0) * v.value / max;
                        let y = h - pad - bh;
                        let value = v.value;
                        view! {
                            <rect x=x y=y width=bar_w height=bh class="bar"/>
                            <text x=x + bar_w / 2.0 y=y - 4.0 text-anchor="middle" class="bar-label">{move || format!("{}{unit}", format_number(value, i18n.lang.get()))}</text>
                            <text x=x + bar_w / 2.0 y=h - 6.0 text-anchor="middle" class="axis-label">{v.year}</text>
                        }
                    }).collect_view()}
                </svg>
                <table class="data-table">
                    <thead><tr><th scope="col">{tr(|t| t.figure_table_year)}</th><th scope="col">{tr(|t| t.figure_table_value)}</th></tr></thead>
                    <tbody>
                        {values.into_iter().map(|v| view! { <tr><th scope="row">{v.year}</th><td>{move || format!("{}{unit}", format_number(v.value, i18n.lang.get()))}</td></tr> }).collect_view()}
                    </tbody>
                </table>
            </div>
            {figure.note.clone().map(|n| view! { <p class="fact-note"><Txt text=n context/></p> })}
            <SourcesOf s ids=figure.sources.clone()/>
        </figure>
    }
}

/// The source ids of several entities, each once, in first-seen order.
fn unique_sources<'a>(lists: impl Iterator<Item = &'a Vec<String>>) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for id in lists.flatten() {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    ids
}
