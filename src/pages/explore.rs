//! `/explore`: every part and item in one list, narrowed by a text search and facets.
//!
//! The state lives only in the query string (see `strategy_core::filter` for its format), so
//! back/forward, reload and shared links restore the same view. This component reads the URL,
//! renders, and turns each change into a navigation: a push for facet changes, a replace for
//! all but the first keystroke of a search. The filtering, ranking and counting is
//! `strategy_core::filter`.

use crate::components::{sdg_link_tile_html, set_page_title, text_in, Txt};
use crate::data::use_catalog;
use crate::debounce::Debounce;
use crate::i18n::{texts, tr, use_i18n, Texts};
use crate::nav;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;
use strategy_core::catalog::{Catalog, Place};
use strategy_core::filter::{self, Facet, FacetCounts, Filters, Hit};
use strategy_core::html;
use strategy_core::model::*;
use strategy_core::query;
use strategy_core::search::{highlight, AnalyzedText, Query, SearchIndex, Segment};
use wasm_bindgen::JsCast;

/// Query parameters of the whole app that a change of filters keeps: the UI language, an
/// external dataset, the colour theme.
const KEPT_PARAMS: [&str; 3] = ["lang", "data", "theme"];

/// Facets with more options than this (strategies, in a large dataset) show the first ones and
/// a "Show all" button: a long list of checkboxes is hard to use, and each costs time to update.
const FACET_FOLD: usize = 20;

/// How long typing must pause before the search is written to the URL.
const SEARCH_PAUSE: Duration = Duration::from_millis(300);

/// How long the live region stays empty before a new result count is announced in it.
const ANNOUNCE_PAUSE: Duration = Duration::from_millis(150);

/// Results are shown this many at a time: a 1280×900 window shows four and part of a fifth when
/// the page opens. Every result a keystroke or facet click brings into the list is made and laid
/// out then (the slowest interactions replace the whole page of results), and nobody reads
/// hundreds of results without narrowing them first.
const PAGE_SIZE: usize = 10;

/// How many results taken out of the list are kept to be put back ([`KeptResults`]).
const KEPT_RESULTS: usize = 6 * PAGE_SIZE;

/// The search index of a catalog, built on first use and kept while the catalog lives.
fn index_for(catalog: &Arc<Catalog>) -> Arc<SearchIndex> {
    static CACHE: Mutex<Option<(Weak<Catalog>, Arc<SearchIndex>)>> = Mutex::new(None);
    let mut cache = CACHE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((of, index)) = cache.as_ref() {
        if of.strong_count() > 0 && std::ptr::eq(of.as_ptr(), Arc::as_ptr(catalog)) {
            return index.clone();
        }
    }
    let index = Arc::new(filter::build_index(catalog));
    *cache = Some((Arc::downgrade(catalog), index.clone()));
    index
}

/// Facet labels, in the order of `Facet::ALL`.
fn legend(t: &Texts, facet: Facet) -> &'static str {
    match facet {
        Facet::Country => t.filter_country,
        Facet::Region => t.filter_region,
        Facet::Strategy => t.filter_strategy,
        Facet::Kind => t.filter_kind,
        Facet::Sdg => t.filter_sdg,
        Facet::Basis => t.filter_basis,
        Facet::Status => t.filter_status,
    }
}

/// The readable name of a facet value (given as in the URL) in the UI language.
fn value_label(catalog: &Catalog, t: &Texts, ui: Lang, facet: Facet, code: &str) -> String {
    let data = &catalog.data;
    match facet {
        Facet::Region => data.region(code).map(|r| text_in(&r.name, ui)),
        Facet::Strategy => data.strategy(code).map(|s| match catalog.region_of(s) {
            Some(r) => format!("{} ({})", text_in(&s.title, ui), text_in(&r.name, ui)),
            None => text_in(&s.title, ui),
        }),
        Facet::Sdg => filter::parse_sdg(code).map(|n| {
            let name = data
                .sdg(n)
                .and_then(|g| g.name.get(&ui).cloned())
                .unwrap_or_default();
            if name.is_empty() {
                (t.goal_n)(n)
            } else {
                format!("{}: {name}", (t.goal_n)(n))
            }
        }),
        _ => Some(value_label_static(t, facet, code)),
    }
    .unwrap_or_else(|| code.to_string())
}

/// The count of option number `i` of a facet. `FacetCounts` lists the options of a catalog
/// always in the same order (see `option_codes`), so an option keeps its index: a lookup
/// instead of a search, which matters with hundreds of strategies.
fn count_at(counts: &FacetCounts, facet: Facet, i: usize) -> usize {
    let count = match facet {
        Facet::Country => counts.country.get(i).map(|c| c.1),
        Facet::Region => counts.region.get(i).map(|c| c.1),
        Facet::Strategy => counts.strategy.get(i).map(|c| c.1),
        Facet::Kind => counts.kind.get(i).map(|c| c.1),
        Facet::Sdg => counts.sdg.get(i).map(|c| c.1),
        Facet::Basis => counts.basis.get(i).map(|c| c.1),
        Facet::Status => counts.status.get(i).map(|c| c.1),
    };
    count.unwrap_or(0)
}

/// The option codes of a facet, in display order.
fn option_codes(counts: &FacetCounts, facet: Facet) -> Vec<String> {
    match facet {
        Facet::Country => counts
            .country
            .iter()
            .map(|&(c, _)| filter::country_code(c).to_string())
            .collect(),
        Facet::Region => counts.region.iter().map(|(id, _)| id.clone()).collect(),
        Facet::Strategy => counts.strategy.iter().map(|(id, _)| id.clone()).collect(),
        Facet::Kind => counts
            .kind
            .iter()
            .map(|&(k, _)| filter::kind_code(k).to_string())
            .collect(),
        Facet::Sdg => counts.sdg.iter().map(|&(g, _)| g.to_string()).collect(),
        Facet::Basis => counts
            .basis
            .iter()
            .map(|&(b, _)| filter::basis_code(b).to_string())
            .collect(),
        Facet::Status => counts
            .status
            .iter()
            .map(|&(s, _)| filter::status_code(s).to_string())
            .collect(),
    }
}

