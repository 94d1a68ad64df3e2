//! Printing any view: an action that opens the browser's print dialog, and a block that only
//! appears on paper with the exact URL of the view and a QR code that opens it again, with the
//! same filters and language.
//!
//! The QR encoder is a split chunk that costs nothing until a reader asks to print: the print
//! action fetches it and makes the code before it opens the dialog. Printing from the browser's
//! menu leaves no time to fetch anything, so that copy shows the URL alone (it is always on
//! paper) and the code is made for the next one.

use crate::i18n::{tr, use_i18n};
use leptos::prelude::*;
use leptos::task::spawn_local;
use leptos_router::hooks::use_location;

/// The view as printed: its exact URL, and its QR code once a reader has asked to print.
/// Shared by the print action and the block on paper.
#[derive(Clone, Copy)]
pub struct PrintView {
    url: Memo<String>,
    /// The QR code's SVG markup with the URL it encodes: shown only while that URL is the view's.
    qr: RwSignal<Option<(String, String)>>,
}

impl PrintView {
    /// Provides the printed view to the shell (needs the router and the UI language).
    pub fn provide() {
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
        provide_context(Self {
            url,
            qr: RwSignal::new(None),
        });
    }

    /// Makes the QR code of the view's URL unless it is there already; the first time, this
    /// fetches the encoder.
    async fn prepare(self) {
        let Some(url) = self.url.try_get_untracked() else {
            return;
        };
        let made = self
            .qr
            .try_with_untracked(|qr| qr.as_ref().is_some_and(|(encoded, _)| *encoded == url));
        if made != Some(false) {
            return;
        }
        let svg = qr_svg(url.clone()).await;
        self.qr.try_set(Some((url, svg)));
    }
}

#[component]
pub fn PrintAction() -> impl IntoView {
    let print = expect_context::<PrintView>();
    // A second click while the encoder loads would open a second dialog after the first.
    let preparing = StoredValue::new(false);
    let on_click = move |_| {
        if preparing.get_value() {
            return;
        }
        preparing.set_value(true);
        spawn_local(async move {
            print.prepare().await;
            // The code reaches the DOM in the next reactive tick: print from the next frame.
            request_animation_frame(move || {
                let _ = window().print();
                preparing.try_set_value(false);
            });
        });
    };
    view! {
        <button type="button" class="secondary print-action no-print" on:click=on_click>
            {tr(|t| t.print_action)}
        </button>
    }
}

#[component]
pub fn PrintFooter() -> impl IntoView {
    let print = expect_context::<PrintView>();
    let before_print =
        window_event_listener_untyped("beforeprint", move |_| spawn_local(print.prepare()));
    on_cleanup(move || before_print.remove());
    // The SVG comes from the URL, never from data, so it is safe as markup.
    let qr = move || {
        print.url.with(|url| {
            print.qr.with(|qr| match qr {
                Some((encoded, svg)) if encoded == url => svg.clone(),
                _ => String::new(),
            })
        })
    };
    view! {
        <aside class="print-only print-footer" aria-hidden="true">
            <div class="print-qr" role="img" aria-label=tr(|t| t.print_qr_label) inner_html=qr></div>
            <p><strong>{tr(|t| t.print_url_label)}</strong><br/><span class="print-url">{move || print.url.get()}</span></p>
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
