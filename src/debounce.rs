//! Work that waits for a pause: the one helper for every "do this once things are still" in the
//! app (writing a typed search to the URL, announcing a result count, encoding a QR code).

use leptos::prelude::*;
use std::{cell::Cell, rc::Rc, time::Duration};

/// A slot for one delayed call: each new call replaces the one still waiting, [`cancel`]
/// drops it, and nothing runs once the owner (the component that made it) is gone.
///
/// Every timer set here fires; only the one set last acts. (A cleared browser timer would keep
/// its Rust closure alive for good, so timers are never cleared.)
///
/// [`cancel`]: Debounce::cancel
#[derive(Clone, Copy)]
pub struct Debounce {
    delay: Duration,
    round: StoredValue<u32>,
}

impl Debounce {
    pub fn new(delay: Duration) -> Self {
        Debounce {
            delay,
            round: StoredValue::new(0),
        }
    }

    /// Runs `f` after the delay, unless another call or [`Debounce::cancel`] comes first.
    pub fn call(&self, f: impl FnOnce() + 'static) {
        let ticket = self.next();
        set_timeout(
            move || {
                if ticket.is_current() {
                    f()
                }
            },
            self.delay,
        );
    }

    /// Runs `f` once the next frame is painted and the page is idle, unless another call or
    /// [`Debounce::cancel`] comes first: for work that must not hold up the paint, nor the frame
    /// after it (Chrome starts that one at once when a frame ran late, so work queued for it
    /// delayed the page's next response too).
    pub fn call_when_idle(&self, f: impl FnOnce() + 'static) {
        let ticket = self.next();
        request_animation_frame(move || {
            when_idle(move || {
                if ticket.is_current() {
                    f()
                }
            })
        });
    }

    /// Drops the call still waiting, if any.
    pub fn cancel(&self) {
        self.next();
    }

    fn next(&self) -> Ticket {
        self.round.update_value(|r| *r = r.wrapping_add(1));
        Ticket {
            round: self.round,
            mine: self.round.get_value(),
        }
    }
}

/// Runs `f` in the browser's next idle period, or after a zero timeout in a browser without
/// idle callbacks (Safari).
fn when_idle<F: FnOnce() + 'static>(f: F) {
    let f = Rc::new(Cell::new(Some(f)));
    let run = |f: &Cell<Option<F>>| {
        if let Some(f) = f.take() {
            f()
        }
    };
    let idle = {
        let f = f.clone();
        move || run(&f)
    };
    if request_idle_callback_with_handle(idle).is_err() {
        set_timeout(move || run(&f), Duration::ZERO);
    }
}

struct Ticket {
    round: StoredValue<u32>,
    mine: u32,
}

impl Ticket {
    /// No later call and no cancel since, and the owner still lives.
    fn is_current(&self) -> bool {
        self.round.try_get_value() == Some(self.mine)
    }
}
