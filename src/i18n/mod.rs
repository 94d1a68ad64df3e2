//! The user interface in Danish, Swedish and English.
//!
//! Every text is a field of [`Texts`] (the shell, home and Not Found pages), of [`PageTexts`]
//! (the other pages) or of [`PlatformTexts`] (embedding, offline use, external datasets). Each
//! language is one file (`da.rs`, `sv.rs`, `en.rs`) with one `static` of each type, so a missing
//! translation is a compile error. The mechanism (which language, `tr`) is here. Content
//! (strategy texts) is never translated here.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;
use strategy_core::model::*;
use strategy_core::status::Standing;

mod da;
mod en;
mod sv;

pub use da::DA;
use da::{DA_PAGES, DA_PLATFORM};
pub use en::EN;
use en::{EN_PAGES, EN_PLATFORM};
pub use sv::SV;
use sv::{SV_PAGES, SV_PLATFORM};

/// The texts of the app shell, the home page and the Not Found page: the first load has them.
/// Every other text is in [`PageTexts`], reached through this type (see its `Deref`).
pub struct Texts {
    pub lang: Lang,
    pub lang_name: &'static str,
    pub choose_language: &'static str,
    pub skip_to_content: &'static str,
    pub tagline: &'static str,
    pub nav_label: &'static str,
    pub nav_home: &'static str,
    pub nav_explore: &'static str,
    pub nav_sdgs: &'static str,
    pub nav_compare: &'static str,
    pub nav_timeline: &'static str,
    pub nav_about: &'static str,
    pub footer_note: &'static str,
    pub footer_about: &'static str,
    pub footer_accessibility: &'static str,
    pub page_loaded: &'static str,

    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub not_found_home: &'static str,
    pub not_found_suggestions: &'static str,

    pub home_title: &'static str,
    pub home_intro: &'static str,
    pub home_intro_2: &'static str,
    pub search_label: &'static str,
    pub search_button: &'static str,
    pub regions_heading: &'static str,
    pub sdg_strip_heading: &'static str,
    pub sdg_strip_note: &'static str,
    pub links_count: fn(usize) -> String,
    pub parts_count: fn(usize) -> String,
    pub items_count: fn(usize) -> String,

    pub unofficial_translation: &'static str,
    pub paraphrase: &'static str,
    pub paraphrase_hint: &'static str,
    pub adopted: &'static str,
    pub period: &'static str,
    pub until_further_notice: &'static str,
    // print
    pub print_action: &'static str,
    pub print_url_label: &'static str,
    pub print_qr_label: &'static str,
    pub sdg_index_title: &'static str,

    pub explore_title: &'static str,

    pub country_dk: &'static str,
    pub country_se: &'static str,
    pub country_no: &'static str,
    pub country_fi: &'static str,
    pub country_is: &'static str,

    pub kind_rds: &'static str,
    pub kind_council: &'static str,
    pub kind_declaration: &'static str,

    pub status_current: &'static str,
    pub status_superseded: &'static str,
    /// Spring, summer, autumn, winter, as in "in the spring of 2018" (dates in the data).
    pub seasons: [&'static str; 4],
    /// Statuses besides `status_current` (in force) and `status_superseded`.
    pub status_until_further_notice: &'static str,
    pub status_period_ended: &'static str,
    /// After "period ended": when it ended (a formatted date).
    pub status_ended_on: fn(&str) -> String,
    pub status_no_successor: &'static str,
    /// After a title in a string (tab title, chips): it is our unofficial translation.
    pub translation_mark: &'static str,
}

/// The texts of the other pages. They live in statics of their own, which only those pages' code
/// refers to, so in release builds they are fetched with the pages (split chunks) rather than
/// with the first load.
pub struct PageTexts {
    pub sources: &'static str,
    pub source: &'static str,
    pub region: &'static str,
    pub owners: &'static str,
    pub signatories: &'static str,
    pub kind: &'static str,
    pub not_given: &'static str,
    pub status: &'static str,
    pub successor: &'static str,
    pub headline: &'static str,
    pub summary: &'static str,
    pub facts: &'static str,
    pub structure: &'static str,
    pub notes: &'static str,
    pub events: &'static str,
    pub figures: &'static str,
    pub figure_table_year: &'static str,
    pub figure_table_value: &'static str,
    pub declared_heading: &'static str,
    pub declared_text: fn(u32, &str) -> String,
    pub declared_find: &'static str,
    pub grouping_heading: &'static str,
    pub same_as: &'static str,
    pub items: &'static str,
    pub breadcrumbs: &'static str,
    pub previous: &'static str,
    pub next: &'static str,
    pub superseded_part: &'static str,

