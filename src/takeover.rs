//! Taking over a page that arrived as static HTML.
//!
//! `scripts/prerender.mjs` writes every page as HTML rendered by this same app, marked
//! `<body data-static>`. On such a page the app is first rendered off-screen; when its first page
//! is complete ([`app_ready`]), its nodes replace the static ones in one step, so the reader sees
//! no change: the same text in the same places, with focus, scroll position and anything typed or
//! ticked in the meantime carried over. Without the mark (the bare app shell) the app mounts
//! straight into `<body>`.

use crate::App;
use leptos::prelude::*;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

thread_local! {
    /// The off-screen element the app renders into until it takes over.
    static STAGE: RefCell<Option<HtmlElement>> = const { RefCell::new(None) };
}

/// Mounts the app: off-screen first on a static page, straight into `<body>` otherwise.
pub fn start() {
    let static_page = document()
        .body()
        .is_some_and(|body| body.has_attribute("data-static"));
    if !static_page {
        leptos::mount::mount_to_body(App);
        return;
    }
    let stage: HtmlElement = document()
        .create_element("div")
        .expect("a document can create a div")
        .unchecked_into();
    STAGE.with(|s| *s.borrow_mut() = Some(stage.clone()));
    leptos::mount::mount_to(stage, App).forget();
}

/// Called when the app has something complete to show: a page, or the notice that an external
/// dataset is loading (no page is shown until it is in). The first time, on a static page, the
/// app's nodes take the place of the static ones; then `<html data-app-shown>` tells whoever
/// waits for the app (scripts/prerender.mjs, the tests) that it runs.
pub fn app_ready() {
    if let Some(stage) = STAGE.with(|s| s.borrow_mut().take()) {
        if let Some(body) = document().body() {
            swap(&body, &stage);
        }
    }
    if let Some(root) = document().document_element() {
        if !root.has_attribute("data-app-shown") {
            let _ = root.set_attribute("data-app-shown", "");
        }
    }
}

fn swap(body: &HtmlElement, stage: &HtmlElement) {
    let window = window();
    let (x, y) = (
        window.scroll_x().unwrap_or(0.0),
        window.scroll_y().unwrap_or(0.0),
    );
    // Nothing focused is the body itself: focusing it again would only cost a layout.
    let focused = document()
        .active_element()
        .and_then(|el| element_path(body, &el))
        .filter(|path| !path.is_empty());
    let edited = edited_fields(body);

    let nodes = js_sys::Array::new();
    let children = stage.child_nodes();
    for i in 0..children.length() {
        if let Some(node) = children.item(i) {
            nodes.push(&node);
        }
    }
    body.replace_children_with_node(&nodes);
    let _ = body.remove_attribute("data-static");

    restore_fields(body, edited);
    if let Some(el) = focused.and_then(|path| element_at(body, &path)) {
        if let Ok(el) = el.dyn_into::<HtmlElement>() {
            let options = web_sys::FocusOptions::new();
            options.set_prevent_scroll(true);
            let _ = el.focus_with_options(&options);
        }
    }
    window.scroll_to_with_x_and_y(x, y);
}

/// The element's place under `root` as child indices (elements only: the static HTML and the
/// app's own nodes differ in comments and empty text nodes, never in elements).
fn element_path(root: &Element, el: &Element) -> Option<Vec<u32>> {
    let mut path = Vec::new();
    let mut here = el.clone();
    while &here != root {
        let parent = here.parent_element()?;
        let siblings = parent.children();
        let index = (0..siblings.length()).find(|&i| siblings.item(i).as_ref() == Some(&here))?;
        path.push(index);
        here = parent;
    }
    path.reverse();
    Some(path)
}

fn element_at(root: &Element, path: &[u32]) -> Option<Element> {
    path.iter()
        .try_fold(root.clone(), |el, &i| el.children().item(i))
}

/// What the reader changed in the static page's form fields before the app took over: the
/// field's place among all fields, its value and whether it is ticked.
struct Edit {
    index: u32,
    value: String,
    checked: bool,
}

fn fields(root: &Element) -> Vec<HtmlInputElement> {
    let Ok(list) = root.query_selector_all("input") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlInputElement>().ok())
        .collect()
}

fn edited_fields(root: &Element) -> Vec<Edit> {
    (0u32..)
        .zip(fields(root))
        .filter(|(_, f)| f.value() != f.default_value() || f.checked() != f.default_checked())
        .map(|(index, f)| Edit {
            index,
            value: f.value(),
            checked: f.checked(),
        })
        .collect()
}

/// Puts the reader's edits into the app's fields and tells the app, as if typed there.
fn restore_fields(root: &Element, edits: Vec<Edit>) {
    let fields = fields(root);
    for edit in edits {
        let Some(field) = fields.get(edit.index as usize) else {
            continue;
        };
        let ticked = edit.checked != field.checked();
        field.set_value(&edit.value);
        field.set_checked(edit.checked);
        for kind in if ticked {
            ["change"].as_slice()
        } else {
            ["input", "change"].as_slice()
        } {
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            if let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &init) {
                let _ = field.dispatch_event(&event);
            }
        }
    }
}
