//! Storage problems, announced with `role="alert"`: storage unavailable,
//! changes that could not be saved (which plans, a retry and their export),
//! another tab's delete of the open plan or of everything (with the offer
//! to keep this tab's copy), and stored entries that could not be read
//! (with their download, or the text to copy when the browser refuses it);
//! and, as status lines, the export's confirmation, a new version ready,
//! and the backup reminder.
//! Each alert is its own element, so a new one does not re-insert (and so
//! re-announce) the ones already standing.

use crate::domain::codec::DecodeError;
use crate::domain::summary::plan_title;
use crate::i18n::T;
use crate::storage::StorageError;
use crate::ui::controls::{derived, handler, lang, memo, tr};
use crate::ui::dom::download_text;
use crate::ui::store::{use_store, SaveState, Store, TabState};
use crate::ui::transfer::export_plans;
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
    fn load(t: &TabState) -> Option<&StorageError> {
        t.load_error.as_ref()
    }
    fn save(t: &TabState) -> Option<&StorageError> {
        match &t.save {
            SaveState::Failed(e) => Some(e),
            _ => None,
        }
    }
    // A memo: the alert (and its state) stays while entries change.
    let any_unreadable = memo(move |_| store.tab.with(|t| !t.unreadable.is_empty()));
    view! {
        <div class="alerts">
            <StorageAlert error=load unsaved=false />
            <StorageAlert error=save unsaved=true />
            <DeletedElsewhere />
            <ClearedElsewhere />
            {move || any_unreadable.get().then(|| view! { <UnreadableAlert /> })}
            <BackupReminder />
        </div>
        <Exported />
        <UpdateReady />
    }
}

/// "Exported 2 plans as winplan-….json", after an export, until dismissed.
#[component]
fn Exported() -> impl IntoView {
    let store = use_store();
    let lang = lang();
    // A memo: the line is redrawn (and announced) only when it changes,
    // not on every change of the tab's state. Text, "" for none.
    let text = memo(move |_| {
        let e = store.tab.with(|t| t.exported.clone());
        e.map(|(n, file)| lang().tf(T::Exported, &[&n.to_string(), &file]))
            .unwrap_or_default()
    });
    let dismiss = Callback::new(move |()| store.tab.update(|t| t.exported = None));
    view! { <Note ids=["export-status", "export-status-ok"] text button=T::Dismiss on_click=dismiss /> }
}

/// "A new version is ready" with its reload (issue 14): the service worker
/// (index.html) installed a newer build beside this one. Reloading loses
/// nothing: every keystroke is stored already.
#[component]
fn UpdateReady() -> impl IntoView {
    let store = use_store();
    // Said once the app has started, and whenever another version arrives.
    let _ = window_event_listener_untyped("winplan-update", move |_| {
        store.tab.update(|t| t.update_ready = true)
    });
    let lang = lang();
    let text = memo(move |_| match store.tab.with(|t| t.update_ready) {
        true => lang().t(T::UpdateReady).to_string(),
        false => String::new(),
    });
    // The page's service-worker script reloads on this button's click
    // (`#update-status-ok`): it holds the new version to hand over to.
    let reload = Callback::new(|()| ());
    view! { <Note ids=["update-status", "update-status-ok"] text button=T::UpdateReload on_click=reload /> }
}

