//! The import / export screen's parts: the export choices, the import
//! inputs (file picker, drop zone, paste box), and what an import has come
//! to (its error, or its preview with the three modes and the replace
//! confirmation, and "undo").

use crate::domain::model::{set_listed, Plan};
use crate::domain::summary::plan_title;
use crate::domain::transfer::{self, ImportMode, Preview};
use crate::i18n::{import_error_text, Lang, T};
use crate::ui::controls::{handler, lang, memo, tr, ForIds};
use crate::ui::store::use_store;
use crate::ui::transfer::{export_plans, Import};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// "Export all", and the plans to tick for "export selected".
#[component]
pub(super) fn ExportChoices() -> impl IntoView {
    let store = use_store();
    // The ids ticked for "export selected".
    let chosen = RwSignal::new(Vec::<String>::new());
    let all = move || {
        let n = store.plans.with(Vec::len).to_string();
        store.lang.get().tf(T::ExportAll, &[&n])
    };
    let export_chosen = move |_| {
        let plans: Vec<Plan> = chosen.with_untracked(|ids| {
            store
                .plans
                .with_untracked(|ps| ps.iter().filter(|p| ids.contains(&p.id)).cloned().collect())
        });
        if !plans.is_empty() {
            export_plans(store, &plans);
        }
    };
    let ids = move || {
        store
            .plans
            .with(|ps| ps.iter().map(|p| p.id.clone()).collect::<Vec<_>>())
    };
    view! {
        <h2>{tr(T::ExportHeading)}</h2>
        <div class="actions">
            <button
                type="button"
                id="export-all"
                class="primary"
                disabled=move || store.plans.with(Vec::is_empty)
                on:click=handler(move |_| store.plans.with_untracked(|ps| export_plans(store, ps)))
            >
                {move || all()}
            </button>
        </div>
        <fieldset>
            <legend>{tr(T::SelectForExport)}</legend>
            <ul class="checks-list">
                <ForIds each=ids let:id>
                    <ExportCheck id chosen />
                </ForIds>
            </ul>
            <button
                type="button"
                id="export-chosen"
                disabled=move || chosen.with(Vec::is_empty)
                on:click=handler(export_chosen)
            >
                {tr(T::ExportSelected)}
            </button>
        </fieldset>
    }
}

/// One plan's "export this one" checkbox.
#[component]
fn ExportCheck(id: String, chosen: RwSignal<Vec<String>>) -> impl IntoView {
    let store = use_store();
    let lang = lang();
    // Text ("" untitled), like the other text memos (a memo type of its
    // own costs WASM).
    let title = {
        let id = id.clone();
        memo(move |_| {
            let title = |ps: &Vec<Plan>| ps.iter().find(|p| p.id == id).and_then(plan_title);
            store.plans.with(title).unwrap_or_default()
        })
    };
    let name = move || match title.get() {
        t if t.is_empty() => lang().t(T::UntitledPlan).into(),
        t => t,
    };
    let checked = {
        let id = id.clone();
        move || chosen.with(|c| c.contains(&id))
    };
    let choose = {
        let id = id.clone();
        move |ev| {
            let on = event_target_checked(&ev);
            chosen.update(|c| set_listed(c, &id, on));
        }
    };
    let control = format!("export-{id}");
    view! {
        <li class="field check">
            <input id=control.clone() type="checkbox" prop:checked=checked on:change=handler(choose) />
            <label for=control>{move || name()}</label>
        </li>
    }
}

/// The file picker with its drop zone, and the paste box: for an import
/// (one file) and for a workshop's class (several at once).
#[component]
pub(crate) fn ImportInputs(
    /// Called with the files picked or dropped.
    #[prop(into)]
    on_files: Callback<web_sys::FileList>,
    /// Called with the pasted text, to read.
    #[prop(into)]
    on_text: Callback<String>,
    /// The ids of the file input, the paste box and its button.
    ids: [&'static str; 3],
    /// The heading, the file input's label and the paste box's label.
    labels: [T; 3],
    /// Several files at once.
    #[prop(optional)]
    multiple: bool,
) -> impl IntoView {
    // What the paste box holds; the box itself is its only writer.
    let pasted = StoredValue::new(String::new());
    let pick = move |ev: leptos::ev::Event| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        if let Some(files) = input.and_then(|i| i.files()) {
            on_files.run(files);
        }
    };
    let drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(files) = ev.data_transfer().and_then(|d| d.files()) {
            on_files.run(files);
        }
    };
    let [file_id, text_id, read_id] = ids;
    view! {
        <h2>{tr(labels[0])}</h2>
        <div
            class="dropzone"
            on:dragover=handler(|ev: leptos::ev::DragEvent| ev.prevent_default())
            on:drop=handler(drop)
        >
            <label for=file_id>{tr(labels[1])}</label>
            <input type="file" id=file_id multiple=multiple accept=".json,application/json" on:change=handler(pick) />
            <p class="hint">{tr(T::DropHere)}</p>
        </div>
        <div class="field">
            <label for=text_id>{tr(labels[2])}</label>
            <textarea
                id=text_id
                rows="3"
                on:input=handler(move |ev| pasted.set_value(event_target_value(&ev)))
            ></textarea>
        </div>
        <button type="button" id=read_id on:click=handler(move |_| on_text.run(pasted.get_value()))>
            {tr(T::ReadPasted)}
        </button>
    }
}

