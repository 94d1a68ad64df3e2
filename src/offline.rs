//! Offline use. The service worker (`public/sw.js`, stamped with the build's file list by
//! `scripts/stamp-sw.mjs`) precaches every file of the build and answers any route from the
//! cache. This module registers it, in release builds served over http(s), with the app's base
//! as its scope, and offers a new version as soon as one is waiting instead of staying stale.

use crate::i18n::platform_texts;
use crate::i18n::use_i18n;
use crate::nav;
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use std::time::Duration;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use web_sys::{ServiceWorker, ServiceWorkerRegistration, ServiceWorkerState};

/// How often a long-open page asks the server whether a new version exists.
const UPDATE_CHECK: Duration = Duration::from_secs(60 * 60);

thread_local! {
    static REGISTRATION: RefCell<Option<ServiceWorkerRegistration>> = const { RefCell::new(None) };
    static RELOAD_REQUESTED: Cell<bool> = const { Cell::new(false) };
}

/// The polite "new version" banner; registers the service worker when it first renders.
#[component]
pub fn UpdateBanner() -> impl IntoView {
    let i18n = use_i18n();
    let (ready, set_ready) = signal(false);
    register(set_ready);
    let reload = move |_| apply_update();
    view! {
        <Show when=move || ready.get()>
            <div class="update-banner" role="status">
                <p>
                    {move || platform_texts(i18n.lang.get()).update_available} " "
                    <button type="button" class="update-reload" on:click=reload>{move || platform_texts(i18n.lang.get()).update_reload}</button>
                </p>
            </div>
        </Show>
    }
}

/// Whether this build and page may use a service worker: release builds only (a debug build
/// under `trunk serve` must always show the latest code), over http(s), where supported.
fn enabled() -> bool {
    if cfg!(debug_assertions) {
        return false;
    }
    let protocol = window().location().protocol().unwrap_or_default();
    let supported =
        js_sys::Reflect::has(&window().navigator(), &"serviceWorker".into()).unwrap_or(false);
    supported && (protocol == "https:" || protocol == "http:")
}

fn register(set_ready: WriteSignal<bool>) {
    if !enabled() {
        return;
    }
    let container = window().navigator().service_worker();
    let options = web_sys::RegistrationOptions::new();
    options.set_scope(&format!("{}/", nav::site_base()));
    let registering = container.register_with_options(&nav::asset("/sw.js"), &options);

    // After the reader chose "Reload", the new worker takes over; then load the page again.
    let on_controller_change = Closure::<dyn Fn()>::new(|| {
        if RELOAD_REQUESTED.with(Cell::get) {
            let _ = window().location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_controller_change.as_ref().unchecked_ref()));
    on_controller_change.forget();

    leptos::task::spawn_local(async move {
        // A refused registration rejects; a blocked one (some browsers' settings, test
        // drivers) may resolve to `undefined` instead of a registration.
        let registration = match wasm_bindgen_futures::JsFuture::from(registering)
            .await
            .map(JsCast::dyn_into::<ServiceWorkerRegistration>)
        {
            Ok(Ok(registration)) => registration,
            Ok(Err(err)) | Err(err) => {
                web_sys::console::warn_2(
                    &"Strategy Explorer: offline use is not available:".into(),
                    &err,
                );
                return;
            }
        };
        let has_controller = || window().navigator().service_worker().controller().is_some();
        // A new version installed while an old one controls the page: offer it. (On the very
        // first visit nothing controls the page yet, and there is nothing to offer.)
        if registration.waiting().is_some() && has_controller() {
            set_ready.set(true);
        }
        // Offers a worker that is being installed once it is installed.
        let watch = move |worker: ServiceWorker| {
            let watched = worker.clone();
            let on_state_change = Closure::<dyn Fn()>::new(move || {
                if watched.state() == ServiceWorkerState::Installed && has_controller() {
                    set_ready.set(true);
                }
            });
            worker.set_onstatechange(Some(on_state_change.as_ref().unchecked_ref()));
            on_state_change.forget();
        };
        // The browser may have found the new version (on this page's navigation) before now.
        if let Some(worker) = registration.installing() {
            watch(worker);
        }
        let reg = registration.clone();
        let on_update_found = Closure::<dyn Fn()>::new(move || {
            if let Some(worker) = reg.installing() {
                watch(worker);
            }
        });
        registration.set_onupdatefound(Some(on_update_found.as_ref().unchecked_ref()));
        on_update_found.forget();
        REGISTRATION.with(|r| *r.borrow_mut() = Some(registration));
        let _ = set_interval_with_handle(
            || {
                REGISTRATION.with(|r| {
                    if let Some(reg) = r.borrow().as_ref() {
                        let _ = reg.update();
                    }
                })
            },
            UPDATE_CHECK,
        );
    });
}

/// Lets the waiting worker take over (the page reloads on `controllerchange`); reloads anyway if
/// that does not happen soon.
fn apply_update() {
    RELOAD_REQUESTED.with(|r| r.set(true));
    let waiting: Option<ServiceWorker> =
        REGISTRATION.with(|r| r.borrow().as_ref().and_then(|reg| reg.waiting()));
    match waiting {
        Some(worker) => {
            let message = js_sys::Object::new();
            let _ =
                js_sys::Reflect::set(&message, &"type".into(), &JsValue::from_str("skip-waiting"));
            let _ = worker.post_message(&message);
            set_timeout(
                || {
                    let _ = window().location().reload();
                },
                Duration::from_secs(3),
            );
        }
        None => {
            let _ = window().location().reload();
        }
    }
}