/// A status line with a note and its one button while `text` is not
/// empty; `ids`: the line's and the button's.
#[component]
fn Note(
    ids: [&'static str; 2],
    text: Memo<String>,
    button: T,
    on_click: Callback<()>,
) -> impl IntoView {
    view! {
        <div role="status" class="status-line" id=ids[0]>
            {move || {
                let t = text.get();
                (!t.is_empty()).then(|| view! {
                    <div class="note">
                        <p>{t}</p>
                        <button type="button" class="small" id=ids[1] on:click=handler(move |_| on_click.run(()))>
                            {tr(button)}
                        </button>
                    </div>
                })
            }}
        </div>
    }
}

/// Storage unavailable, full, or refusing a write (nothing when `None`).
/// With `unsaved`, the plans not stored yet: the alert then stays while any
/// plan is unsaved, since every later write that succeeds retries them
/// first.
#[component]
fn StorageAlert(
    /// The error, read from the tab's state (a function rather than a
    /// signal of its own type: WASM size).
    error: fn(&TabState) -> Option<&StorageError>,
    unsaved: bool,
) -> impl IntoView {
    let store = use_store();
    let lang = lang();
    let text = move || {
        store
            .tab
            .with(|t| error(t).map(|e| lang().t(storage_error_text(e))))
    };
    // A memo: the alert is inserted (and announced) once, not again on
    // every change of the tab's state.
    let shown = memo(move |_| store.tab.with(|t| error(t).is_some()));
    view! {
        {move || {
            shown.get().then(|| view! {
                <div class="alert" role="alert">
                    <p>{move || text()}</p>
                    {unsaved.then(|| view! { <UnsavedPlans /> })}
                </div>
            })
        }}
    }
}

/// The plans not stored yet, a retry, and their export.
#[component]
fn UnsavedPlans() -> impl IntoView {
    let store = use_store();
    let lang = lang();
    let unsaved = move || {
        store.tab.with(|TabState { ledger: l, .. }| {
            store.plans.with(|ps| {
                ps.iter()
                    .filter(|p| !l.is_saved(&p.id))
                    .cloned()
                    .collect::<Vec<_>>()
            })
        })
    };
    let names = move || {
        let untitled = lang().t(T::UntitledPlan);
        let names: Vec<String> = unsaved()
            .iter()
            .map(|p| plan_title(p).unwrap_or_else(|| untitled.to_string()))
            .collect();
        lang().tf(T::UnsavedPlans, &[&names.join("、")])
    };
    let retry = move |_| {
        let result = store.retry_unsaved();
        store.record(result);
    };
    let export = move |_| export_plans(store, &unsaved());
    // The way out that loses nothing while storage stays full: a backup.
    let export_all = move |_| store.plans.with_untracked(|ps| export_plans(store, ps));
    let all = move || {
        let n = store.plans.with(Vec::len).to_string();
        lang().tf(T::ExportAll, &[&n])
    };
    let shown = memo(move |_| store.tab.with(|t| !t.ledger.unsaved().is_empty()));
    view! {
        {move || {
            shown.get().then(|| view! {
                <div class="no-print">
                    <p id="unsaved-plans">{move || names()}</p>
                    <div class="actions">
                        <button type="button" id="retry-save" class="primary" on:click=handler(retry)>
                            {tr(T::RetrySave)}
                        </button>
                        <button type="button" id="export-unsaved" on:click=handler(export)>
                            {tr(T::ExportUnsaved)}
                        </button>
                        <button type="button" id="offer-export" on:click=handler(export_all)>
                            {move || all()}
                        </button>
                    </div>
                </div>
            })
        }}
    }
}

/// The open plan was deleted in another tab: this tab's copy can be kept
/// as a new plan.
#[component]
fn DeletedElsewhere() -> impl IntoView {
    let store = use_store();
    let lang = lang();
    let text = derived(move || {
        let title = store
            .tab
            .with(|t| t.orphan.as_ref().and_then(plan_title))
            .unwrap_or_else(|| lang().t(T::UntitledPlan).to_string());
        lang().tf(T::DeletedElsewhere, &[&title])
    });
    view! {
        <ChoiceAlert
            shown=|t| t.orphan.is_some()
            text=text
            keep=("keep-orphan", T::KeepAsNewPlan)
            on_keep=Store::keep_orphan
            other=("drop-orphan", T::LetItGo)
            on_other=|s: &Store| s.tab.update(|t| t.orphan = None)
        />
    }
}

/// Another tab removed all of the app's data: keep what this tab holds?
#[component]
fn ClearedElsewhere() -> impl IntoView {
    let store = use_store();
    let lang = lang();
    let text = derived(move || {
        let n = store.plans.with(Vec::len).to_string();
        lang().tf(T::ClearedElsewhere, &[&n])
    });
    view! {
        <ChoiceAlert
            shown=|t| t.cleared
            text=text
            keep=("keep-all", T::KeepThem)
            on_keep=Store::keep_all
            other=("let-all-go", T::LetThemGo)
            on_other=Store::let_all_go
        />
    }
}

/// "Export a backup" (issue 14): at start, with plans whose last export
/// of all of them is over 30 days old, or never was; "Not now" puts it off
/// until the next start. A status, not an alert: nothing is wrong yet.
#[component]
fn BackupReminder() -> impl IntoView {
    let store = use_store();
    let text = derived(move || store.t(T::BackupDue).to_string());
    view! {
        <ChoiceAlert
            role="status"
            shown=|t| t.backup_due
            text=text
            keep=("backup-export", T::BackupExport)
            on_keep=|s: &Store| s.plans.with_untracked(|ps| export_plans(*s, ps))
            other=("backup-later", T::NotNow)
            on_other=|s: &Store| s.tab.update(|t| t.backup_due = false)
        />
    }
}

/// An alert (or, with `role="status"`, a note) with a text and two
/// buttons, each an element id and its label, while `shown` says so of the
/// tab's state.
#[component]
fn ChoiceAlert(
    /// "alert" or "status": the element's role, and its class (the red
    /// `.alert` or the calm `.status`).
    #[prop(default = "alert")]
    role: &'static str,
    shown: fn(&TabState) -> bool,
    text: Signal<String>,
    keep: (&'static str, T),
    on_keep: fn(&Store),
    other: (&'static str, T),
    on_other: fn(&Store),
) -> impl IntoView {
    let store = use_store();
    // A memo: the alert is inserted (and announced) once, not again on
    // every change of the tab's state.
    let shown = memo(move |_| store.tab.with(shown));
    let alert = move || {
        shown.get().then(|| view! {
            <div class=role role=role>
                <p>{text}</p>
                <div class="actions">
                    <button type="button" id=keep.0 class="primary" on:click=handler(move |_| on_keep(&store))>
                        {tr(keep.1)}
                    </button>
                    <button type="button" id=other.0 on:click=handler(move |_| on_other(&store))>
                        {tr(other.1)}
                    </button>
                </div>
            </div>
        })
    };
    view! { {move || alert()} }
}

/// Stored entries that could not be read: which, why, and their download.
#[component]
fn UnreadableAlert() -> impl IntoView {
    let store = use_store();
    let lang = lang();
    // Shown when the browser refuses the download: the text to copy by hand.
    let fallback = RwSignal::new(None::<String>);
    let count = move || {
        let n = store.tab.with(|t| t.unreadable.len()).to_string();
        lang().tf(T::UnreadableData, &[&n])
    };
    let newer = move || {
        store.tab.with(
            |TabState {
                 unreadable: items, ..
             }| {
                items
                    .iter()
                    .any(|u| matches!(u.error, DecodeError::NewerVersion { .. }))
            },
        )
    };
    let details = move || {
        store.tab.with(
            |TabState {
                 unreadable: items, ..
             }| {
                items
                    .iter()
                    .map(|u| format!("{}: {}", u.key, u.error))
                    .collect::<Vec<_>>()
                    .join("; ")
            },
        )
    };
    let download = move |_| {
        let items = store.tab.with_untracked(|t| t.unreadable.clone());
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
            <p>{move || count()}</p>
            {move || {
                newer().then(|| view! {
                    <p>{tr(T::UnreadableNewer)}</p>
                })
            }}
            <p class="hint">{move || details()}</p>
            <button type="button" id="download-unreadable" on:click=handler(download)>
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