/// A text in a language, split where the query matches: worked out once per text, then both
/// tested for a match and rendered (analysing the words is most of a result's search cost).
#[derive(Clone, Debug, PartialEq)]
struct Marked {
    segments: Vec<Segment>,
    lang: Lang,
}

impl Marked {
    fn has_match(&self) -> bool {
        self.segments.iter().any(|s| s.matched)
    }

    /// The text as HTML, with the matched words in `<mark>`: set as one piece of markup, as a
    /// keystroke changes the marks of every result shown.
    fn html(&self) -> String {
        self.segments
            .iter()
            .map(|s| {
                if s.matched {
                    format!("<mark>{}</mark>", html::escape(&s.text))
                } else {
                    html::escape(&s.text)
                }
            })
            .collect()
    }
}

/// The texts of one result with their words analysed, each the first time the marks need it:
/// a keystroke then only matches the words again (analysing them is most of a result's search
/// cost).
#[derive(Default)]
struct Analyses(Vec<(Lang, AnalyzedText)>);

impl Analyses {
    fn mark(&mut self, text: &str, lang: Lang, query: &Query) -> Marked {
        if query.is_empty() {
            // Nothing to mark: no need to analyse the words.
            return Marked {
                segments: highlight(text, lang, query),
                lang,
            };
        }
        let i = match self
            .0
            .iter()
            .position(|(l, a)| *l == lang && a.text() == text)
        {
            Some(i) => i,
            None => {
                self.0.push((lang, AnalyzedText::new(text, lang)));
                self.0.len() - 1
            }
        };
        Marked {
            segments: self.0[i].1.highlight(query),
            lang,
        }
    }
}

/// A result in the list: where it is, the goal it was found through, the language it is shown in.
type ResultKey = (Place, Option<u8>, Lang);

/// A result's element, with the marks it shows.
struct ResultItem {
    key: ResultKey,
    item: web_sys::HtmlLiElement,
    marks: Marks,
}

/// The elements of the last results taken out of the list, newest last. Erasing a search or
/// unticking a filter brings back results that were just shown: their elements are put back
/// instead of being made again from their markup (parsing it was the largest single part of the
/// script of such a change, about a fifth: 0.1 ms a result).
#[derive(Default)]
struct KeptResults(VecDeque<ResultItem>);

impl KeptResults {
    fn keep(&mut self, result: ResultItem) {
        if self.0.len() == KEPT_RESULTS {
            self.0.pop_front();
        }
        self.0.push_back(result);
    }

    fn take(&mut self, key: ResultKey) -> Option<ResultItem> {
        let i = self.0.iter().position(|r| r.key == key)?;
        self.0.remove(i)
    }
}

/// What of a result follows the query: its title with the matched words, the translation shown
/// beside it, and the description when the words were found there.
#[derive(Clone, Debug, PartialEq)]
struct Marks {
    title: Marked,
    translation: Option<Marked>,
    description: Option<Marked>,
}

impl Marks {
    /// Which lines the result shows under its title, and in which language.
    fn lines(&self) -> (Option<Lang>, Option<Lang>) {
        (
            self.translation.as_ref().map(|m| m.lang),
            self.description.as_ref().map(|m| m.lang),
        )
    }

    fn new(
        catalog: &Catalog,
        place: Place,
        ui: Lang,
        query: &Query,
        analyses: &mut Analyses,
    ) -> Self {
        let mut mark = |text: &str, lang: Lang| analyses.mark(text, lang, query);
        let context = catalog.strategy_at(place).language;
        let title = catalog.title_at(place);
        let (shown, title_lang) = title.shown_in(ui, context);
        let marked = mark(shown, title_lang);
        // The title's translation into the UI language, or, when the words were found only in
        // another language's version, that one, so that every match is shown. Our own titles
        // are shown in the UI language already: they get a line only for such a match.
        let in_ui = (title.wording == Wording::Quote && ui != title_lang)
            .then(|| title.translations.get(&ui))
            .flatten()
            .map(|tr| mark(tr, ui));
        let shown_match = marked.has_match() || in_ui.as_ref().is_some_and(Marked::has_match);
        let translation = if query.is_empty() || shown_match {
            in_ui
        } else {
            std::iter::once((title.lang_or(context), &title.text))
                .chain(title.translations.iter().map(|(&l, tr)| (l, tr)))
                .filter(|&(l, _)| l != title_lang && l != ui)
                .map(|(l, tr)| mark(tr, l))
                .find(Marked::has_match)
                .or(in_ui)
        };
        // Where the words were found, when not in the title: the description or its translation.
        let description = match (catalog.part_at(place), catalog.item_at(place)) {
            (_, Some(item)) => item.description.as_ref(),
            (Some(part), None) => part.description.as_ref(),
            _ => None,
        };
        let description = description.filter(|_| !query.is_empty()).and_then(|d| {
            let lang = d.lang_or(context);
            std::iter::once((lang, &d.text))
                .chain(d.translations.iter().map(|(&l, tr)| (l, tr)))
                .map(|(l, text)| mark(text, l))
                .find(Marked::has_match)
        });
        Marks {
            title: marked,
            translation,
            description,
        }
    }
}

