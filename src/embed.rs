//! Embedding: every view also exists under `{base}/embed/…` without the site's header and footer,
//! for an `<iframe>` on another site. The embedded page reports its height to the host page with
//! `postMessage` (see [`HEIGHT_MESSAGE`]; `public/embed.js` is the host's side), and every page of
//! the full app offers the code to embed exactly the view on screen.

use crate::i18n::platform_texts;
use crate::i18n::use_i18n;
use crate::nav;
use leptos::prelude::*;
use leptos_router::hooks::{use_location, use_query_map};
use wasm_bindgen::{closure::Closure, JsCast};

/// The `type` of the message an embedded view posts to its parent whenever its layout changes:
/// `{ type: "strategy-explorer:height", height: <CSS pixels>, path: "<path and query>" }`.
pub const HEIGHT_MESSAGE: &str = "strategy-explorer:height";
/// A host page that starts listening late (its script loaded after the frame) asks for the
/// height with `{ type: "strategy-explorer:request-height" }`; the view answers with
/// [`HEIGHT_MESSAGE`].
pub const REQUEST_HEIGHT_MESSAGE: &str = "strategy-explorer:request-height";

/// Prepares the document of an embedded view: links that leave the view (to other pages of the
/// full app, or to sources) open in a new tab, via `<base target="_blank">`. Links that stay in
/// the view are handled by the router, which ignores the base target (it only lets the browser
/// handle links with a `target` attribute of their own, or outside the router base).
pub fn prepare_document() {
    let document = document();
    if let Some(root) = document.document_element() {
        let _ = root.class_list().add_1("embedded");
    }
    if let Ok(Some(base)) = document.query_selector("base") {
        let _ = base.set_attribute("target", "_blank");
    }
}

/// `?theme=light|dark|auto` sets `data-theme` on `<html>` (auto: the reader's system setting).
/// The choice stays for the life of the page, also when a link drops the parameter.
pub fn follow_theme_param() {
    let query = use_query_map();
    Effect::new(move |_| {
        let Some(theme) = query.with(|q| q.get("theme")) else {
            return;
        };
        let Some(root) = document().document_element() else {
            return;
        };
        match theme.as_str() {
            "light" | "dark" => {
                let _ = root.set_attribute("data-theme", &theme);
            }
            "auto" => {
                let _ = root.remove_attribute("data-theme");
            }
            _ => {}
        }
    });
}

/// The small bar of an embedded view: a link to the same view in the full app, in a new tab.
#[component]
pub fn EmbedBar() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let full_href = move || {
        let path = location.pathname.get();
        let app_path = path
            .strip_prefix(nav::router_base().as_str())
            .unwrap_or(&path)
            .to_string();
        // The host's ?theme= fits the host page; the full app follows the reader's own setting.
        let search = nav::with_param(&location.search.get(), "theme", None);
        format!(
            "{}{}{}",
            nav::base(),
            if app_path.is_empty() { "/" } else { &app_path },
            search
        )
    };
    view! {
        <p class="embed-bar">
            <a href=full_href target="_blank" rel="noopener">
                {move || platform_texts(i18n.lang.get()).embed_open_full} " \u{2197}"
                <span class="visually-hidden">" (" {move || platform_texts(i18n.lang.get()).new_tab} ")"</span>
            </a>
        </p>
    }
}

/// Posts the page's height to the parent page on every layout change (a `ResizeObserver` on
/// `<html>`) and after every navigation. Does nothing when the page is not in a frame.
pub fn report_height() {
    let window = window();
    let parent = match window.parent() {
        Ok(Some(parent)) if !js_sys::Object::is(&parent, &window) => parent,
        _ => return,
    };
    let location = use_location();
    let post = {
        let parent = parent.clone();
        move || {
            let Some(root) = document().document_element() else {
                return;
            };
            let height = root.get_bounding_client_rect().height().ceil();
            let path = window_location_path();
            let message = js_sys::Object::new();
            let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
            let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
            let _ = js_sys::Reflect::set(&message, &"path".into(), &path.into());
            // The height is not a secret, and the host's origin is not known: any parent may read it.
            let _ = parent.post_message(&message, "*");
        }
    };
    let on_resize = {
        let post = post.clone();
        Closure::<dyn Fn()>::new(post)
    };
    if let (Ok(observer), Some(root)) = (
        web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
        document().document_element(),
    ) {
        observer.observe(&root);
        // Lives as long as the page.
        std::mem::forget(observer);
    }
    on_resize.forget();
    let answer = post.clone();
    let from = parent.clone();
    let _ = window_event_listener(leptos::ev::message, move |ev: web_sys::MessageEvent| {
        let from_parent = ev
            .source()
            .is_some_and(|source| js_sys::Object::is(&source, &from));
        let kind = js_sys::Reflect::get(&ev.data(), &"type".into())
            .ok()
            .and_then(|t| t.as_string());
        if from_parent && kind.as_deref() == Some(REQUEST_HEIGHT_MESSAGE) {
            answer();
        }
    });
    Effect::new(move |_| {
        location.pathname.track();
        location.search.track();
        request_animation_frame(post.clone());
    });
}

