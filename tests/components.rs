//! Component tests in headless Chromium (wasm-bindgen-test): mount a component, interact,
//! assert on the DOM. Run by scripts/test.sh with wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use strategy_core::model::{Lang, Text, Wording};
use strategy_core::overview::Overview;
use strategy_explorer::components::{SdgTile, Txt};
use strategy_explorer::i18n::I18n;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh container in the test page's body.
fn container() -> web_sys::HtmlElement {
    let document = document();
    let div = document
        .create_element("div")
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

fn with_ui_language(lang: RwSignal<Lang>) {
    provide_context(I18n {
        lang: Memo::new(move |_| lang.get()),
    });
}

async fn tick() {
    // Let effects and re-renders run.
    wasm_bindgen_futures::JsFuture::from(js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL))
        .await
        .unwrap();
    gloo_timers_sleep().await;
}

async fn gloo_timers_sleep() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 10)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn txt_marks_its_language_and_shows_the_unofficial_translation_of_the_ui_language() {
    let root = container();
    let ui = RwSignal::new(Lang::En);
    let mut text = Text::plain("Den attraktive region");
    text.translations
        .insert(Lang::En, "The attractive region".into());
    text.translations
        .insert(Lang::Sv, "Den attraktiva regionen".into());
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        with_ui_language(ui);
        view! { <Txt text=text.clone() context=Lang::Da/> }
    });
    tick().await;
    let original = root
        .query_selector("span[lang='da']")
        .unwrap()
        .expect("original text marked lang=da");
    assert_eq!(original.text_content().unwrap(), "Den attraktive region");
    let translation = root
        .query_selector(".translation span[lang='en']")
        .unwrap()
        .expect("English translation");
    assert_eq!(translation.text_content().unwrap(), "The attractive region");
    assert!(root
        .text_content()
        .unwrap()
        .contains("Unofficial translation"));

    // Switching the UI language swaps the translation; the original stays.
    ui.set(Lang::Sv);
    tick().await;
    assert!(root
        .query_selector(".translation span[lang='sv']")
        .unwrap()
        .is_some());
    assert!(root
        .text_content()
        .unwrap()
        .contains("Inofficiell översättning"));

    // In the text's own language no translation is shown.
    ui.set(Lang::Da);
    tick().await;
    assert!(root.query_selector(".translation").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn paraphrases_are_marked_as_our_summary() {
    let root = container();
    let mut text = Text::plain("Prevention, e.g. training before surgery");
    text.wording = Wording::Paraphrase;
    text.lang = Some(Lang::En);
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        with_ui_language(RwSignal::new(Lang::En));
        view! { <Txt text=text.clone() context=Lang::Da/> }
    });
    tick().await;
    assert!(root.query_selector("span[lang='en']").unwrap().is_some());
    assert!(root
        .query_selector(".mark-paraphrase")
        .unwrap()
        .expect("paraphrase mark")
        .text_content()
        .unwrap()
        .contains("our summary"));
}

#[wasm_bindgen_test]
async fn the_overview_baked_into_the_first_load_is_the_bundled_datasets_own() {
    // build.rs writes it as Rust code from the whole dataset; computing it at run time from a
    // reader's copy of the dataset (data.rs) gives the same, as that reader sees it.
    fn as_read_in(mut overview: Overview, lang: Lang) -> Overview {
        let keep = |text: &mut Text| text.translations.retain(|&l, _| l == lang);
        overview.regions.iter_mut().for_each(|r| keep(&mut r.name));
        for card in &mut overview.strategies {
            keep(&mut card.title);
            card.period.note.as_mut().map(keep);
        }
        overview
    }
    let baked = strategy_explorer::data::bundled_overview();
    for lang in Lang::ALL {
        let computed = Overview::of(&*strategy_explorer::data::bundled(lang).await);
        assert_eq!(as_read_in(baked.clone(), lang), as_read_in(computed, lang));
    }
    assert_eq!(baked.strategies.len(), 5, "the five bundled strategies");
}

