use crate::components::*;
use crate::data::use_catalog;
use crate::i18n::{tr, use_i18n};
use crate::nav;
use leptos::prelude::*;
use strategy_core::model::*;
use strategy_core::timeline::{self, End, MarkerKind, RowKind, Timeline};

/// All strategies on one time axis: a chart for the eye, and the same facts as a list.
#[component]
pub fn TimelinePage() -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    set_page_title(move || i18n.t().timeline_title.to_string());
    let now = js_sys::Date::new_0();
    let today = (
        now.get_full_year() as i32,
        now.get_month() + 1,
        now.get_date(),
    );
    let tl = timeline::build(&catalog.data.strategies, today);
    let (first, last) = (tl.axis.first_year, tl.axis.last_year);
    let order: Vec<usize> = tl
        .rows
        .iter()
        .filter(|r| r.kind == RowKind::Strategy)
        .map(|r| r.strategy)
        .collect();
    view! {
        <article class="timeline-page">
            <h1>{tr(|t| t.timeline_title)}</h1>
            <p class="lead">{tr(|t| t.timeline_intro)}</p>
            <figure class="timeline-figure">
                <div class="timeline-scroll" tabindex="0" role="group" aria-labelledby="timeline-caption">
                    <Chart tl/>
                </div>
                <figcaption id="timeline-caption">
                    <span class="visually-hidden">{move || (i18n.t().timeline_chart_label)(first, last)}</span>
                    <Legend/>
                </figcaption>
            </figure>
            <section aria-labelledby="timeline-list-heading">
                <h2 id="timeline-list-heading">{tr(|t| t.timeline_list_heading)}</h2>
                <ol class="timeline-list">
                    {order.into_iter().map(|s| view! { <li><StrategyDates s/></li> }).collect_view()}
                </ol>
            </section>
        </article>
    }
}

const WIDTH: f64 = 960.0;
const PAD: f64 = 14.0;
const AXIS_H: f64 = 30.0;
const ROW_H: f64 = 48.0;
const BAR_Y: f64 = 24.0;
const BAR_H: f64 = 14.0;
const FOOT_H: f64 = 26.0;
/// Width of a character of a bold 13px label, generously: wide fonts must fit too.
const CHAR_W: f64 = 8.6;
/// The most characters a label can have and still fit the width.
const MAX_LABEL: usize = ((WIDTH - 2.0 * PAD) / CHAR_W) as usize;

fn x(f: f64) -> f64 {
    PAD + f.clamp(0.0, 1.0) * (WIDTH - 2.0 * PAD)
}