/// The explore page's state: the filters in the URL and the ones shown, what they give, and
/// the pending write of a change to the URL. A change made here is shown at once and written
/// to the URL afterwards (`pending` until then): typed text after a pause ([`SEARCH_PAUSE`]), a
/// facet change once the next paint is done and the page is idle. An interaction then first updates only the
/// results, not everything that follows the URL (the facet counts follow the written text). Any change of the URL itself (back/forward, a
/// chip, a written change) ends the pending state, and a write still due would undo it.
#[derive(Clone, Copy)]
struct ExploreState {
    url_filters: Memo<Filters>,
    pending: RwSignal<Option<Filters>>,
    /// What is shown: the pending change, else the URL's state.
    filters: Memo<Filters>,
    /// App-wide parameters (UI language, external dataset, theme) that travel with every change.
    kept: Memo<Vec<(&'static str, String)>>,
    /// The results of what is shown.
    hits: Memo<Vec<Hit>>,
    /// The facet counts: for the facets shown, but for the search text written to the URL. While
    /// a reader types they stay as they were, and follow once typing pauses: counting and
    /// updating some forty options cost a key that changes the list 1.5-3 ms, for counts nobody
    /// reads mid-word (README, Performance). A click on a facet updates them at once.
    counts: Memo<FacetCounts>,
    query: Memo<Query>,
    /// How many results are shown; every change of the filters starts again at one page.
    shown: RwSignal<usize>,
    url_write: Debounce,
    /// A search adds one history entry when it is first written to the URL; its later changes
    /// replace that entry.
    search_entry: StoredValue<SearchEntry>,
    navigate: StoredValue<Navigate, LocalStorage>,
}

type Navigate = Box<dyn Fn(&str, NavigateOptions)>;

/// The search being typed (numbered: sending it or leaving the box starts the next one) and
/// whether its history entry was added yet.
#[derive(Clone, Copy, Default)]
struct SearchEntry {
    search: u32,
    added: bool,
}

impl ExploreState {
    fn new(catalog: &Arc<Catalog>) -> Self {
        let query_map = use_query_map();
        let url_filters = {
            let catalog = catalog.clone();
            Memo::new(move |_| query_map.with(|q| Filters::from_pairs_in(q, &catalog)))
        };
        let pending = RwSignal::new(None::<Filters>);
        let filters = Memo::new(move |_| pending.get().unwrap_or_else(|| url_filters.get()));
        let kept = Memo::new(move |_| {
            query_map.with(|q| {
                KEPT_PARAMS
                    .iter()
                    .filter_map(|&k| q.get(k).filter(|v| !v.is_empty()).map(|v| (k, v)))
                    .collect()
            })
        });
        let index = index_for(catalog);
        let hits = {
            let (catalog, index) = (catalog.clone(), index.clone());
            Memo::new(move |_| filters.with(|f| filter::apply(&catalog, &index, f)))
        };
        let counted = Memo::new(move |_| {
            url_filters.with(|written| filters.with(|f| f.with_text(&written.q)))
        });
        let counts = {
            let catalog = catalog.clone();
            Memo::new(move |_| counted.with(|f| filter::facet_counts(&catalog, &index, f)))
        };
        let navigate = use_navigate();
        let state = ExploreState {
            url_filters,
            pending,
            filters,
            kept,
            hits,
            counts,
            query: Memo::new(move |_| filters.with(|f| Query::parse(&f.q))),
            shown: RwSignal::new(PAGE_SIZE),
            url_write: Debounce::new(SEARCH_PAUSE),
            search_entry: StoredValue::new(SearchEntry::default()),
            navigate: StoredValue::new_local(Box::new(move |path: &str, options| {
                navigate(path, options)
            })),
        };
        Effect::new(move |_| {
            url_filters.track();
            pending.set(None);
            state.url_write.cancel();
        });
        Effect::new(move |_| {
            filters.track();
            state
                .shown
                .maybe_update(|n| std::mem::replace(n, PAGE_SIZE) != PAGE_SIZE);
        });
        state
    }

    /// App path (without the base) of a state, keeping the app-wide parameters.
    fn path_of(self, f: &Filters) -> String {
        let pairs = f.to_pairs().into_iter().chain(self.kept.get_untracked());
        format!("/explore{}", query::from_pairs(pairs))
    }

    /// The href of a state. In an embedded view, filter links stay embedded (`nav::in_view`);
    /// links follow the app-wide parameters too (a language switch keeps the filters).
    fn href_of(self, f: &Filters) -> String {
        self.kept.track();
        nav::in_view(&self.path_of(f))
    }

    /// Shows `f` and writes it to the URL (a new history entry unless `replace`) once it is
    /// painted; not if another change came first, nor after the page is gone. Written once the
    /// page is idle after the paint: the router's and the history's work (some milliseconds)
    /// then delays neither the answer to a click nor the frame after it.
    fn show(self, f: Filters, replace: bool) {
        self.show_then(f, replace, || ());
    }

    /// [`Self::show`], then `written` once the URL is written.
    fn show_then(self, f: Filters, replace: bool, written: impl FnOnce() + 'static) {
        if f == self.url_filters.get_untracked() {
            self.url_write.cancel();
            self.pending.set(None);
            return;
        }
        let path = self.path_of(&f);
        self.pending.set(Some(f));
        self.url_write.call_when_idle(move || {
            self.navigate.with_value(|navigate| {
                navigate(
                    &path,
                    NavigateOptions {
                        replace,
                        scroll: false,
                        ..Default::default()
                    },
                )
            });
            written();
        });
    }

    /// A keystroke in the search box: shown at once, written to the URL after a pause.
    fn type_text(self, text: &str) {
        self.pending
            .set(Some(self.filters.get_untracked().with_text(text)));
        self.url_write.call(move || self.write_search());
    }

