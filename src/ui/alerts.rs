//! Storage problems, announced with `role="alert"`: storage unavailable,
//! a change that could not be saved, stored entries that could not be read.
//! Each alert is a block of HTML text (escaped); the one button (download
//! the unreadable data) is handled by its block's delegated listener.

use crate::domain::codec::DecodeError;
use crate::html::{button, el};
use crate::i18n::{Lang, T};
use crate::storage::{StorageError, Unreadable};
use crate::ui::block::{block, text_block, wrap, Node};
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

/// The unreadable-data alert, with the text to copy by hand when the
/// browser refused the download.
fn unreadable_html(out: &mut String, lang: Lang, items: &[Unreadable], fallback: Option<&str>) {
    let newer = items
        .iter()
        .any(|u| matches!(u.error, DecodeError::NewerVersion { .. }));
    let details = items
        .iter()
        .map(|u| format!("{}: {}", u.key, u.error))
        .collect::<Vec<_>>()
        .join("; ");
    let n = items.len().to_string();
    el(
        out,
        r#"<div class="alert" role="alert"><p>"#,
        &lang.tf(T::UnreadableData, &[&n]),
        "</p>",
    );
    if newer {
        el(out, "<p>", lang.t(T::UnreadableNewer), "</p>");
    }
    el(out, r#"<p class="hint">"#, &details, "</p>");
    button(
        out,
        r#"id="download-unreadable" data-act="download""#,
        lang.t(T::DownloadUnreadable),
    );
    if let Some(t) = fallback {
        el(
            out,
            r#"<div><label for="unreadable-text">"#,
            lang.t(T::CopyUnreadable),
            "</label>",
        );
        el(
            out,
            "<textarea id=\"unreadable-text\" readonly rows=\"6\">\n",
            t,
            "</textarea></div>",
        );
    }
    out.push_str("</div>");
}

/// The alert area under the header.
pub fn alerts() -> Node {
    let store = use_store();
    // Shown when the browser refuses the download: the text to copy by hand.
    let fallback = RwSignal::new(None::<String>);
    // One block per alert: a new alert must not re-insert (and so
    // re-announce) the ones already standing.
    let storage_alert = move |e: Option<StorageError>| {
        let mut out = String::new();
        if let Some(e) = e {
            let lang = store.lang.get();
            el(
                &mut out,
                r#"<div class="alert" role="alert">"#,
                lang.t(storage_error_text(&e)),
                "</div>",
            );
        }
        out
    };
    let load = text_block(move || storage_alert(store.load_error.get()));
    let save = text_block(move || {
        storage_alert(match store.save_state.get() {
            SaveState::Failed(e) => Some(e),
            _ => None,
        })
    });
    let unreadable = move || {
        let lang = store.lang.get();
        let mut out = String::new();
        store.unreadable.with(|items| {
            if !items.is_empty() {
                fallback.with(|f| unreadable_html(&mut out, lang, items, f.as_deref()));
            }
        });
        out
    };
    let download = move || {
        let items = store.unreadable.get_untracked();
        // Inserted one by one: `collect` would sort with std's stable
        // sort, kilobytes of WASM for this one call.
        let mut bundle = std::collections::BTreeMap::new();
        for u in items {
            bundle.insert(u.key, u.raw);
        }
        let text = crate::domain::codec::string_object(&bundle);
        if !download_text("winplan-unreadable-data.json", "application/json", &text) {
            fallback.set(Some(text));
        }
    };
    let unreadable = block("", unreadable, move |a| {
        if a.click("download") {
            download()
        }
    });
    wrap(r#"<div class="alerts"></div>"#, &[load, save, unreadable])
}