/// The chart. It repeats what the list says, so it is one image for assistive technology.
#[component]
fn Chart(tl: Timeline) -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    let height = AXIS_H + ROW_H * tl.rows.len() as f64 + FOOT_H;
    let (first, last) = (tl.axis.first_year, tl.axis.last_year);
    let ticks = tl.axis.ticks(16);
    let grid_bottom = AXIS_H + ROW_H * tl.rows.len() as f64;
    view! {
        <svg class="timeline-chart" viewBox=format!("0 0 {WIDTH} {height}") role="img"
            aria-label=move || (i18n.t().timeline_chart_label)(first, last)>
            <defs>
                <linearGradient id="tl-fade" x1="0" x2="1" y1="0" y2="0">
                    <stop offset="0" class="tl-fade-solid"/>
                    <stop offset="0.55" class="tl-fade-solid"/>
                    <stop offset="1" class="tl-fade-clear"/>
                </linearGradient>
                <linearGradient id="tl-fade-successor" x1="0" x2="1" y1="0" y2="0">
                    <stop offset="0" class="tl-fade-successor-solid"/>
                    <stop offset="0.55" class="tl-fade-successor-solid"/>
                    <stop offset="1" class="tl-fade-clear"/>
                </linearGradient>
            </defs>
            <g class="tl-axis">
                {ticks.into_iter().map(|t| {
                    let tx = x(t.at);
                    view! {
                        <line x1=tx x2=tx y1=AXIS_H - 6.0 y2=grid_bottom class=if t.labelled { "tl-grid" } else { "tl-grid minor" }/>
                        {t.labelled.then(|| view! { <text x=tx + 3.0 y=AXIS_H - 10.0 class="tl-year">{t.year}</text> })}
                    }
                }).collect_view()}
            </g>
            {tl.rows.iter().enumerate().map(|(i, row)| {
                let y = AXIS_H + ROW_H * i as f64;
                let strategy = &catalog.data.strategies[row.strategy];
                let region = region_name(&catalog, strategy);
                let successor = row.kind == RowKind::Successor;
                let title = strategy.title.clone();
                let label = move || {
                    let title = original_in(&title, i18n.lang.get());
                    let text = if successor { (i18n.t().timeline_successor_of)(&title) } else { format!("{region} · {title}") };
                    // The list below has the full title; the chart shortens what cannot fit.
                    if text.chars().count() > MAX_LABEL { text.chars().take(MAX_LABEL - 1).chain(['…']).collect() } else { text }
                };
                let bar = row.bar();
                let (bx, bw) = (x(bar.from), (x(bar.to) - x(bar.from)).max(2.0));
                let fill = match (row.fades(), successor) {
                    (true, true) => "url(#tl-fade-successor)",
                    (true, false) => "url(#tl-fade)",
                    (false, _) => "",
                };
                let bar_class = if successor {
                    "tl-bar successor"
                } else if catalog.standing(row.strategy).applies() {
                    "tl-bar"
                } else {
                    "tl-bar superseded"
                };
                // Start the label at the bar, but move it left when it would run off the right edge.
                let label_x = {
                    let label = label.clone();
                    move || bx.min(WIDTH - PAD - label().chars().count() as f64 * CHAR_W).max(PAD)
                };
                let cy = y + BAR_Y + BAR_H / 2.0;
                view! {
                    <g class="tl-row">
                        <text class="tl-label" x=label_x y=y + 17.0>{label}</text>
                        <rect class=bar_class x=bx y=y + BAR_Y width=bw height=BAR_H rx="3" style=(!fill.is_empty()).then(|| format!("fill:{fill}"))/>
                        {row.markers.iter().map(|m| {
                            let mx = x(m.at());
                            let span = (!m.precise).then(|| {
                                let (sx, sw) = (x(m.span.from), (x(m.span.to) - x(m.span.from)).max(1.0));
                                view! { <rect class="tl-span" x=sx y=y + BAR_Y - 4.0 width=sw height=BAR_H + 8.0/> }
                            });
                            let shape = match m.kind {
                                MarkerKind::Adopted | MarkerKind::SuccessorAdopted => view! {
                                    <path class="tl-adopted" d=format!("M{mx} {a} L{b} {cy} L{mx} {c} L{d} {cy} Z", a = cy - 8.0, b = mx + 8.0, c = cy + 8.0, d = mx - 8.0)/>
                                }.into_any(),
                                MarkerKind::Event(_) => view! { <circle class="tl-event" cx=mx cy=cy r="5.5"/> }.into_any(),
                            };
                            view! { {span} {shape} }
                        }).collect_view()}
                        {(row.end_kind == End::Date && !successor).then(|| view! {
                            <line class="tl-end" x1=x(row.end) x2=x(row.end) y1=y + BAR_Y - 3.0 y2=y + BAR_Y + BAR_H + 3.0/>
                        })}
                    </g>
                }
            }).collect_view()}
            {tl.today.map(|t| {
                let tx = x(t);
                let anchor = if tx > WIDTH - 80.0 { "end" } else { "middle" };
                view! {
                    <line class="tl-today" x1=tx x2=tx y1=AXIS_H - 6.0 y2=grid_bottom + 4.0/>
                    <text class="tl-today-label" x=tx y=grid_bottom + 18.0 text-anchor=anchor>{tr(|t| t.today)}</text>
                }
            })}
        </svg>
    }
}