    fn write_search(self) {
        if let Some(f) = self.filters.try_get_untracked() {
            let entry = self.search_entry.get_value();
            // The entry counts as added only once the URL is written: a key pressed before
            // that cancels the write, and the next write must not replace the page before.
            self.show_then(f, entry.added, move || {
                self.search_entry.update_value(|now| {
                    if now.search == entry.search {
                        now.added = true;
                    }
                })
            });
        }
    }

    /// The search was sent (Enter): written now, and the next text starts a new history entry.
    fn submit_search(self) {
        self.write_search();
        self.end_typing();
    }

    fn end_typing(self) {
        self.search_entry.update_value(|e| {
            *e = SearchEntry {
                search: e.search.wrapping_add(1),
                added: false,
            }
        });
    }

    /// Shows one more page of results and moves focus to the first new one.
    fn show_more(self) {
        let before = self.shown.get_untracked();
        self.shown.set(before + PAGE_SIZE);
        focus_result(before);
    }

    fn hit_count(self) -> usize {
        self.hits.with(Vec::len)
    }
}

#[component]
pub fn ExplorePage() -> impl IntoView {
    let i18n = use_i18n();
    let catalog = use_catalog();
    let state = ExploreState::new(&catalog);
    set_page_title(move || i18n.t().explore_title.to_string());
    let announcement = count_announcement(state);
    // Open beside the results on a wide screen, folded above them on a narrow one. The static
    // HTML is rendered narrow (folded); on a wide screen the stylesheet shows the folded
    // content, so opening it when the app takes over changes nothing on screen. A reader who
    // opened the static page's filters (on a phone, before the app took over) keeps them open:
    // the app builds its page off-screen, so the one in the document is still the static one.
    let wide = window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_some_and(|w| w >= 800.0);
    let open = wide
        || document()
            .query_selector("details.facets[open]")
            .ok()
            .flatten()
            .is_some();
    let active_count = move || state.filters.with(Filters::active_count);
    // The facet counts wait for a pause in typing (see `ExploreState::counts`); until then they
    // are marked busy for assistive technology.
    let counts_wait = Memo::new(move |_| {
        state
            .filters
            .with(|f| state.url_filters.with(|written| f.q != written.q))
    });
    view! {
        <article class="explore">
            <h1>{tr(|t| t.explore_title)}</h1>
            <p class="lead">{tr(|t| t.explore_intro)}</p>
            <noscript><p class="note">{tr(|t| t.explore_needs_js)}</p></noscript>
            {search_form(state)}
            <div class="explore-layout">
                <details class="facets" open=open>
                    <summary>
                        {tr(|t| t.filters)}
                        {move || (active_count() > 0).then(|| format!(" ({})", active_count()))}
                    </summary>
                    <form class="facet-form" action=nav::href("/explore") method="get" aria-busy=move || counts_wait.get().then_some("true") on:submit=|ev: leptos::ev::SubmitEvent| ev.prevent_default()>
                        {facets(&catalog, state)}
                    </form>
                </details>
                <section class="explore-results" aria-labelledby="explore-count">
                    <h2 id="explore-count" class="result-count" tabindex="-1">{move || (i18n.t().results_count)(state.hit_count())}</h2>
                    {active_filters(&catalog, state)}
                    {result_list(&catalog, state)}
                </section>
            </div>
            <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" id="explore-status">{announcement}</div>
        </article>
    }
}

/// The search box. Back/forward and chips change the text without typing: it follows them.
fn search_form(state: ExploreState) -> impl IntoView {
    let input: NodeRef<leptos::html::Input> = NodeRef::new();
    let on_input = move |_| state.type_text(&input.get().map(|i| i.value()).unwrap_or_default());
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.submit_search();
    };
    Effect::new(move |_| {
        let q = state.filters.with(|f| f.q.clone());
        if let Some(el) = input.get() {
            if el.value().trim() != q {
                el.set_value(&q);
            }
        }
    });
    view! {
        <form class="search-box explore-search" role="search" action=nav::href("/explore") method="get" on:submit=on_submit>
            <label for="explore-q">{tr(|t| t.filter_text)}</label>
            <div class="search-row">
                <input id="explore-q" name="q" type="search" node_ref=input autocomplete="off" maxlength=filter::MAX_QUERY_CHARS
                    value=state.filters.get_untracked().q aria-describedby="explore-q-hint"
                    on:input=on_input on:change=move |_| state.end_typing()/>
                <button type="submit">{tr(|t| t.search_button)}</button>
            </div>
            <p class="muted hint" id="explore-q-hint">{tr(|t| t.explore_search_hint)}</p>
        </form>
    }
}

/// The result count for the live region, after every change (not on arrival: the page itself
/// is announced). The region is emptied first so that an unchanged count is announced again.
fn count_announcement(state: ExploreState) -> ReadSignal<String> {
    let i18n = use_i18n();
    let (announcement, set_announcement) = signal(String::new());
    let later = Debounce::new(ANNOUNCE_PAUSE);
    Effect::new(move |first: Option<()>| {
        state.filters.track();
        let text = (i18n.t().results_count)(state.hit_count());
        if first.is_none() {
            set_announcement.set(text);
        } else {
            set_announcement.set(String::new());
            later.call(move || set_announcement.set(text));
        }
    });
    announcement
}

/// Every facet. Their options are fixed by the catalog; only their counts and states change.
fn facets(catalog: &Arc<Catalog>, state: ExploreState) -> impl IntoView {
    let options = filter::facet_counts(catalog, &index_for(catalog), &Filters::default());
    Facet::ALL
        .into_iter()
        .map(|facet| facet_group(facet, option_codes(&options, facet), catalog, state))
        .collect_view()
}

