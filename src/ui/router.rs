//! Keeps the URL fragment and the screen in step (see [`crate::route`]):
//! every change of screen or wizard step adds a history entry, and the
//! browser's Back and Forward (or an edited address) open the screen their
//! fragment names.

use crate::route::Route;
use crate::ui::dom::effect;
use crate::ui::store::Store;
use leptos::prelude::*;

/// The screen the store shows now, with the open plan's step (reactive).
pub fn current(store: Store) -> Route {
    if store.transfer_open.get() {
        return Route::Transfer;
    }
    if store.workshop_open.get() {
        return Route::Workshop;
    }
    if store.settings_open.get() {
        return Route::Settings;
    }
    match store.with_current(|p| (p.id.clone(), p.step)) {
        Some((id, step)) => Route::Plan {
            id,
            step: Some(step),
        },
        None => Route::List,
    }
}

/// Opens the screen `route` names. A plan that is not here (deleted, or
/// an address from another browser) opens the list instead.
fn open(store: Store, route: Route) {
    if route == current(store) {
        return;
    }
    match route {
        Route::List => store.open(None),
        Route::Settings => store.open_settings(),
        Route::Transfer => store.open_transfer(),
        Route::Workshop => store.open_workshop(),
        Route::Plan { id, step } => {
            let here = store
                .plans
                .with_untracked(|ps| ps.iter().find(|p| p.id == id).map(|p| p.step));
            let Some(stored_step) = here else {
                store.open(None);
                return;
            };
            let open_now = store.current.get_untracked().as_deref() == Some(id.as_str())
                && !store.settings_open.get_untracked()
                && !store.transfer_open.get_untracked()
                && !store.workshop_open.get_untracked();
            if !open_now {
                store.open(Some(id));
            }
            match step {
                Some(s) if s != stored_step => store.go_to(s),
                _ => {}
            }
        }
    }
}

fn hash() -> String {
    window().location().hash().unwrap_or_default()
}

/// Starts routing: opens the screen the address names (a reload or a
/// bookmarked address), then follows the screen with the address and the
/// address (Back, Forward) with the screen.
pub fn start(store: Store) {
    // No fragment: the screen the app remembered (the plan last open).
    let start = hash();
    if let Some(route) = Route::parse(&start).filter(|_| !start.is_empty()) {
        open(store, route);
    }
    // The first address is written over the one the page was opened with
    // (no extra Back step); every later screen adds a history entry.
    let first = StoredValue::new(true);
    effect(move || {
        let next = current(store).to_hash();
        if hash() == next {
            first.set_value(false);
            return;
        }
        let here = window().location();
        let url = format!(
            "{}{}{next}",
            here.pathname().unwrap_or_default(),
            here.search().unwrap_or_default()
        );
        let _ = window().history().and_then(|h| {
            let null = wasm_bindgen::JsValue::NULL;
            if first.get_value() {
                h.replace_state_with_url(&null, "", Some(&url))
            } else {
                h.push_state_with_url(&null, "", Some(&url))
            }
        });
        first.set_value(false);
    });
    let _ = window_event_listener(leptos::ev::popstate, move |_| {
        if let Some(route) = Route::parse(&hash()) {
            open(store, route);
        }
    });
}
