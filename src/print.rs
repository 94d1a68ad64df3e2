//! Printing any view: an action that opens the browser's print dialog, and a block that only
//! appears on paper with the exact URL of the view and a QR code that opens it again, with the
//! same filters and language.

use crate::i18n::{tr, use_i18n};
use leptos::prelude::*;
use leptos_router::hooks::use_location;

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
        strategy_core::share::printable_url(&format!("{origin}{}", location.pathname.get()), &location.search.get(), i18n.lang.get().code())
    });
    // The SVG is generated here from the URL, never from data, so inserting it as markup is safe.
    let qr = move || strategy_core::share::qr_svg(&url.get()).unwrap_or_default();
    view! {
        <aside class="print-only print-footer" aria-hidden="true">
            <div class="print-qr" role="img" aria-label=tr(|t| t.print_qr_label) inner_html=qr></div>
            <p><strong>{tr(|t| t.print_url_label)}</strong><br/><span class="print-url">{move || url.get()}</span></p>
        </aside>
    }
}