    pub sdg_profile: &'static str,
    pub sdg_links: &'static str,
    pub no_sdg_links: &'static str,
    pub goals_touched: &'static str,
    pub goals_not_touched: &'static str,
    pub unlinked_entries: &'static str,
    pub basis: &'static str,
    pub reason: &'static str,
    pub goal: &'static str,
    pub goal_n: fn(u8) -> String,
    pub target: &'static str,

    // suggestions from the wording
    pub suggested_heading: &'static str,
    pub suggested_intro: &'static str,
    pub suggestions_hide: &'static str,
    pub suggestions_show: &'static str,
    pub suggestions_none: &'static str,
    pub evidence: &'static str,
    pub score: &'static str,
    /// Said of a suggested target's text shown in English because the reader's language has
    /// no official text in our data.
    pub target_text_in_english: &'static str,
    pub target_evidence: &'static str,
    /// The reason a suggested target is our reading: only hand-added terms point to it.
    pub target_our_reading: &'static str,
    pub suggested_goals: &'static str,
    pub curated: &'static str,
    pub sdg_index_intro: &'static str,
    pub sdg_linked_here: &'static str,
    pub sdg_nothing_linked: &'static str,
    pub explore_intro: &'static str,
    /// Shown without JavaScript (the static HTML): search and filters need it.
    pub explore_needs_js: &'static str,
    pub filters: &'static str,
    pub filter_text: &'static str,
    pub filter_country: &'static str,
    pub filter_region: &'static str,
    pub filter_strategy: &'static str,
    pub filter_kind: &'static str,
    pub filter_sdg: &'static str,
    pub filter_basis: &'static str,
    pub filter_status: &'static str,
    pub active_filters: &'static str,
    pub remove_filter: &'static str,
    pub clear_all: &'static str,
    pub results_count: fn(usize) -> String,
    /// The button under a long result list: how many it adds, how many are not shown yet.
    pub show_more_results: fn(usize, usize) -> String,
    /// The button under a long facet: shows all its options.
    pub show_all_options: fn(usize) -> String,
    pub no_results: &'static str,
    pub no_results_hint: &'static str,
    pub part_label: &'static str,
    pub item_label: &'static str,
    pub any: &'static str,
    // explore page
    pub explore_search_hint: &'static str,

    pub compare_title: &'static str,
    pub compare_intro: &'static str,
    pub compare_matrix: &'static str,
    pub compare_structures: &'static str,
    pub compare_cell: fn(usize, &str, u8) -> String,
    pub compare_select_hint: &'static str,
    pub strategy_col: &'static str,
    pub total: &'static str,

    pub timeline_title: &'static str,
    pub timeline_intro: &'static str,
    pub today: &'static str,
    // sdg, compare, timeline pages
    pub sdg_index_note: &'static str,
    pub sdg_how_links_are_made: &'static str,
    pub sdg_names_label: &'static str,
    pub sdg_strategy_level: &'static str,
    pub sdg_other_goals: &'static str,
    pub sdg_all_goals: &'static str,
    pub sdg_no_region: &'static str,
    pub compare_matrix_note: &'static str,
    pub compare_matrix_empty: &'static str,
    pub compare_selected: fn(&str, u8) -> String,
    pub compare_goal_page: &'static str,
    pub compare_clear: &'static str,
    pub compare_unknown_selection: &'static str,
    pub compare_coverage: &'static str,
    pub compare_goals_linked: fn(usize) -> String,
    pub compare_unlinked: fn(usize, usize) -> String,
    pub compare_goals_not_linked: &'static str,
    pub compare_open_strategy: &'static str,
    pub compare_structures_intro: &'static str,
    pub compare_declared: fn(u32) -> String,
    pub compare_no_strategies: &'static str,
    pub timeline_chart_label: fn(i32, i32) -> String,
    pub timeline_legend: &'static str,
    pub timeline_legend_period: &'static str,
    pub timeline_legend_fade: &'static str,
    pub timeline_legend_successor: &'static str,
    pub timeline_legend_adopted: &'static str,
    pub timeline_legend_event: &'static str,
    pub timeline_successor_of: fn(&str) -> String,
    pub timeline_list_heading: &'static str,
    pub timeline_no_events: &'static str,

    pub about_title: &'static str,
    pub about_body: &'static [&'static str],
    pub about_basis_heading: &'static str,
    pub about_open_data: &'static str,
    pub about_open_data_intro: &'static str,
    pub download_json: &'static str,
    pub download_csv: &'static str,
    pub download_schema: &'static str,
    pub about_sdg_note: &'static str,
    pub about_licence: &'static str,
    pub about_licence_body: &'static str,