/// The import's error, or its preview with the modes; and "undo".
#[component]
pub(super) fn ImportOutcome(
    import: Import,
    /// Applies the loaded file in a mode.
    #[prop(into)]
    apply: Callback<ImportMode>,
    /// Undoes the last import.
    #[prop(into)]
    undo: Callback<()>,
) -> impl IntoView {
    let store = use_store();
    let lang = lang();
    let error = move || {
        import.loaded.with(|l| match l {
            Some(Err(e)) => Some(import_error_text(lang(), e)),
            _ => import.failed.get().map(|t| lang().t(t).to_string()),
        })
    };
    // Built again for each new error, so it is announced again.
    let error = move || {
        error().map(|text| {
            view! {
                <div class="alert" role="alert" id="import-error">
                    <p>{text}</p>
                    <p>{tr(T::NothingChanged)}</p>
                </div>
            }
        })
    };
    let ready = move || import.loaded.with(|l| matches!(l, Some(Ok(_))));
    // A memo: the button stays (and keeps focus) while the tab's state changes.
    let can_undo = memo(move |_| store.tab.with(|t| t.undo.is_some()));
    view! {
        {move || error()}
        {move || {
            ready().then(|| view! {
                <div class="preview">
                    <PreviewLines import />
                </div>
                <div class="actions">
                    <button type="button" id="mode-add" on:click=handler(move |_| apply.run(ImportMode::AddAsCopies))>
                        {tr(T::ModeAdd)}
                    </button>
                    <button type="button" id="mode-merge" on:click=handler(move |_| apply.run(ImportMode::Merge))>
                        {tr(T::ModeMerge)}
                    </button>
                    <button
                        type="button"
                        id="mode-replace"
                        class="danger"
                        on:click=handler(move |_| import.confirm.set(true))
                    >
                        {tr(T::ModeReplace)}
                    </button>
                </div>
                {move || {
                    import.confirm.get().then(|| view! {
                        <ConfirmReplace import apply />
                    })
                }}
            })
        }}
        {move || {
            can_undo.get().then(|| view! {
                <button type="button" id="undo-import" on:click=handler(move |_| undo.run(()))>
                    {tr(T::UndoImport)}
                </button>
            })
        }}
    }
}

/// "All n plans here will be replaced by the file's m", and the answers.
#[component]
fn ConfirmReplace(import: Import, apply: Callback<ImportMode>) -> impl IntoView {
    let store = use_store();
    let lang = lang();
    let text = move || {
        let here = store.plans.with(Vec::len).to_string();
        let file = import.loaded.with(|l| match l {
            Some(Ok(f)) => f.plans.len(),
            _ => 0,
        });
        lang().tf(T::ConfirmReplace, &[&here, &file.to_string()])
    };
    view! {
        <div class="confirm" role="group">
            <p>{move || text()}</p>
            <button
                type="button"
                id="confirm-replace"
                class="danger"
                on:click=handler(move |_| apply.run(ImportMode::ReplaceAll))
            >
                {tr(T::ConfirmReplaceButton)}
            </button>
            <button type="button" id="cancel-replace" on:click=handler(move |_| import.confirm.set(false))>
                {tr(T::Cancel)}
            </button>
        </div>
    }
}

/// What the file holds, and what each mode would do with it.
#[component]
fn PreviewLines(import: Import) -> impl IntoView {
    let store = use_store();
    let preview = memo(move |_| {
        import.loaded.with(|l| match l {
            Some(Ok(file)) => {
                let kept = store.kept_plan_ids();
                store.plans.with(|ps| transfer::preview(ps, &kept, file))
            }
            _ => Preview::default(),
        })
    });
    let lang = lang();
    let line = move |f: fn(Lang, &Preview) -> String| move || preview.with(|p| f(lang(), p));
    view! {
        <h3>{tr(T::PreviewHeading)}</h3>
        <p id="import-count">{line(count_text)}</p>
        <p>{line(|l, p| l.tf(T::PreviewNew, &[&p.new_ids.len().to_string()]))}</p>
        <p class="warn" id="import-kept">{line(kept_text)}</p>
        {move || {
            preview.with(|p| !p.existing.is_empty()).then(|| view! {
                <p class="label">{tr(T::PreviewExisting)}</p>
                <ul>
                    {move || {
                        preview
                            .with(|p| existing_texts(lang(), p))
                            .into_iter()
                            .map(|t| view! { <li>{t}</li> })
                            .collect_view()
                    }}
                </ul>
            })
        }}
        <p id="import-merge">{line(merge_text)}</p>
        {move || {
            preview.with(|p| p.notes > 0).then(|| view! {
                <p class="muted">{line(|l, p| l.tf(T::PreviewNotes, &[&p.notes.to_string()]))}</p>
            })
        }}
    }
}

fn count_text(lang: Lang, p: &Preview) -> String {
    lang.tf(
        T::PreviewCount,
        &[&p.plans.to_string(), &p.accounts.join(", ")],
    )
}

/// The file's plans whose id is that of an entry kept aside (nothing when
/// there is none: the paragraph is then hidden).
fn kept_text(lang: Lang, p: &Preview) -> String {
    if p.kept_aside.is_empty() {
        return String::new();
    }
    lang.tf(T::PreviewKeptAside, &[&p.kept_aside.join(", ")])
}

fn merge_text(lang: Lang, p: &Preview) -> String {
    if p.overwritten_by_merge.is_empty() {
        lang.t(T::PreviewMergeNone).to_string()
    } else {
        lang.tf(T::PreviewMerge, &[&p.overwritten_by_merge.join(", ")])
    }
}

/// One line per plan of the file already here: same, or newer / older.
fn existing_texts(lang: Lang, p: &Preview) -> Vec<String> {
    p.existing
        .iter()
        .map(|e| {
            let name = if e.account.is_empty() {
                e.id.clone()
            } else {
                e.account.clone()
            };
            if e.differs {
                let age = lang.t(if e.file_is_newer { T::Newer } else { T::Older });
                lang.tf(T::PreviewDiffers, &[&name, age])
            } else {
                lang.tf(T::PreviewSame, &[&name])
            }
        })
        .collect()
}