/// The active filters, each a link that removes it. Keyed like the results: a change of the
/// state updates the chips' links and labels in place instead of making them anew. After a chip
/// or "clear all" is followed the link is gone: focus stays at the result count. The block and
/// the search's chip stay in the page, hidden while they have nothing to say, so that the first
/// and the last key of a search do not make and take them down again.
fn active_filters(catalog: &Arc<Catalog>, state: ExploreState) -> impl IntoView {
    let i18n = use_i18n();
    let filters = state.filters;
    let no_filters = Memo::new(move |_| filters.with(Filters::is_empty));
    let no_text = Memo::new(move |_| filters.with(|f| f.q.is_empty()));
    let chosen = Memo::new(move |_| filters.with(Filters::active));
    let catalog = catalog.clone();
    view! {
        <div class="active-filters" hidden=move || no_filters.get()>
            <h2 class="visually-hidden" id="active-filters-heading">{tr(|t| t.active_filters)}</h2>
            <ul class="chips" aria-labelledby="active-filters-heading">
                <li hidden=move || no_text.get()>
                    {chip(move || format!("{}: {}", i18n.t().filter_text, filters.with(|f| f.q.clone())), move || state.href_of(&filters.get().with_text("")))}
                </li>
                <For
                    each=move || chosen.get()
                    key=|chosen| chosen.clone()
                    children={
                        let catalog = catalog.clone();
                        move |(facet, code): (Facet, String)| {
                            let catalog = catalog.clone();
                            let removed = code.clone();
                            let label = move || {
                                let ui = i18n.lang.get();
                                let t = texts(ui);
                                format!("{}: {}", legend(t, facet), value_label(&catalog, t, ui, facet, &code))
                            };
                            view! { <li>{chip(label, move || state.href_of(&filters.get().without(facet, &removed)))}</li> }
                        }
                    }
                />
            </ul>
            {clear_all_link(state, "clear-all")}
        </div>
    }
}

/// The link that removes every filter (`class`: how it looks where it stands).
fn clear_all_link(state: ExploreState, class: &'static str) -> impl IntoView {
    view! {
        <a class=class href=move || state.href_of(&Filters::default()) data-noscroll="" on:click=|_| focus_count_heading()>{tr(|t| t.clear_all)}</a>
    }
}

/// The results, a page at a time. One effect keeps the list's elements ([`ResultItems`]): a
/// result that stays from one state to the next keeps its elements, and only its marked words
/// follow the query.
fn result_list(catalog: &Arc<Catalog>, state: ExploreState) -> impl IntoView {
    let i18n = use_i18n();
    let ExploreState {
        filters,
        hits,
        shown,
        query,
        ..
    } = state;
    let visible = Memo::new(move |_| {
        let limit = shown.get();
        hits.with(|hits| {
            hits.iter()
                .take(limit)
                .map(|h| (h.place, h.goal))
                .collect::<Vec<(Place, Option<u8>)>>()
        })
    });
    let no_hits = Memo::new(move |_| hits.with(Vec::is_empty));
    let no_filters = Memo::new(move |_| filters.with(Filters::is_empty));
    let rest = Memo::new(move |_| state.hit_count().saturating_sub(shown.get()));
    let no_rest = Memo::new(move |_| rest.get() == 0);
    let list: NodeRef<leptos::html::Ol> = NodeRef::new();
    let items = StoredValue::new_local(ResultItems::default());
    let catalog = catalog.clone();
    Effect::new(move || {
        let ui = i18n.lang.get();
        let keys: Vec<ResultKey> = visible.with(|v| v.iter().map(|&(p, g)| (p, g, ui)).collect());
        let Some(list) = list.get() else {
            return;
        };
        query.with(|q| items.update_value(|items| items.show(&catalog, &list, &keys, q)));
    });
    // The list, the note for no results and the button for more stay in the page, hidden while
    // they do not apply: a search that finds nothing for a moment (a word typed halfway) then
    // only empties the list instead of taking all three down and making them again.
    view! {
        <div class="empty-result" hidden=move || !no_hits.get()>
            <p><strong>{tr(|t| t.no_results)}</strong></p>
            <p>{tr(|t| t.no_results_hint)}</p>
            <p hidden=move || no_filters.get()>{clear_all_link(state, "button-link")}</p>
        </div>
        <ol class="results" aria-labelledby="explore-count" hidden=move || no_hits.get() node_ref=list></ol>
        <p class="show-more" hidden=move || no_rest.get()>
            <button type="button" on:click=move |_| state.show_more()>{move || (i18n.t().show_more_results)(rest.get().min(PAGE_SIZE), rest.get())}</button>
        </p>
    }
}

/// The elements of the result list, kept by hand rather than as a component per result: a
/// keystroke or facet click brings some ten new results, and the memo, effect and owner of each,
/// with the keyed list's bookkeeping, were a good part of its script (README, Performance).
#[derive(Default)]
struct ResultItems {
    /// The results in the list, in order.
    shown: Vec<ResultItem>,
    /// The query their marks follow.
    query: Query,
    kept: KeptResults,
    /// The analysed texts of every result shown since the page opened: a result that leaves the
    /// list and comes back (the full list when a search is erased) is not analysed again.
    analyses: BTreeMap<Place, Analyses>,
}