/// What the shapes of the chart mean.
#[component]
fn Legend() -> impl IntoView {
    view! {
        <ul class="timeline-legend" aria-label=tr(|t| t.timeline_legend)>
            <li><svg viewBox="0 0 28 14" aria-hidden="true"><rect class="tl-bar" x="0" y="2" width="28" height="10" rx="2"/></svg>{tr(|t| t.timeline_legend_period)}</li>
            <li><svg viewBox="0 0 28 14" aria-hidden="true"><rect x="0" y="2" width="28" height="10" rx="2" style="fill:url(#tl-fade)"/></svg>{tr(|t| t.timeline_legend_fade)}</li>
            <li><svg viewBox="0 0 28 14" aria-hidden="true"><rect class="tl-bar successor" x="0" y="2" width="28" height="10" rx="2"/></svg>{tr(|t| t.timeline_legend_successor)}</li>
            <li><svg viewBox="0 0 28 14" aria-hidden="true"><path class="tl-adopted" d="M14 0 L21 7 L14 14 L7 7 Z"/></svg>{tr(|t| t.timeline_legend_adopted)}</li>
            <li><svg viewBox="0 0 28 14" aria-hidden="true"><rect class="tl-span" x="2" y="0" width="24" height="14"/><circle class="tl-event" cx="14" cy="7" r="4.5"/></svg>{tr(|t| t.timeline_legend_event)}</li>
            <li><svg viewBox="0 0 28 14" aria-hidden="true"><line class="tl-today" x1="14" x2="14" y1="0" y2="14"/></svg>{tr(|t| t.today)}</li>
        </ul>
    }
}

/// The dates of one strategy as text: the accessible twin of its row in the chart.
#[component]
fn StrategyDates(s: usize) -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    let strategy = &catalog.data.strategies[s];
    let context = strategy.language;
    let heading_id = format!("tl-{}", strategy.id);
    let labelled_by = heading_id.clone();
    let standing = catalog.standing(s);
    let kind = strategy.kind;
    let adopted = strategy.adopted.clone();
    let period = strategy.period.clone();
    let successor = strategy.successor.clone().map(|succ| {
        let target = succ
            .strategy
            .as_deref()
            .and_then(|id| catalog.data.strategy(id))
            .map(|t| (nav::strategy(&t.id), t.title.clone(), t.language));
        (succ, target)
    });
    let mut events: Vec<Event> = strategy.events.clone();
    events.sort_by_key(|e| {
        e.date
            .parse()
            .map(|d| d.earliest())
            .unwrap_or((i32::MAX, 0, 0))
    });
    view! {
        <article class="timeline-entry" aria-labelledby=labelled_by>
            <h3 id=heading_id><a href=nav::strategy(&strategy.id)><Txt text=strategy.title.clone() context/></a></h3>
            <p class="kicker">{region_name(&catalog, strategy)} " · " {move || i18n.t().strategy_kind(kind)}</p>
            <dl class="timeline-facts">
                <dt>{tr(|t| t.adopted)}</dt>
                <dd>{match adopted {
                    Some(a) => {
                        let date = a.date.clone();
                        view! { <span class="tl-date">{move || format_date(&date, i18n.lang.get())}</span> <SourcesOf s ids=a.sources.clone()/> }.into_any()
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
                <dd><StatusLabel standing end=period.to.clone() has_successor=strategy.successor.is_some()/></dd>
                {successor.map(|(succ, target)| view! {
                    <dt>{tr(|t| t.successor)}</dt>
                    <dd class="tl-successor">
                        {target.map(|(href, title, lang)| view! { <a href=href><Txt text=title context=lang/></a> ". " })}
                        {succ.adopted.clone().map(|d| view! {
                            <strong>{tr(|t| t.adopted)} ": " {move || format_date(&d, i18n.lang.get())}</strong> ". "
                        })}
                        <Txt text=succ.description.clone() context/>
                        <SourcesOf s ids=succ.sources.clone()/>
                    </dd>
                })}
            </dl>
            <h4>{tr(|t| t.events)}</h4>
            {if events.is_empty() {
                view! { <p class="muted">{tr(|t| t.timeline_no_events)}</p> }.into_any()
            } else {
                view! {
                    <ol class="events">
                        {events.into_iter().map(|e| {
                            let (date, ekind) = (e.date.clone(), e.kind);
                            view! {
                                <li>
                                    <strong class="tl-date">{move || format_date(&date, i18n.lang.get())}</strong> " · "
                                    {move || i18n.t().event_kind(ekind)} ": " <Txt text=e.description.clone() context/>
                                    <SourcesOf s ids=e.sources.clone()/>
                                </li>
                            }
                        }).collect_view()}
                    </ol>
                }.into_any()
            }}
        </article>
    }
}
