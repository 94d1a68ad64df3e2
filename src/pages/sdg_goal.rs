use crate::components::*;
use crate::data::use_catalog;
use crate::i18n::{texts, tr, use_i18n};
use crate::nav;
use crate::pages::NotFoundPage;
use leptos::prelude::*;
use leptos_router::hooks::use_params_map;
use strategy_core::catalog::Place;
use strategy_core::compare;
use strategy_core::model::*;

/// The links of a goal, owned: by region (`None`: no known region), then by strategy.
type Groups = Vec<(Option<usize>, Vec<(usize, Vec<(Place, SdgLink)>)>)>;

/// One goal: its names, and every part and item linked to it, by region and strategy.
/// Anything but a goal number from 1 to 17 is not found.
#[component]
pub fn SdgGoalPage() -> impl IntoView {
    let params = use_params_map();
    let catalog = use_catalog();
    move || {
        let goal = params
            .with(|p| p.get("n"))
            .as_deref()
            .and_then(compare::parse_goal)
            .filter(|&n| catalog.data.sdg(n).is_some());
        match goal {
            Some(n) => view! { <GoalView n/> }.into_any(),
            None => view! { <NotFoundPage/> }.into_any(),
        }
    }
}

#[component]
fn GoalView(n: u8) -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    let goal = catalog
        .data
        .sdg(n)
        .cloned()
        .expect("checked by SdgGoalPage");
    let names = goal.name.clone();
    let name_in = move |lang: Lang| names.get(&lang).cloned().unwrap_or_default();
    let title_name = name_in.clone();
    set_page_title(move || format!("{}: {}", (i18n.t().goal_n)(n), title_name(i18n.lang.get())));
    let fg = strategy_core::sdg::text_colour_on(&goal.colour);
    let banner_style = format!("background:{};color:{fg}", goal.colour);
    let groups: Groups = compare::links_by_region(&catalog, n)
        .into_iter()
        .map(|g| {
            (
                g.region,
                g.strategies
                    .into_iter()
                    .map(|s| {
                        (
                            s.strategy,
                            s.links
                                .into_iter()
                                .map(|l| (l.place, l.link.clone()))
                                .collect(),
                        )
                    })
                    .collect(),
            )
        })
        .collect();
    let total: usize = groups
        .iter()
        .flat_map(|(_, s)| s.iter().map(|(_, l)| l.len()))
        .sum();
    let neighbour = |m: u8| {
        catalog
            .data
            .sdg(m)
            .map(|g| (nav::sdg(m), m, g.name.clone()))
    };
    let prev = n.checked_sub(1).and_then(neighbour);
    let next = n.checked_add(1).and_then(neighbour);
    let h1_name = name_in.clone();
    let other_names = name_in.clone();
    view! {
        <article class="sdg-goal">
            {move || view! {
                <Breadcrumbs
                    crumbs=vec![(nav::href("/"), "Strategy Explorer".to_string()), (nav::href("/sdg"), i18n.t().sdg_index_title.to_string())]
                    current=(i18n.t().goal_n)(n)/>
            }}
            <header class="goal-banner" style=banner_style>
                <span class="goal-banner-number" aria-hidden="true">{n}</span>
                <div class="goal-banner-text">
                    <p class="goal-banner-kicker">{move || (i18n.t().goal_n)(n)}</p>
                    <h1 lang=move || i18n.lang.get().code()>{move || h1_name(i18n.lang.get())}</h1>
                </div>
            </header>
            <dl class="goal-names" aria-label=tr(|t| t.sdg_names_label)>
                {move || {
                    let ui = i18n.lang.get();
                    let ordered = std::iter::once(ui).chain(Lang::ALL.into_iter().filter(move |&l| l != ui));
                    ordered.map(|lang| view! {
                        <div>
                            <dt>{texts(lang).lang_name}</dt>
                            <dd lang=lang.code()>{other_names(lang)}</dd>
                        </div>
                    }).collect_view()
                }}
            </dl>
            <section aria-labelledby="linked-heading">
                <h2 id="linked-heading">{tr(|t| t.sdg_linked_here)} " " <span class="muted">"(" {move || (i18n.t().links_count)(total)} ")"</span></h2>
                {if groups.is_empty() {
                    view! {
                        <p class="empty-note">{tr(|t| t.sdg_nothing_linked)}</p>
                        <p><a href=nav::href("/about")>{tr(|t| t.sdg_how_links_are_made)}</a></p>
                    }.into_any()
                } else {
                    view! { <GoalGroups groups/> }.into_any()
                }}
            </section>
            <nav class="prev-next" aria-label=tr(|t| t.sdg_other_goals)>
                {prev.map(|(href, m, names)| view! {
                    <a rel="prev" href=href>"← " {move || (i18n.t().goal_n)(m)} ": " {move || names.get(&i18n.lang.get()).cloned().unwrap_or_default()}</a>
                })}
                <a href=nav::href("/sdg")>{tr(|t| t.sdg_all_goals)}</a>
                {next.map(|(href, m, names)| view! {
                    <a rel="next" href=href>{move || (i18n.t().goal_n)(m)} ": " {move || names.get(&i18n.lang.get()).cloned().unwrap_or_default()} " →"</a>
                })}
            </nav>
        </article>
    }
}

