//! The import / export screen: export all or some plans as one JSON file;
//! import one by file picker, drag and drop or pasted text, with a preview
//! and three modes (add as copies, merge, replace all), and one-click undo.
//! The core reads, previews and combines; this screen only moves text.

use super::dom::download_text;
use super::store::{new_plan_id, now_rfc3339, today, tr, use_store, TRANSFER_HEADING_ID};
use crate::domain::model::Plan;
use crate::domain::summary::plan_title;
use crate::domain::transfer::{self, ImportError, ImportFile, ImportMode, MAX_IMPORT_BYTES};
use crate::html::{write_lines, Line};
use crate::i18n::{import_error_text, Lang, T};
use leptos::prelude::*;
use wasm_bindgen::{closure::Closure, JsCast};

/// Downloads `plans` as one export file.
pub fn export_plans(plans: &[Plan]) {
    let text = transfer::export_json(plans, &now_rfc3339());
    download_text(
        &transfer::export_file_name(plans, today()),
        "application/json",
        &text,
    );
}

type Loaded = RwSignal<Option<Result<ImportFile, ImportError>>>;

/// Reads a picked or dropped file as text (refusing oversized ones before
/// reading) and hands the result to the core.
fn read_file(file: web_sys::File, loaded: Loaded, failed: RwSignal<bool>) {
    let bytes = file.size() as usize;
    if bytes > MAX_IMPORT_BYTES {
        loaded.set(Some(Err(ImportError::TooLarge {
            bytes,
            max: MAX_IMPORT_BYTES,
        })));
        return;
    }
    let Ok(reader) = web_sys::FileReader::new() else {
        failed.set(true);
        return;
    };
    let r = reader.clone();
    let onload = Closure::once_into_js(move || match r.result().ok().and_then(|v| v.as_string()) {
        Some(text) => loaded.set(Some(transfer::parse_import(&text))),
        None => failed.set(true),
    });
    reader.set_onload(Some(onload.unchecked_ref()));
    if reader.read_as_text(&file).is_err() {
        failed.set(true);
    }
}

fn preview_html(lang: Lang, plans: &[Plan], file: &ImportFile) -> String {
    let p = transfer::preview(plans, file);
    let mut lines = vec![
        Line::Heading(lang.t(T::PreviewHeading).to_string()),
        Line::Text(
            "",
            "import-count",
            lang.tf(
                T::PreviewCount,
                &[&p.plans.to_string(), &p.accounts.join(", ")],
            ),
        ),
        Line::Text(
            "",
            "",
            lang.tf(T::PreviewNew, &[&p.new_ids.len().to_string()]),
        ),
    ];
    if !p.existing.is_empty() {
        lines.push(Line::Text(
            "label",
            "",
            lang.t(T::PreviewExisting).to_string(),
        ));
        let items = p.existing.iter().map(|e| {
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
        });
        lines.push(Line::List(items.collect()));
    }
    lines.push(Line::Text(
        "",
        "import-merge",
        if p.overwritten_by_merge.is_empty() {
            lang.t(T::PreviewMergeNone).to_string()
        } else {
            lang.tf(T::PreviewMerge, &[&p.overwritten_by_merge.join(", ")])
        },
    ));
    if p.notes > 0 {
        lines.push(Line::Text(
            "muted",
            "",
            lang.tf(T::PreviewNotes, &[&p.notes.to_string()]),
        ));
    }
    let mut out = String::new();
    write_lines(&mut out, &lines);
    out
}

