//! Storage problems, announced with `role="alert"`: storage unavailable,
//! a change that could not be saved, stored entries that could not be read.

use super::dom::download_text;
use super::fields::Target;
use super::store::{tr, use_store, SaveState};
use crate::domain::codec::DecodeError;
use crate::html::el;
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
    // The unreadable-data alert: its text as HTML (escaped), the download
    // button handled by a delegated listener, the fallback text apart so
    // showing it never rebuilds (and unfocuses) the button.
    let text = move || {
        let lang = store.lang.get();
        store.unreadable.with(|items| {
            let mut out = String::new();
            let newer = items
                .iter()
                .any(|u| matches!(u.error, DecodeError::NewerVersion { .. }));
            let details = items
                .iter()
                .map(|u| format!("{}: {}", u.key, u.error))
                .collect::<Vec<_>>()
                .join("; ");
            let n = items.len().to_string();
            el(&mut out, "<p>", &lang.tf(T::UnreadableData, &[&n]), "</p>");
            if newer {
                el(&mut out, "<p>", lang.t(T::UnreadableNewer), "</p>");
            }
            el(&mut out, r#"<p class="hint">"#, &details, "</p>");
            el(
                &mut out,
                r#"<button type="button" data-a="download">"#,
                lang.t(T::DownloadUnreadable),
                "</button>",
            );
            out
        })
    };
    let copy = move || {
        let mut out = String::new();
        if let Some(t) = fallback.get() {
            el(
                &mut out,
                r#"<label for="unreadable-text">"#,
                store.t(T::CopyUnreadable),
                "</label>",
            );
            el(
                &mut out,
                "<textarea id=\"unreadable-text\" readonly rows=\"6\">\n",
                &t,
                "</textarea>",
            );
        }
        out
    };
    let download = move |ev: web_sys::MouseEvent| {
        if Target::of(&ev, "a").is_none() {
            return;
        }
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
    let unreadable = move || {
        store.unreadable.with(|u| !u.is_empty()).then(|| {
            view! {
                <div class="alert" role="alert" on:click=download>
                    <div inner_html=text></div>
                    <div inner_html=copy></div>
                </div>
            }
        })
    };
    view! { <div class="alerts">{load_error}{save_error}{unreadable}</div> }
}