/// The links of a goal by region (with a heading each) and strategy (a subheading each).
#[component]
fn GoalGroups(groups: Groups) -> impl IntoView {
    let catalog = use_catalog();
    groups
        .into_iter()
        .map(|(region, strategies)| {
            let region = region.map(|r| catalog.data.regions[r].clone());
            let heading_id = format!("region-{}", region.as_ref().map(|r| r.id.as_str()).unwrap_or("none"));
            let labelled_by = heading_id.clone();
            view! {
                <section class="goal-region" aria-labelledby=labelled_by>
                    <h3 id=heading_id>{match region {
                        Some(r) => view! { <Txt text=r.name.clone() context=r.language/> }.into_any(),
                        None => view! { {tr(|t| t.sdg_no_region)} }.into_any(),
                    }}</h3>
                    {strategies.into_iter().map(|(s, links)| {
                        let strategy = &catalog.data.strategies[s];
                        view! {
                            <h4><a href=nav::strategy(&strategy.id)><Txt text=strategy.title.clone() context=strategy.language/></a></h4>
                            <ul class="sdg-links linked-entries">
                                {links.into_iter().map(|(place, link)| view! { <li><LinkedEntry place link/></li> }).collect_view()}
                            </ul>
                        }
                    }).collect_view()}
                </section>
            }
        })
        .collect_view()
}

/// One SDG link with what it sits on: the kind and title of the entry (a link to it), the
/// target, the basis with its reason, and the link's sources.
#[component]
pub fn LinkedEntry(place: Place, link: SdgLink) -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    let strategy = catalog.strategy_at(place);
    let context = strategy.language;
    let kind: Box<dyn Fn() -> &'static str + Send + Sync> =
        match (catalog.part_at(place), catalog.item_at(place)) {
            (_, Some(item)) => {
                let k = item.kind;
                Box::new(move || i18n.t().item_kind(k))
            }
            (Some(part), None) => {
                let k = part.kind;
                Box::new(move || i18n.t().part_kind(k))
            }
            _ => Box::new(tr(|t| t.sdg_strategy_level)),
        };
    let sources: Vec<Source> = strategy.sources_of(&link.sources).cloned().collect();
    view! {
        <span class="kind-label">{kind}</span>
        <a class="linked-entry-title" href=nav::place(&catalog, place)><Txt text=catalog.title_at(place).clone() context/></a>
        <div class="linked-entry-basis">
            {link.target.clone().map(|t| view! { <span class="target">{tr(|t| t.target)} " " {t}</span> })}
            <BasisNote basis=link.basis reason=link.reason.clone() context/>
        </div>
        {(!sources.is_empty()).then(|| view! { <SourceList sources context/> })}
    }
}
