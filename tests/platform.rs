//! Component and logic tests, in headless Chromium, for embedding, external datasets and safe
//! links (src/nav.rs, src/embed.rs, src/external.rs, src/load_error.rs). The end-to-end
//! behaviour is covered by tests/e2e/{embed,dataset,offline}.spec.mjs.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use strategy_core::model::Lang;
use strategy_core::validate::Problem;
use strategy_explorer::components::ExternalLink;
use strategy_explorer::i18n::I18n;
use strategy_explorer::load_error::LoadError;
use strategy_explorer::nav;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn safe_href_lets_only_http_and_https_through() {
    assert_eq!(
        nav::safe_href("https://example.org/a?b=c#d").as_deref(),
        Some("https://example.org/a?b=c#d")
    );
    assert_eq!(
        nav::safe_href("  http://example.org/ ").as_deref(),
        Some("http://example.org/")
    );
    assert_eq!(
        nav::safe_href("HTTPS://EXAMPLE.ORG/").as_deref(),
        Some("HTTPS://EXAMPLE.ORG/")
    );
    for bad in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox",
        "/relative/path",
        "//example.org/protocol-relative",
        "https://",
        "https:///no-host",
        "https://exa mple.org/",
        "https://example.org/\u{0}",
        "",
    ] {
        assert_eq!(nav::safe_href(bad), None, "{bad:?} must not become a link");
    }
}

#[wasm_bindgen_test]
fn links_carry_the_external_dataset_while_it_is_shown() {
    nav::set_data_param(None);
    assert_eq!(nav::with_data_param("/strategy/x"), "/strategy/x");
    nav::set_data_param(Some("https://example.org/d.json".into()));
    assert_eq!(
        nav::with_data_param("/strategy/x"),
        "/strategy/x?data=https%3A%2F%2Fexample.org%2Fd.json"
    );
    assert_eq!(
        nav::with_data_param("/explore?sdg=3#top"),
        "/explore?sdg=3&data=https%3A%2F%2Fexample.org%2Fd.json#top"
    );
    // Already there: not twice.
    assert_eq!(
        nav::with_data_param("/explore?data=other&sdg=3"),
        "/explore?data=other&sdg=3"
    );
    // Files of the build never carry it.
    assert!(!nav::asset("/data/strategy-explorer-data.json").contains("data="));
    nav::set_data_param(None);
}

#[wasm_bindgen_test]
fn embed_paths_are_recognised() {
    assert!(nav::is_embed_path("/embed"));
    assert!(nav::is_embed_path("/embed/sdg/3"));
    assert!(!nav::is_embed_path("/embedded"));
    assert!(!nav::is_embed_path("/about"));
}

#[wasm_bindgen_test]
fn embed_code_escapes_the_url_for_its_attribute() {
    let code = strategy_explorer::embed::embed_snippet(
        "https://x.example/embed/explore?sdg=3&lang=en",
        "A \"title\"",
    );
    assert!(
        code.contains("src=\"https://x.example/embed/explore?sdg=3&amp;lang=en\""),
        "{code}"
    );
    assert!(code.contains("title=\"A &quot;title&quot;\""), "{code}");
    assert!(code.contains("data-strategy-explorer"), "{code}");
    assert!(code.contains("/embed.js\" async></script>"), "{code}");
}

#[wasm_bindgen_test]
fn every_load_error_is_explained_in_every_ui_language() {
    let errors = [
        LoadError::NotHttps {
            url: "javascript:alert(1)".into(),
        },
        LoadError::Unreachable {
            host: "h.example".into(),
        },
        LoadError::Cors {
            host: "h.example".into(),
            origin: "https://app.example".into(),
        },
        LoadError::Http {
            host: "h.example".into(),
            status: 404,
        },
        LoadError::TooLarge {
            size: Some(6 * 1024 * 1024),
        },
        LoadError::TooLarge { size: None },
        LoadError::Timeout {
            host: "h.example".into(),
        },
        LoadError::NotJson {
            detail: "expected value at line 1 column 1".into(),
        },
        LoadError::Invalid {
            problems: vec![Problem {
                path: "strategies[0].id".into(),
                message: "is empty".into(),
            }],
        },
    ];
    for error in &errors {
        let texts: Vec<String> = [Lang::En, Lang::Da, Lang::Sv]
            .into_iter()
            .map(|l| error.explain(l))
            .collect();
        assert!(texts.iter().all(|t| t.len() > 20), "{texts:?}");
        assert_ne!(texts[0], texts[1]);
        assert_ne!(texts[0], texts[2]);
    }
    let cors = errors[2].explain(Lang::En);
    assert!(
        cors.contains("Access-Control-Allow-Origin: *") && cors.contains("https://app.example"),
        "{cors}"
    );
    assert!(errors[4].explain(Lang::En).contains("(6.0 MB)"));
}

#[wasm_bindgen_test]
async fn a_script_url_from_the_data_is_shown_as_text_not_as_a_link() {
    let document = document();
    let root = document
        .create_element("div")
        .unwrap()
        .unchecked_into::<web_sys::HtmlElement>();
    document.body().unwrap().append_child(&root).unwrap();
    let _handle = leptos::mount::mount_to(root.clone(), move || {
        provide_context(I18n {
            lang: Memo::new(|_| Lang::En),
        });
        view! {
            <ExternalLink url="javascript:alert(1)".to_string()>"Bad source"</ExternalLink>
            <ExternalLink url="https://example.org/ok".to_string()>"Good source"</ExternalLink>
        }
    });
    let links = root.query_selector_all("a").unwrap();
    assert_eq!(links.length(), 1);
    let link = links.get(0).unwrap().unchecked_into::<web_sys::Element>();
    assert_eq!(
        link.get_attribute("href").as_deref(),
        Some("https://example.org/ok")
    );
    assert!(root
        .text_content()
        .unwrap()
        .contains("Bad source (javascript:alert(1))"));
    root.remove();
}