#[wasm_bindgen_test]
async fn sdg_tile_shows_number_name_and_a_contrasting_text_colour() {
    let root = container();
    let goal = strategy_explorer::data::bundled(Lang::Da)
        .await
        .data
        .sdg(13)
        .cloned()
        .expect("goal 13 is bundled");
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        with_ui_language(RwSignal::new(Lang::Da));
        view! { <SdgTile goal=goal.clone() count=2/> }
    });
    tick().await;
    let tile = root.query_selector("a.sdg-tile").unwrap().expect("tile");
    assert_eq!(
        tile.query_selector(".sdg-number")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "13"
    );
    assert_eq!(
        tile.query_selector(".sdg-name")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "Klimaindsats"
    );
    assert!(tile.get_attribute("href").unwrap().ends_with("/sdg/13"));
    let style = tile.get_attribute("style").unwrap();
    assert!(
        style.contains("background:#3F7E44") && style.contains("color:#ffffff"),
        "{style}"
    );
    assert!(tile.text_content().unwrap().contains("2 koblinger"));
}

#[wasm_bindgen_test]
async fn a_language_link_loads_that_languages_page_and_remembers_the_choice() {
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), strategy_explorer::App);
    tick().await;
    let links = root.query_selector_all(".lang-switch a").unwrap();
    assert_eq!(links.length(), 3);
    for i in 0..links.length() {
        let a = links
            .item(i)
            .unwrap()
            .unchecked_into::<web_sys::HtmlElement>();
        let code = a.get_attribute("hreflang").unwrap();
        // The browser loads the page under the language's prefix (its static HTML); the router
        // leaves such a link alone.
        assert_eq!(
            a.get_attribute("rel").as_deref(),
            Some("external"),
            "{code}"
        );
        let href = a.get_attribute("href").unwrap();
        assert!(href.contains(&format!("/{code}/")), "{code}: {href}");
        if code == "da" {
            // Keep the test page: the link's own click handler, which saves the choice, still runs.
            let stay = wasm_bindgen::closure::Closure::<dyn Fn(web_sys::Event)>::new(
                |e: web_sys::Event| e.prevent_default(),
            );
            a.add_event_listener_with_callback("click", stay.as_ref().unchecked_ref())
                .unwrap();
            stay.forget();
            a.click();
        }
    }
    tick().await;
    let saved = window()
        .local_storage()
        .unwrap()
        .unwrap()
        .get_item("strategy-explorer.lang")
        .unwrap();
    assert_eq!(saved.as_deref(), Some("da"));
}

#[wasm_bindgen_test]
async fn a_facet_with_many_options_shows_twenty_and_a_button_for_all_of_them() {
    // 25 strategies: the bundled ones copied five times (strategy_core::synth).
    let big = std::sync::Arc::new(strategy_core::catalog::Catalog::new(
        strategy_core::synth::synthesize(
            &strategy_explorer::data::bundled(Lang::En).await.data,
            5,
            1,
        ),
        strategy_explorer::components::build_day(),
    ));
    let root = container();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        with_ui_language(RwSignal::new(Lang::En));
        provide_context(big.clone());
        view! { <leptos_router::components::Router><strategy_explorer::pages::ExplorePage/></leptos_router::components::Router> }
    });
    tick().await;
    let options = || {
        root.query_selector_all("fieldset.facet-strategy li")
            .unwrap()
            .length()
    };
    assert_eq!(options(), 20, "the first twenty strategies are offered");
    let button = root
        .query_selector("fieldset.facet-strategy button.facet-more")
        .unwrap()
        .expect("a button for the rest");
    assert_eq!(button.text_content().unwrap(), "Show all 25");
    button.unchecked_ref::<web_sys::HtmlElement>().click();
    tick().await;
    assert_eq!(options(), 25, "all strategies are offered after the click");
    assert!(
        button.has_attribute("hidden"),
        "the button goes once everything is shown"
    );
    assert!(
        root.query_selector("fieldset.facet-sdg button.facet-more")
            .unwrap()
            .is_none(),
        "17 goals need no button"
    );
}