impl ResultItems {
    /// Makes `list` show the results `keys` with the words of `query` marked. A result already
    /// in the list or kept keeps its elements, and only the marked texts that changed are set;
    /// only the elements out of place are moved.
    fn show(
        &mut self,
        catalog: &Catalog,
        list: &web_sys::HtmlOListElement,
        keys: &[ResultKey],
        query: &Query,
    ) {
        let query_changed = *query != self.query;
        let mut before = std::mem::take(&mut self.shown);
        let mut now = Vec::with_capacity(keys.len());
        for &key in keys {
            let (place, _, ui) = key;
            let analyses = self.analyses.entry(place).or_default();
            let mut marks = || Marks::new(catalog, place, ui, query, analyses);
            let stayed = before.iter().position(|r| r.key == key);
            let result = match stayed.map(|i| before.swap_remove(i)) {
                Some(result) if !query_changed => result,
                found => match found.or_else(|| self.kept.take(key)) {
                    Some(mut result) => {
                        let marks = marks();
                        set_marks(texts(ui), &result.item, &result.marks, &marks);
                        result.marks = marks;
                        result
                    }
                    None => {
                        let marks = marks();
                        ResultItem {
                            key,
                            item: new_result_item(catalog, key, &marks),
                            marks,
                        }
                    }
                },
            };
            now.push(result);
        }
        for gone in before {
            gone.item.remove();
            self.kept.keep(gone);
        }
        let mut next = list.first_child();
        for result in &now {
            let node: &web_sys::Node = result.item.as_ref();
            if next.as_ref() == Some(node) {
                next = node.next_sibling();
            } else {
                let _ = list.insert_before(node, next.as_ref());
            }
        }
        self.shown = now;
        if query_changed {
            self.query = query.clone();
        }
    }
}

/// Moves focus to the result count, for when the control that had it goes away.
fn focus_count_heading() {
    request_animation_frame(|| {
        if let Some(el) = document().get_element_by_id("explore-count") {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        }
    })
}

/// One active filter as a link that removes it (the page keeps focus at the result count, as
/// the link is gone once followed). `label` and `href` follow the state they read.
fn chip(
    label: impl Fn() -> String + Clone + Send + Sync + 'static,
    href: impl Fn() -> String + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let aria = {
        let label = label.clone();
        move || format!("{}: {}", i18n.t().remove_filter, label())
    };
    view! {
        <a class="chip" href=href data-noscroll="" aria-label=aria on:click=|_| focus_count_heading()>
            {label} <span aria-hidden="true" class="chip-x">"×"</span>
        </a>
    }
}

/// Moves focus to the title link of result number `index` (0-based), the first one a "show
/// more" added, so keyboard and screen reader users continue where the list grew.
fn focus_result(index: usize) {
    request_animation_frame(move || {
        let selector = format!(
            "ol.results > li.result:nth-child({}) .result-title a",
            index + 1
        );
        if let Ok(Some(el)) = document().query_selector(&selector) {
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        }
    })
}

/// One facet as a group of checkboxes, each with its count under the other facets. Options
/// that would give no result are hidden unless chosen, and a facet without any is hidden. A
/// facet with more than [`FACET_FOLD`] options shows the first ones and a button for the rest.
///
/// The options are made once; one effect per facet then sets the count, the checkbox and the
/// visibility of just the options whose count or choice changed. (A reactive node per option
/// and property made every interaction walk hundreds of them, changed or not.)
fn facet_group(
    facet: Facet,
    codes: Vec<String>,
    catalog: &Arc<Catalog>,
    state: ExploreState,
) -> impl IntoView {
    let i18n = use_i18n();
    let key = facet.key();
    let ExploreState {
        filters, counts, ..
    } = state;
    let total = codes.len();
    let codes: Arc<[String]> = codes.into();
    let nodes: Arc<[OptionNodes]> = (0..total).map(|_| OptionNodes::default()).collect();
    let group: NodeRef<leptos::html::Fieldset> = NodeRef::new();
    // Unfolded from the start when a folded option is chosen (a shared link), so it shows.
    let unfolded = RwSignal::new(
        total <= FACET_FOLD
            || filters.with_untracked(|f| codes[FACET_FOLD..].iter().any(|c| f.has(facet, c))),
    );
    {
        let (codes, nodes) = (codes.clone(), nodes.clone());
        // What each option shows, `None` until it is in the page (folded options are made when
        // the facet is unfolded), so that it is set in full then; and whether the facet shows.
        Effect::new(
            move |shown: Option<(Vec<Option<OptionState>>, Option<bool>)>| {
                let (mut options, mut group_shown) =
                    shown.unwrap_or_else(|| (vec![None; total], None));
                unfolded.track();
                let chosen = filters.with(|f| f.values(facet));
                let mut any = !chosen.is_empty();
                counts.with(|counts| {
                    for (i, (code, node)) in codes.iter().zip(nodes.iter()).enumerate() {
                        let now = OptionState {
                            count: count_at(counts, facet, i),
                            checked: chosen.contains(code),
                        };
                        any |= now.count > 0;
                        if options[i] != Some(now) && node.set(options[i], now) {
                            options[i] = Some(now);
                        }
                    }
                });
                if group_shown != Some(any) {
                    if let Some(group) = group.get_untracked() {
                        group.set_hidden(!any);
                        group_shown = Some(any);
                    }
                }
                (options, group_shown)
            },
        );
    }
    let option = {
        let (catalog, codes, nodes) = (catalog.clone(), codes.clone(), nodes.clone());
        move |i: usize| facet_option(facet, i, &codes[i], nodes[i], &catalog, state)
    };
    let first = (0..total.min(FACET_FOLD))
        .map(option.clone())
        .collect_view();
    let rest = move || {
        unfolded
            .get()
            .then(|| (FACET_FOLD..total).map(option.clone()).collect_view())
    };
    let first_folded = codes
        .get(FACET_FOLD)
        .map(|code| format!("facet-{key}-{code}"));
    let unfold = move |_| {
        unfolded.set(true);
        // Keep the keyboard where the list grew: on the first option the button showed.
        if let Some(id) = first_folded.clone() {
            request_animation_frame(move || {
                if let Some(el) = document().get_element_by_id(&id) {
                    if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                        let _ = el.focus();
                    }
                }
            });
        }
    };
    view! {
        <fieldset class=format!("facet facet-{key}") node_ref=group>
            <legend>{move || legend(i18n.t(), facet)}</legend>
            <ul>{first}{rest}</ul>
            {(total > FACET_FOLD).then(|| view! {
                <button type="button" class="facet-more secondary" hidden=move || unfolded.get() on:click=unfold>
                    {move || (i18n.t().show_all_options)(total)}
                </button>
            })}
        </fieldset>
    }
}