    pub basis_stated: &'static str,
    pub basis_inferred: &'static str,
    pub basis_editorial: &'static str,
    pub basis_stated_help: &'static str,
    pub basis_inferred_help: &'static str,
    pub basis_editorial_help: &'static str,

    pub role_owner: &'static str,
    pub role_responsible: &'static str,
    pub role_party: &'static str,
    pub role_co_developer: &'static str,

    pub part_theme: &'static str,
    pub part_ambition: &'static str,
    pub part_direction: &'static str,
    pub part_priority_area: &'static str,
    pub part_collaboration_area: &'static str,
    pub part_dimension: &'static str,
    pub part_perspective: &'static str,
    pub part_related: &'static str,

    pub item_focus_area: &'static str,
    pub item_strategic_goal: &'static str,
    pub item_citizen_promise: &'static str,
    pub item_goal_2030: &'static str,
    pub item_commitment: &'static str,
    pub item_way_of_working: &'static str,

    pub event_consultation: &'static str,
    pub event_adopted: &'static str,
    pub event_signed: &'static str,
    pub event_revised: &'static str,
    pub event_action_plan: &'static str,
    pub event_follow_up: &'static str,
    pub event_superseded: &'static str,
    pub event_other: &'static str,

    /// Why an explorer result matched: it is linked to a goal the search names (number, name).
    pub found_via_goal: fn(u8, &str) -> String,
    /// Before the basis of a grouping where there is no room for its reason (compare).
    pub grouping_short: &'static str,
}

impl Texts {
    pub fn country(&self, c: Country) -> &'static str {
        match c {
            Country::DK => self.country_dk,
            Country::SE => self.country_se,
            Country::NO => self.country_no,
            Country::FI => self.country_fi,
            Country::IS => self.country_is,
        }
    }

    pub fn strategy_kind(&self, k: StrategyKind) -> &'static str {
        match k {
            StrategyKind::RegionalDevelopmentStrategy => self.kind_rds,
            StrategyKind::CouncilStrategy => self.kind_council,
            StrategyKind::DeclarationOfIntent => self.kind_declaration,
        }
    }

    pub fn status(&self, s: Standing) -> &'static str {
        match s {
            Standing::InForce => self.status_current,
            Standing::UntilFurtherNotice => self.status_until_further_notice,
            Standing::PeriodEnded => self.status_period_ended,
            Standing::Superseded => self.status_superseded,
        }
    }

    pub fn season(&self, s: Season) -> &'static str {
        let i = match s {
            Season::Spring => 0,
            Season::Summer => 1,
            Season::Autumn => 2,
            Season::Winter => 3,
        };
        self.seasons[i]
    }
}

// Pages read every text as `t.name`, whichever struct it is in.
impl std::ops::Deref for Texts {
    type Target = PageTexts;

    fn deref(&self) -> &PageTexts {
        match self.lang {
            Lang::Da => &DA_PAGES,
            Lang::Sv => &SV_PAGES,
            Lang::En => &EN_PAGES,
        }
    }
}

impl PageTexts {
    pub fn basis(&self, b: BasisKind) -> &'static str {
        match b {
            BasisKind::Stated => self.basis_stated,
            BasisKind::Inferred => self.basis_inferred,
            BasisKind::Editorial => self.basis_editorial,
        }
    }

    pub fn basis_help(&self, b: BasisKind) -> &'static str {
        match b {
            BasisKind::Stated => self.basis_stated_help,
            BasisKind::Inferred => self.basis_inferred_help,
            BasisKind::Editorial => self.basis_editorial_help,
        }
    }

    pub fn role(&self, r: RoleKind) -> &'static str {
        match r {
            RoleKind::Owner => self.role_owner,
            RoleKind::Responsible => self.role_responsible,
            RoleKind::Party => self.role_party,
            RoleKind::CoDeveloper => self.role_co_developer,
        }
    }

    pub fn part_kind(&self, k: PartKind) -> &'static str {
        match k {
            PartKind::Theme => self.part_theme,
            PartKind::Ambition => self.part_ambition,
            PartKind::PrioritisedDirection => self.part_direction,
            PartKind::PriorityArea => self.part_priority_area,
            PartKind::CollaborationArea => self.part_collaboration_area,
            PartKind::SustainabilityDimension => self.part_dimension,
            PartKind::Perspective => self.part_perspective,
            PartKind::RelatedStatements => self.part_related,
        }
    }

    pub fn item_kind(&self, k: ItemKind) -> &'static str {
        match k {
            ItemKind::FocusArea => self.item_focus_area,
            ItemKind::StrategicGoal => self.item_strategic_goal,
            ItemKind::CitizenPromise => self.item_citizen_promise,
            ItemKind::GoalTo2030 => self.item_goal_2030,
            ItemKind::Commitment => self.item_commitment,
            ItemKind::WayOfWorking => self.item_way_of_working,
        }
    }

    pub fn event_kind(&self, k: EventKind) -> &'static str {
        match k {
            EventKind::Consultation => self.event_consultation,
            EventKind::Adopted => self.event_adopted,
            EventKind::Signed => self.event_signed,
            EventKind::Revised => self.event_revised,
            EventKind::ActionPlan => self.event_action_plan,
            EventKind::FollowUp => self.event_follow_up,
            EventKind::Superseded => self.event_superseded,
            EventKind::Other => self.event_other,
        }
    }
}

pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Da => &DA,
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// The texts of the embedding, offline and external-dataset features.
pub struct PlatformTexts {
    // embedding
    pub embed_summary: &'static str,
    pub embed_intro: &'static str,
    pub embed_code_label: &'static str,
    pub embed_copy: &'static str,
    pub embed_copied: &'static str,
    pub embed_copy_failed: &'static str,
    pub embed_preview: &'static str,
    pub embed_frame_title: &'static str,
    pub embed_open_full: &'static str,
    pub new_tab: &'static str,
    // offline and updates
    pub update_available: &'static str,
    pub update_reload: &'static str,
    // external datasets
    pub data_loading: fn(&str) -> String,
    pub data_showing: fn(&str) -> String,
    pub data_showing_note: &'static str,
    pub data_back: &'static str,
    pub data_failed: fn(&str) -> String,
    pub data_failed_bundled: &'static str,
    pub data_problems: &'static str,
    pub open_heading: &'static str,
    /// Takes the size limit ("5 MB").
    pub open_intro: fn(&str) -> String,
    pub open_label: &'static str,
    pub open_button: &'static str,
    pub suggestions_external: &'static str,
}

pub fn platform_texts(lang: Lang) -> &'static PlatformTexts {
    match lang {
        Lang::Da => &DA_PLATFORM,
        Lang::Sv => &SV_PLATFORM,
        Lang::En => &EN_PLATFORM,
    }
}

/// The UI language of the current view, shared by every component.
#[derive(Clone, Copy)]
pub struct I18n {
    pub lang: Memo<Lang>,
}

impl I18n {
    /// The texts of the current language (tracks the language when read in a reactive scope).
    pub fn t(&self) -> &'static Texts {
        texts(self.lang.get())
    }
}

pub fn use_i18n() -> I18n {
    expect_context::<I18n>()
}

/// A UI text of the current language, for a view child or an attribute: `{tr(|t| t.nav_home)}`.
///
/// Every call returns the same closure type (it holds a plain function pointer), so the
/// rendering code is generated once rather than once per text: this keeps the wasm small.
pub fn tr(
    field: fn(&'static Texts) -> &'static str,
) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let i18n = use_i18n();
    move || field(i18n.t())
}

const STORAGE_KEY: &str = "strategy-explorer.lang";

/// Decides the UI language: the address's language prefix (`/da/…`) wins, then `?lang=`, then
/// the user's saved choice, then the browser's languages, then English. public/lang.js makes the
/// same choice for a page loaded without a prefix, before it is shown.
pub fn provide_i18n() -> I18n {
    let query = use_query_map();
    let lang = Memo::new(move |_| {
        crate::nav::path_lang()
            .or_else(|| query.with(|q| q.get("lang").and_then(|code| Lang::from_code(&code))))
            .or_else(saved_lang)
            .or_else(browser_lang)
            .unwrap_or(Lang::En)
    });
    Effect::new(move |_| {
        let code = lang.get().code();
        if let Some(root) = document().document_element() {
            let _ = root.set_attribute("lang", code);
        }
    });
    let i18n = I18n { lang };
    provide_context(i18n);
    i18n
}

/// Remembers an explicit choice so that links without `?lang=` keep it.
pub fn save_lang(lang: Lang) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(STORAGE_KEY, lang.code());
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    // Storage can be blocked (e.g. in cross-site iframes); the URL still carries the choice.
    window().local_storage().ok().flatten()
}

fn saved_lang() -> Option<Lang> {
    local_storage()?
        .get_item(STORAGE_KEY)
        .ok()
        .flatten()
        .and_then(|code| Lang::from_code(&code))
}

fn browser_lang() -> Option<Lang> {
    let navigator = window().navigator();
    navigator
        .languages()
        .iter()
        .filter_map(|l| l.as_string())
        .find_map(|tag| {
            let primary = tag
                .split('-')
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase();
            match primary.as_str() {
                // Norwegian readers understand Danish best of the three.
                "nb" | "nn" | "no" => Some(Lang::Da),
                other => Lang::from_code(other),
            }
        })
}
