//! Printing any view: an action that opens the browser's print dialog, and a block that only
//! appears on paper with the exact URL of the view and a QR code that opens it again, with the
//! same filters and language.

use crate::i18n::{tr, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_location;
use std::time::Duration;

/// How long the URL must stay the same before its QR code is made, in milliseconds.
const QR_DELAY_MS: u64 = 400;

#[component]
pub fn PrintAction() -> impl IntoView {
    view! {
        <button type="button" class="secondary print-action no-print" on:click=|_| { let _ = window().print(); }>
            {tr(|t| t.print_action)}
        </button>
    }
}

#[component]
pub fn PrintFooter() -> impl IntoView {
    let i18n = use_i18n();
    let location = use_location();
    let url = Memo::new(move |_| {
        let origin = window().location().origin().unwrap_or_default();
        strategy_core::share::printable_url(
            &format!("{origin}{}", location.pathname.get()),
            &location.search.get(),
            i18n.lang.get().code(),
        )
    });
    // The QR code is only seen on paper, and encoding one costs milliseconds: it is made once
    // the URL has been still for a moment (not for every keystroke of a search), and at once when
    // printing starts. The SVG comes from the URL, never from data, so it is safe as markup.
    let qr = RwSignal::new(String::new());
    let encode = move || {
        if let Some(url) = url.try_get_untracked() {
            leptos::task::spawn_local(async move {
                let svg = qr_svg(url).await;
                qr.try_set(svg);
            });
        }
    };
    Effect::new(move |_| {
        let scheduled = url.get();
        // Every timer runs (a cleared one would keep its closure alive for good); only the one
        // set for the URL still shown makes the code.
        set_timeout(
            move || {
                if url.try_get_untracked().as_ref() == Some(&scheduled) {
                    encode();
                }
            },
            Duration::from_millis(QR_DELAY_MS),
        );
    });
    let before_print = window_event_listener_untyped("beforeprint", move |_| encode());
    on_cleanup(move || before_print.remove());
    view! {
        <aside class="print-only print-footer" aria-hidden="true">
            <div class="print-qr" role="img" aria-label=tr(|t| t.print_qr_label) inner_html=move || qr.get()></div>
            <p><strong>{tr(|t| t.print_url_label)}</strong><br/><span class="print-url">{move || url.get()}</span></p>
        </aside>
    }
}

/// The QR code of `url` as SVG markup (empty when the URL is too long to encode). In release
/// builds the encoder is a split chunk, fetched on first use: it is only needed on paper, so the
/// first load does without it.
#[cfg_attr(feature = "split", leptos::lazy)]
async fn qr_svg(url: String) -> String {
    strategy_core::share::qr_svg(&url).unwrap_or_default()
}