/// What a facet option shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct OptionState {
    /// Results with this option chosen instead of its facet's current ones.
    count: usize,
    checked: bool,
}

/// The elements of a facet option that follow its [`OptionState`].
#[derive(Clone, Copy, Default)]
struct OptionNodes {
    item: NodeRef<leptos::html::Li>,
    input: NodeRef<leptos::html::Input>,
    count: NodeRef<leptos::html::Span>,
}

impl OptionNodes {
    /// Changes what differs between `before` (nothing, when the option is new) and `state`;
    /// false if the option is not in the page (yet). An option that would leave nothing is
    /// hidden unless it is chosen; a chosen one that leaves nothing is greyed.
    fn set(self, before: Option<OptionState>, state: OptionState) -> bool {
        let (Some(item), Some(input), Some(count)) = (
            self.item.get_untracked(),
            self.input.get_untracked(),
            self.count.get_untracked(),
        ) else {
            return false;
        };
        let changed = |property: fn(OptionState) -> bool| {
            before.is_none_or(|before| property(before) != property(state))
        };
        if changed(|s| s.count == 0 && !s.checked) {
            item.set_hidden(state.count == 0 && !state.checked);
        }
        if changed(|s| s.count == 0) {
            let _ = item
                .class_list()
                .toggle_with_force("zero", state.count == 0);
        }
        if changed(|s| s.checked) {
            input.set_checked(state.checked);
        }
        if before.is_none_or(|before| before.count != state.count) {
            count.set_text_content(Some(&format!("({})", state.count)));
        }
        true
    }
}

/// One option of a facet: a checkbox with its label and count. Its count, state and visibility
/// are set by its [`facet_group`].
fn facet_option(
    facet: Facet,
    i: usize,
    code: &str,
    nodes: OptionNodes,
    catalog: &Catalog,
    state: ExploreState,
) -> impl IntoView {
    let ExploreState {
        filters, counts, ..
    } = state;
    let key = facet.key();
    let id = format!("facet-{key}-{code}");
    let on_change = {
        let code = code.to_string();
        move |_| {
            let f = filters.get_untracked();
            // Unchoosing an option that gives nothing hides it: keep focus nearby.
            if f.has(facet, &code) && counts.with_untracked(|c| count_at(c, facet, i)) == 0 {
                focus_count_heading();
            }
            state.show(f.toggled(facet, &code), false)
        }
    };
    view! {
        <li node_ref=nodes.item>
            <input type="checkbox" id=id.clone() name=key value=code.to_string() node_ref=nodes.input on:change=on_change/>
            <label for=id>
                {option_label(catalog, facet, code)} " "
                <span class="facet-count" node_ref=nodes.count></span>
            </label>
        </li>
    }
}

/// The label of one facet option; content names keep their own language.
fn option_label(catalog: &Catalog, facet: Facet, code: &str) -> impl IntoView {
    let i18n = use_i18n();
    let data = &catalog.data;
    match facet {
        Facet::Region => {
            let region = data.region(code).cloned();
            let (name, lang) = region
                .map(|r| (r.name.text.clone(), r.name.lang_or(r.language)))
                .unwrap_or((code.to_string(), Lang::En));
            view! { <span lang=lang.code()>{name}</span> }.into_any()
        }
        Facet::Strategy => {
            let Some(s) = data.strategy(code) else {
                return code.to_string().into_any();
            };
            let region = catalog
                .region_of(s)
                .map(|r| r.name.text.clone())
                .unwrap_or_default();
            view! {
                <Txt text=s.title.clone() context=s.language original_only=true/>
                <span class="muted">" · " {region}</span>
            }
            .into_any()
        }
        Facet::Sdg => {
            let n = filter::parse_sdg(code).unwrap_or(0);
            let goal = data.sdg(n).cloned();
            let colour = goal.as_ref().map(|g| g.colour.clone()).unwrap_or_default();
            view! {
                <span class="swatch" style=format!("background:{colour}") aria-hidden="true"></span>
                <span class="goal-number">{n}</span> " "
                <span>{move || goal.as_ref().and_then(|g| g.name.get(&i18n.lang.get()).cloned()).unwrap_or_default()}</span>
            }
            .into_any()
        }
        _ => {
            let code = code.to_string();
            view! { <span>{move || value_label_static(i18n.t(), facet, &code)}</span> }.into_any()
        }
    }
}

/// Labels of facet values that need no catalog (country, kind, basis, status).
fn value_label_static(t: &Texts, facet: Facet, code: &str) -> String {
    match facet {
        Facet::Country => filter::parse_country(code).map(|c| t.country(c)),
        Facet::Kind => filter::parse_kind(code).map(|k| t.strategy_kind(k)),
        Facet::Basis => filter::parse_basis(code).map(|b| t.basis(b)),
        Facet::Status => filter::parse_status(code).map(|s| t.status(s)),
        _ => None,
    }
    .unwrap_or(code)
    .to_string()
}

/// A new result's element: what it is and where, its title with the matched words marked, a
/// matching description if the match is there, and its goals. The key's goal is the goal the
/// search named, when the result matched only through its link to it.
fn new_result_item(catalog: &Catalog, key: ResultKey, marks: &Marks) -> web_sys::HtmlLiElement {
    let item: web_sys::HtmlLiElement = document()
        .create_element("li")
        .expect("a document can create an li")
        .unchecked_into();
    item.set_class_name("result");
    item.set_inner_html(&ResultMarkup::new(catalog, key).html(marks));
    item
}

