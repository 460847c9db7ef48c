//! Storage problems, announced with `role="alert"`: storage unavailable,
//! a change that could not be saved, stored entries that could not be read.

use super::dom::download_text;
use super::store::{tr, use_store, SaveState};
use crate::domain::codec::DecodeError;
use crate::i18n::T;
use crate::storage::StorageError;
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
    let load_error = move || {
        store.load_error.get().map(|e| {
            view! { <div class="alert" role="alert">{tr(storage_error_text(&e))}</div> }
        })
    };
    let save_error = move || match store.save_state.get() {
        SaveState::Failed(e) => Some(view! {
            <div class="alert" role="alert">{tr(storage_error_text(&e))}</div>
        }),
        _ => None,
    };
    // Shown when the browser refuses the download: the text to copy by hand.
    let fallback = RwSignal::new(None::<String>);
    let unreadable = move || {
        let items = store.unreadable.get();
        (!items.is_empty()).then(|| {
            let newer = items
                .iter()
                .any(|u| matches!(u.error, DecodeError::NewerVersion { .. }));
            let n = items.len().to_string();
            let details = items
                .iter()
                .map(|u| format!("{}: {}", u.key, u.error))
                .collect::<Vec<_>>()
                .join("; ");
            let download = move |_| {
                let items = store.unreadable.get_untracked();
                // Inserted one by one: `collect` would sort with std's stable
                // sort, kilobytes of WASM for this one call.
                let mut bundle = std::collections::BTreeMap::new();
                for u in items {
                    bundle.insert(u.key, u.raw);
                }
                let text = crate::domain::json::string_object(&bundle);
                if !download_text("winplan-unreadable-data.json", "application/json", &text) {
                    fallback.set(Some(text));
                }
            };
            view! {
                <div class="alert" role="alert">
                    <p>{move || store.lang.get().tf(T::UnreadableData, &[&n])}</p>
                    {newer.then(|| view! { <p>{tr(T::UnreadableNewer)}</p> })}
                    <p class="hint">{details}</p>
                    <button type="button" on:click=download>{tr(T::DownloadUnreadable)}</button>
                    {move || fallback.get().map(|text| view! {
                        <label for="unreadable-text">{tr(T::CopyUnreadable)}</label>
                        <textarea id="unreadable-text" readonly rows="6" prop:value=text></textarea>
                    })}
                </div>
            }
        })
    };
    view! { <div class="alerts">{load_error}{save_error}{unreadable}</div> }
}