/// The screen.
#[component]
pub fn TransferScreen() -> impl IntoView {
    let store = use_store();
    let loaded: Loaded = RwSignal::new(None);
    let failed = RwSignal::new(false);
    let confirm = RwSignal::new(false);
    let done = RwSignal::new(None::<T>);
    let pasted = RwSignal::new(String::new());
    let chosen = RwSignal::new(Vec::<String>::new());
    let count = move || store.plans.with(Vec::len).to_string();
    let apply = move |mode: ImportMode| {
        let next = loaded.with_untracked(|l| match l {
            Some(Ok(file)) => store
                .plans
                .with_untracked(|ps| Some(transfer::apply(ps, file, mode, &mut new_plan_id))),
            _ => None,
        });
        if let Some(next) = next {
            if store.import(next).is_ok() {
                loaded.set(None);
                confirm.set(false);
                done.set(Some(T::Imported));
            }
        }
    };
    let on_pick = move |ev: leptos::ev::Event| {
        let input: Option<web_sys::HtmlInputElement> = ev.target().and_then(|t| t.dyn_into().ok());
        if let Some(file) = input.and_then(|i| i.files()).and_then(|f| f.get(0)) {
            failed.set(false);
            read_file(file, loaded, failed);
        }
    };
    let on_drop = move |ev: leptos::ev::DragEvent| {
        ev.prevent_default();
        if let Some(file) = ev
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        {
            failed.set(false);
            read_file(file, loaded, failed);
        }
    };
    let status = move || {
        let lang = store.lang.get();
        done.get().map(|t| match t {
            T::Imported => lang.tf(t, &[&count()]),
            _ => lang.t(t).to_string(),
        })
    };
    let error = move || {
        let lang = store.lang.get();
        let text = loaded.with(|l| match l {
            Some(Err(e)) => Some(import_error_text(lang, e)),
            _ => failed.get().then(|| lang.t(T::ReadFailed).to_string()),
        })?;
        Some(view! {
            <div class="alert" role="alert" id="import-error"><p>{text}</p><p>{lang.t(T::NothingChanged)}</p></div>
        })
    };
    let preview = move || {
        let lang = store.lang.get();
        let html = loaded.with(|l| match l {
            Some(Ok(file)) => Some((
                store.plans.with(|ps| preview_html(lang, ps, file)),
                file.plans.len(),
            )),
            _ => None,
        });
        html.map(|(html, n)| view! {
            <div class="preview" inner_html=html></div>
            <div class="actions">
                <button type="button" on:click=move |_| apply(ImportMode::AddAsCopies)>{lang.t(T::ModeAdd)}</button>
                <button type="button" on:click=move |_| apply(ImportMode::Merge)>{lang.t(T::ModeMerge)}</button>
                <button type="button" class="danger" on:click=move |_| confirm.set(true)>{lang.t(T::ModeReplace)}</button>
            </div>
            {move || confirm.get().then(|| view! {
                <div class="confirm" role="group">
                    <p>{lang.tf(T::ConfirmReplace, &[&count(), &n.to_string()])}</p>
                    <button type="button" class="danger" on:click=move |_| apply(ImportMode::ReplaceAll)>
                        {lang.t(T::ConfirmReplaceButton)}</button>
                    <button type="button" on:click=move |_| confirm.set(false)>{lang.t(T::Cancel)}</button>
                </div>
            })}
        })
    };
    let undo = move |_| {
        if store.undo_import().is_ok() {
            done.set(Some(T::ImportUndone));
        }
    };
    let export_chosen = move |_| {
        let ids = chosen.get_untracked();
        let plans: Vec<Plan> = store
            .plans
            .with_untracked(|ps| ps.iter().filter(|p| ids.contains(&p.id)).cloned().collect());
        if !plans.is_empty() {
            export_plans(&plans);
        }
    };
    let choices = move || {
        let lang = store.lang.get();
        store.plans.with(|ps| {
            ps.iter().map(|p| {
            let id = p.id.clone();
            let dom = format!("export-{id}");
            let title = plan_title(p).unwrap_or_else(|| lang.t(T::UntitledPlan).to_string());
            view! {
                <li class="field check">
                    <input type="checkbox" id=dom.clone() on:change=move |ev| {
                        let on = event_target_checked(&ev);
                        chosen.update(|c| { c.retain(|x| *x != id); if on { c.push(id.clone()) } });
                    } />
                    <label for=dom>{title}</label>
                </li>
            }
        }).collect_view()
        })
    };
    view! {
        <section class="transfer" aria-labelledby=TRANSFER_HEADING_ID>
            <h1 id=TRANSFER_HEADING_ID tabindex="-1">{tr(T::Transfer)}</h1>
            <p class="intro">{tr(T::TransferIntro)}</p>
            <h2>{tr(T::ExportHeading)}</h2>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| store.plans.with_untracked(|ps| export_plans(ps))>
                    {move || store.lang.get().tf(T::ExportAll, &[&count()])}
                </button>
            </div>
            <fieldset>
                <legend>{tr(T::SelectForExport)}</legend>
                <ul class="checks-list">{choices}</ul>
                <button type="button" on:click=export_chosen>{tr(T::ExportSelected)}</button>
            </fieldset>
            <h2>{tr(T::ImportHeading)}</h2>
            <div class="dropzone" on:dragover=move |ev: leptos::ev::DragEvent| ev.prevent_default() on:drop=on_drop>
                <label for="import-file">{tr(T::ImportFileLabel)}</label>
                <input type="file" id="import-file" accept=".json,application/json" on:change=on_pick />
                <p class="hint">{tr(T::DropHere)}</p>
            </div>
            <div class="field">
                <label for="import-text">{tr(T::PasteLabel)}</label>
                <textarea id="import-text" rows="4" on:input=move |ev| pasted.set(event_target_value(&ev))></textarea>
            </div>
            <button type="button" on:click=move |_| {
                failed.set(false);
                loaded.set(Some(pasted.with_untracked(|t| transfer::parse_import(t))));
            }>{tr(T::ReadPasted)}</button>
            {error}
            {preview}
            <p role="status" id="import-status">{status}</p>
            {move || store.undo.with(Option::is_some).then(|| view! {
                <button type="button" id="undo-import" on:click=undo>{tr(T::UndoImport)}</button>
            })}
        </section>
    }
}