/// What a result shows besides its marked texts, as markup. A result is made in one DOM call:
/// its elements, attributes and tachys' markers made one by one were most of what a new result
/// cost (ten new results per facet click).
struct ResultMarkup {
    /// What it is and where, with its status.
    meta: String,
    href: String,
    title_lang: Lang,
    paraphrase: bool,
    /// Why it was found, when only through its link to the goal searched for.
    reason: Option<String>,
    /// Its goals' tiles, each in its `<li>`.
    goals: String,
    t: &'static Texts,
}

impl ResultMarkup {
    fn new(catalog: &Catalog, (place, goal, ui): ResultKey) -> Self {
        let t = texts(ui);
        let strategy = catalog.strategy_at(place);
        let (kind, part_superseded) = match (catalog.part_at(place), catalog.item_at(place)) {
            (_, Some(i)) => (t.item_kind(i.kind), false),
            (Some(p), None) => (t.part_kind(p.kind), p.status == Status::Superseded),
            _ => ("", false),
        };
        let title = catalog.title_at(place);
        let (_, title_lang) = title.shown_in(ui, strategy.language);
        let region = catalog
            .region_of(strategy)
            .map(|r| text_in(&r.name, ui))
            .unwrap_or_default();
        let standing = catalog.standing(place.strategy);
        // One tile per goal, with the basis of its first link here (our readings are marked).
        let mut links: Vec<(u8, BasisKind)> = catalog
            .links_at(place)
            .iter()
            .map(|l| (l.goal, l.basis))
            .collect();
        links.sort_by_key(|&(goal, _)| goal);
        links.dedup_by_key(|&mut (goal, _)| goal);
        let goals = links
            .into_iter()
            .filter_map(|(g, basis)| Some((catalog.data.sdg(g)?, basis)))
            .map(|(g, basis)| format!("<li>{}</li>", sdg_link_tile_html(g, basis, ui)))
            .collect();
        let mut meta = format!(
            r#"<span class="kind-label">{}</span><a href="{}">{}</a> · {}"#,
            html::escape(kind),
            html::escape(&nav::strategy(&strategy.id)),
            html::escape(&text_in(&strategy.title, ui)),
            html::escape(&region),
        );
        let statuses = [
            (!standing.applies()).then(|| (standing.code(), t.status(standing))),
            part_superseded.then_some(("superseded", t.superseded_part)),
        ];
        for (code, label) in statuses.into_iter().flatten() {
            meta.push_str(&format!(
                r#" · <span class="status status-{code}">{}</span>"#,
                html::escape(label)
            ));
        }
        ResultMarkup {
            meta,
            href: nav::place(catalog, place),
            title_lang,
            paraphrase: title.wording == Wording::Paraphrase,
            reason: goal
                .and_then(|g| catalog.data.sdg(g))
                .map(|g| (t.found_via_goal)(g.number, g.name.get(&ui).map_or("", String::as_str))),
            goals,
            t,
        }
    }

    fn html(&self, marks: &Marks) -> String {
        let t = self.t;
        let mut html = format!(
            r#"<p class="result-meta">{}</p><h3 class="result-title"><a href="{}" lang="{}">{}</a>"#,
            self.meta,
            html::escape(&self.href),
            self.title_lang.code(),
            marks.title.html(),
        );
        if self.paraphrase {
            html.push_str(&format!(
                r#" <small class="mark-paraphrase" title="{}">({})</small>"#,
                html::escape(t.paraphrase_hint),
                html::escape(t.paraphrase),
            ));
        }
        html.push_str("</h3>");
        html.push_str(&lines_html(t, marks));
        if let Some(reason) = &self.reason {
            html.push_str(&format!(
                r#"<p class="result-reason">{}</p>"#,
                html::escape(reason)
            ));
        }
        if !self.goals.is_empty() {
            html.push_str(&format!(
                r#"<ul class="result-goals" aria-label="{}">{}</ul>"#,
                html::escape(t.sdg_links),
                self.goals,
            ));
        }
        html
    }
}

/// Follows a change of the marks: sets just the marked texts that changed, or, when a line
/// under the title comes, goes or changes language, those lines. A keystroke changes the
/// marks of every result shown; the rest of each result stays as it is.
fn set_marks(t: &Texts, item: &web_sys::HtmlLiElement, before: &Marks, now: &Marks) {
    let set = |selector: &str, before: &Marked, now: &Marked| {
        if before != now {
            if let Ok(Some(el)) = item.query_selector(selector) {
                el.set_inner_html(&now.html());
            }
        }
    };
    set(".result-title a", &before.title, &now.title);
    if before.lines() != now.lines() {
        for line in [".translation", ".result-snippet"] {
            if let Ok(Some(line)) = item.query_selector(line) {
                line.remove();
            }
        }
        if let Ok(Some(title)) = item.query_selector(".result-title") {
            let _ = title.insert_adjacent_html("afterend", &lines_html(t, now));
        }
        return;
    }
    if let (Some(b), Some(n)) = (&before.translation, &now.translation) {
        set(".translation span", b, n);
    }
    if let (Some(b), Some(n)) = (&before.description, &now.description) {
        set(".result-snippet", b, n);
    }
}

/// The lines under a result's title: the title's translation, and the description where the
/// words were found.
fn lines_html(t: &Texts, marks: &Marks) -> String {
    let mut html = String::new();
    if let Some(translation) = &marks.translation {
        html.push_str(&format!(
            r#"<p class="translation"><small class="mark-unofficial">{}: </small><span lang="{}">{}</span></p>"#,
            html::escape(t.unofficial_translation),
            translation.lang.code(),
            translation.html(),
        ));
    }
    if let Some(description) = &marks.description {
        html.push_str(&format!(
            r#"<p class="result-snippet" lang="{}">{}</p>"#,
            description.lang.code(),
            description.html(),
        ));
    }
    html
}