fn window_location_path() -> String {
    let location = window().location();
    format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

/// Escapes text for an HTML attribute value in double quotes.
fn attr_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The address of the embedded version of the view on screen, with its query (filters) and the
/// UI language.
fn embed_url(pathname: &str, search: &str, lang: &str) -> String {
    let origin = window().location().origin().unwrap_or_default();
    let app_path = pathname.strip_prefix(nav::base()).unwrap_or(pathname);
    let app_path = if app_path.is_empty() { "/" } else { app_path };
    format!(
        "{origin}{}/embed{app_path}{}",
        nav::base(),
        nav::with_param(search, "lang", Some(lang))
    )
}

/// The iframe code for a view, with the host script that makes the frame follow its content.
pub fn embed_snippet(url: &str, title: &str) -> String {
    let origin = window().location().origin().unwrap_or_default();
    let script = format!("{origin}{}", nav::asset("/embed.js"));
    format!(
        "<iframe src=\"{}\" title=\"{}\" data-strategy-explorer loading=\"lazy\" style=\"width:100%;height:480px;border:0\"></iframe>\n<script src=\"{}\" async></script>",
        attr_escape(url),
        attr_escape(title),
        attr_escape(&script)
    )
}

/// "Embed this view": the code for exactly the view on screen, a copy button and a live preview
/// (rendered only while open, so pages do not load a second copy of the app). The panel is made
/// when first opened; in release builds its code is a split chunk fetched then.
#[component]
pub fn EmbedThisView() -> impl IntoView {
    let i18n = use_i18n();
    let (open, set_open) = signal(false);
    let on_toggle = move |ev: leptos::ev::Event| {
        let now_open = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
            .is_some_and(|d| d.open());
        set_open.set(now_open);
    };
    // Once made, the panel stays (closing the details only hides it).
    let made = Memo::new(move |was: Option<&bool>| was.copied().unwrap_or(false) || open.get());
    view! {
        <details class="embed-this" on:toggle=on_toggle>
            <summary>{move || platform_texts(i18n.lang.get()).embed_summary}</summary>
            {move || made.get().then(|| Suspend::new(embed_panel(open)))}
        </details>
    }
}

#[cfg_attr(feature = "split", leptos::lazy)]
async fn embed_panel(open: ReadSignal<bool>) -> AnyView {
    let i18n = use_i18n();
    let location = use_location();
    let (status, set_status) = signal(String::new());
    let url = Memo::new(move |_| {
        embed_url(
            &location.pathname.get(),
            &location.search.get(),
            i18n.lang.get().code(),
        )
    });
    let snippet = move || {
        embed_snippet(
            &url.get(),
            platform_texts(i18n.lang.get()).embed_frame_title,
        )
    };
    let code: NodeRef<leptos::html::Textarea> = NodeRef::new();
    let preview: NodeRef<leptos::html::Iframe> = NodeRef::new();
    let pt = move || platform_texts(i18n.lang.get());
    // Opening or closing the panel clears the last copy message. Not on the effect's first run,
    // which comes after the panel is shown and could clear the answer to a quick first click.
    Effect::new(move |first: Option<()>| {
        open.track();
        if first.is_some() {
            set_status.set(String::new());
        }
    });

    let copy = move |_| {
        let text = snippet();
        let select = move || {
            if let Some(area) = code.get_untracked() {
                area.select();
            }
        };
        let promise = clipboard_write(&text);
        leptos::task::spawn_local(async move {
            let copied = match promise {
                Some(p) => wasm_bindgen_futures::JsFuture::from(p).await.is_ok(),
                None => false,
            };
            let pt = platform_texts(i18n.lang.get_untracked());
            if !copied {
                select();
            }
            set_status.set(
                if copied {
                    pt.embed_copied
                } else {
                    pt.embed_copy_failed
                }
                .to_string(),
            );
        });
    };
    // The preview follows its content like an embed with the host script does.
    let handle = window_event_listener(leptos::ev::message, move |ev: web_sys::MessageEvent| {
        let Some(frame) = preview.get_untracked() else {
            return;
        };
        if ev.origin() != window().location().origin().unwrap_or_default() {
            return;
        }
        let from_preview = match (ev.source(), frame.content_window()) {
            (Some(source), Some(win)) => js_sys::Object::is(&source, &win),
            _ => false,
        };
        let data = ev.data();
        let is_height = js_sys::Reflect::get(&data, &"type".into())
            .ok()
            .and_then(|t| t.as_string())
            .as_deref()
            == Some(HEIGHT_MESSAGE);
        if from_preview && is_height {
            if let Some(height) = js_sys::Reflect::get(&data, &"height".into())
                .ok()
                .and_then(|h| h.as_f64())
            {
                let _ = web_sys::HtmlElement::style(&frame)
                    .set_property("height", &format!("{}px", height.max(0.0).ceil() as u32));
            }
        }
    });
    on_cleanup(move || handle.remove());

    view! {
        <div class="embed-body">
            <p class="muted">{move || pt().embed_intro}</p>
            <label for="embed-code">{move || pt().embed_code_label}</label>
            <textarea id="embed-code" class="embed-code" readonly rows="4" spellcheck="false" node_ref=code prop:value=snippet></textarea>
            <p class="embed-actions">
                <button type="button" class="embed-copy" on:click=copy>{move || pt().embed_copy}</button>
                " " <span class="embed-status" role="status" aria-live="polite">{status}</span>
            </p>
            <Show when=move || open.get()>
                <p class="embed-preview-label">{move || pt().embed_preview}</p>
                <iframe class="embed-preview" src=move || url.get() title=move || pt().embed_frame_title data-strategy-explorer="" node_ref=preview></iframe>
            </Show>
        </div>
    }
    .into_any()
}

/// `navigator.clipboard.writeText(text)`, or `None` where the Clipboard API is missing (it only
/// exists in secure contexts). Called through `Reflect` so a missing API cannot throw into wasm.
fn clipboard_write(text: &str) -> Option<js_sys::Promise> {
    let navigator = window().navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &"clipboard".into())
        .ok()
        .filter(|c| !c.is_undefined() && !c.is_null())?;
    let write: js_sys::Function = js_sys::Reflect::get(&clipboard, &"writeText".into())
        .ok()?
        .dyn_into()
        .ok()?;
    write.call1(&clipboard, &text.into()).ok()?.dyn_into().ok()
}
