//! Storage problems, announced with `role="alert"`: storage unavailable,
//! a change that could not be saved, stored entries that could not be read
//! (with their download, or the text to copy when the browser refuses it).
//! Each alert is its own element, so a new one does not re-insert (and so
//! re-announce) the ones already standing.

use crate::domain::codec::DecodeError;
use crate::i18n::T;
use crate::storage::StorageError;
use crate::ui::controls::{lang, tr};
use crate::ui::dom::download_text;
use crate::ui::store::{use_store, SaveState};
use leptos::prelude::*;

fn storage_error_text(e: &StorageError) -> T {
    match e {
        StorageError::Unavailable => T::StorageUnavailable,
        StorageError::QuotaExceeded => T::StorageFull,
        StorageError::Other(_) => T::StorageWriteFailed,
    }
}

/// The alert area under the header.
#[component]
pub fn Alerts() -> impl IntoView {
    let store = use_store();
    let load = Signal::derive(move || store.load_error.get());
    let save = Signal::derive(move || match store.save_state.get() {
        SaveState::Failed(e) => Some(e),
        _ => None,
    });
    // A memo: the alert (and its state) stays while entries change.
    let any_unreadable = Memo::new(move |_| store.unreadable.with(|u| !u.is_empty()));
    view! {
        <div class="alerts">
            <StorageAlert error=load />
            <StorageAlert error=save />
            {move || any_unreadable.get().then(|| view! { <UnreadableAlert /> })}
        </div>
    }
}

/// Storage unavailable, full, or refusing a write (nothing when `None`).
#[component]
fn StorageAlert(error: Signal<Option<StorageError>>) -> impl IntoView {
    let lang = lang();
    let text = move || error.with(|e| e.as_ref().map(|e| lang().t(storage_error_text(e))));
    view! {
        {move || {
            error.with(Option::is_some).then(|| view! {
                <div class="alert" role="alert">
                    {text}
                </div>
            })
        }}
    }
}

/// Stored entries that could not be read: which, why, and their download.
#[component]
fn UnreadableAlert() -> impl IntoView {
    let store = use_store();
    let lang = lang();
    // Shown when the browser refuses the download: the text to copy by hand.
    let fallback = RwSignal::new(None::<String>);
    let count = move || {
        let n = store.unreadable.with(Vec::len).to_string();
        lang().tf(T::UnreadableData, &[&n])
    };
    let newer = move || {
        store.unreadable.with(|items| {
            items
                .iter()
                .any(|u| matches!(u.error, DecodeError::NewerVersion { .. }))
        })
    };
    let details = move || {
        store.unreadable.with(|items| {
            items
                .iter()
                .map(|u| format!("{}: {}", u.key, u.error))
                .collect::<Vec<_>>()
                .join("; ")
        })
    };
    let download = move |_| {
        let items = store.unreadable.get_untracked();
        // Kept sorted by key while inserted: std's sort or a BTreeMap of
        // strings would be kilobytes of WASM for this one call.
        let mut bundle: Vec<(String, String)> = Vec::new();
        for u in items {
            match bundle.binary_search_by(|(k, _)| k.cmp(&u.key)) {
                Ok(i) => bundle[i].1 = u.raw,
                Err(i) => bundle.insert(i, (u.key, u.raw)),
            }
        }
        let text = crate::domain::codec::string_object(bundle.iter().map(|(k, v)| (k, v)));
        if !download_text("winplan-unreadable-data.json", "application/json", &text) {
            fallback.set(Some(text));
        }
    };
    view! {
        <div class="alert" role="alert">
            <p>{count}</p>
            {move || {
                newer().then(|| view! {
                    <p>{tr(T::UnreadableNewer)}</p>
                })
            }}
            <p class="hint">{details}</p>
            <button type="button" id="download-unreadable" on:click=download>
                {tr(T::DownloadUnreadable)}
            </button>
            {move || {
                fallback
                    .get()
                    .map(|text| {
                        view! {
                            <div>
                                <label for="unreadable-text">{tr(T::CopyUnreadable)}</label>
                                <textarea id="unreadable-text" readonly rows="6" prop:value=text></textarea>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
