//! The import / export screen: export all or some plans as one JSON file;
//! import one by file picker, drag and drop or pasted text, with a preview
//! and three modes (add as copies, merge, replace all), and one-click undo.
//! The core reads, previews and combines; this screen only moves text.

pub mod compress;
pub mod parts;
pub mod share;

use crate::domain::model::Plan;
use crate::domain::transfer::{self, ImportError, ImportFile, ImportMode, MAX_IMPORT_BYTES};
use crate::i18n::T;
use crate::storage::StorageError;
use crate::ui::controls::{derived, Heading};
use crate::ui::dom::download_text;
use crate::ui::store::{new_plan_id, now_rfc3339, today, use_store, Store, TRANSFER_HEADING_ID};
pub(crate) use crate::ui::transfer::parts::ImportInputs;
use crate::ui::transfer::parts::{ExportChoices, ImportOutcome};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// Downloads `plans` as one export file, and says so (the
/// [`crate::ui::alerts`] status line names the file).
pub fn export_plans(store: Store, plans: &[Plan]) {
    let (by, team) = (store.rep_name.get_untracked(), store.team.get_untracked());
    let text = transfer::export_json(plans, &now_rfc3339(), [&by, &team]);
    let name = transfer::export_file_name(plans, &by, today());
    if download_text(&name, "application/json", &text) {
        let n = plans.len();
        // All the plans: a backup, and the reminder waits 30 days again.
        let all = store.plans.with_untracked(|ps| ps.len() == n);
        store.tab.update(|t| {
            t.exported = Some((n, name));
            if all {
                t.last_export = Some(today());
                t.backup_due = false;
            }
        });
        if all {
            store.save_prefs();
        }
    }
}

/// What to say when an import could not be stored.
pub fn import_failed(e: &StorageError) -> T {
    match e {
        StorageError::QuotaExceeded => T::ImportFull,
        _ => T::ImportNotStored,
    }
}

type Loaded = RwSignal<Option<Result<ImportFile, ImportError>>>;

/// Reads a picked or dropped file as text (refusing oversized ones before
/// reading) and hands the result to the core.
fn read_file(file: web_sys::File, loaded: Loaded, failed: RwSignal<Option<T>>) {
    let bytes = file.size() as usize;
    if bytes > MAX_IMPORT_BYTES {
        loaded.set(Some(Err(ImportError::TooLarge {
            bytes,
            max: MAX_IMPORT_BYTES,
        })));
        return;
    }
    let Ok(reader) = web_sys::FileReader::new() else {
        failed.set(Some(T::ReadFailed));
        return;
    };
    let r = reader.clone();
    let onload = Closure::once_into_js(move || match r.result().ok().and_then(|v| v.as_string()) {
        Some(text) => loaded.set(Some(transfer::parse_import(&text))),
        None => failed.set(Some(T::ReadFailed)),
    });
    reader.set_onload(Some(onload.unchecked_ref()));
    if reader.read_as_text(&file).is_err() {
        failed.set(Some(T::ReadFailed));
    }
}

/// What the screen knows of the import under way.
#[derive(Clone, Copy)]
pub struct Import {
    /// The file read (or why it could not be).
    loaded: Loaded,
    /// What went wrong besides the file's content: the browser could not
    /// read it, or the import or its undo could not be stored (nothing
    /// changed).
    failed: RwSignal<Option<T>>,
    /// "Replace all" waits for its confirmation.
    confirm: RwSignal<bool>,
    /// What the last import (or undo) did, for the status line.
    done: RwSignal<Option<T>>,
}

/// The screen.
#[component]
pub fn TransferScreen() -> impl IntoView {
    let store = use_store();
    let import = Import {
        loaded: RwSignal::new(None),
        failed: RwSignal::new(None),
        confirm: RwSignal::new(false),
        done: RwSignal::new(None),
    };
    let apply = move |mode: ImportMode| {
        let kept = untrack(|| store.kept_plan_ids());
        let next = import.loaded.with_untracked(|l| match l {
            Some(Ok(file)) => store.plans.with_untracked(|ps| {
                Some(transfer::apply(ps, &kept, file, mode, &mut new_plan_id))
            }),
            _ => None,
        });
        if let Some(next) = next {
            match store.import(next) {
                Ok(()) => {
                    import.loaded.set(None);
                    import.confirm.set(false);
                    import.failed.set(None);
                    import.done.set(Some(T::Imported));
                }
                Err(e) => {
                    import.done.set(None);
                    import.failed.set(Some(import_failed(&e)));
                }
            }
        }
    };
    let undo = move |()| match store.undo_import() {
        Ok(()) => {
            import.failed.set(None);
            import.done.set(Some(T::ImportUndone))
        }
        Err(_) => import.failed.set(Some(T::UndoNotStored)),
    };
    let on_file = move |file: web_sys::File| {
        import.failed.set(None);
        read_file(file, import.loaded, import.failed);
    };
    let on_text = move |text: String| {
        import.failed.set(None);
        import.loaded.set(Some(transfer::parse_import(&text)));
    };
    let status = move || {
        let lang = store.lang.get();
        import.done.get().map(|t| match t {
            T::Imported => lang.tf(t, &[&store.plans.with(Vec::len).to_string()]),
            _ => lang.t(t).to_string(),
        })
    };
    let title = derived(move || store.t(T::Transfer).to_string());
    view! {
        <section class="transfer" aria-labelledby=TRANSFER_HEADING_ID>
            <Heading id=TRANSFER_HEADING_ID title intro=T::TransferIntro />
            <ExportChoices />
            <ImportInputs
                on_files=Callback::new(move |files: web_sys::FileList| {
                    if let Some(file) = files.get(0) {
                        on_file(file)
                    }
                })
                on_text
                ids=["import-file", "import-text", "read-pasted"]
                labels=[T::ImportHeading, T::ImportFileLabel, T::PasteLabel]
            />
            <ImportOutcome import apply undo />
            <p role="status" id="import-status">
                {move || status()}
            </p>
        </section>
    }
}
