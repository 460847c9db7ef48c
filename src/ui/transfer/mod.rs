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
use crate::ui::block::{block, heading, live, wrap, Node};
use crate::ui::dom::download_text;
use crate::ui::store::{new_plan_id, now_rfc3339, today, use_store, TRANSFER_HEADING_ID};
use crate::ui::transfer::parts::{export_html, import_html, outcome_html, Outcome};
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

/// The screen.
pub fn transfer_screen() -> Node {
    let store = use_store();
    let loaded: Loaded = RwSignal::new(None);
    let failed = RwSignal::new(false);
    let confirm = RwSignal::new(false);
    let done = RwSignal::new(None::<T>);
    let pasted = StoredValue::new(String::new());
    let chosen = StoredValue::new(Vec::<String>::new());
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
    let read = move |file: web_sys::File| {
        failed.set(false);
        read_file(file, loaded, failed);
    };
    let export = block(
        "",
        move || {
            let lang = store.lang.get();
            store
                .plans
                .with(|ps| chosen.with_value(|c| export_html(lang, ps, c)))
        },
        move |a| {
            if a.click("all") {
                store.plans.with_untracked(|ps| export_plans(ps));
            } else if a.edit("choose") {
                let (id, on) = (a.el.data("id"), a.el.checked());
                chosen.update_value(|c| {
                    c.retain(|x| *x != id);
                    if on {
                        c.push(id)
                    }
                });
            } else if a.click("chosen") {
                let ids = chosen.get_value();
                let plans: Vec<Plan> = store.plans.with_untracked(|ps| {
                    ps.iter().filter(|p| ids.contains(&p.id)).cloned().collect()
                });
                if !plans.is_empty() {
                    export_plans(&plans);
                }
            }
        },
    );
    let import = block(
        "",
        move || {
            let lang = store.lang.get();
            pasted.with_value(|t| import_html(lang, t))
        },
        move |a| {
            if a.edit("paste") {
                pasted.set_value(a.el.value());
            } else if a.click("read") {
                failed.set(false);
                loaded.set(Some(pasted.with_value(|t| transfer::parse_import(t))));
            } else if a.name == "drop" && a.kind == "dragover" {
                a.ev.prevent_default();
            } else if a.name == "drop" && a.kind == "drop" {
                a.ev.prevent_default();
                let dropped =
                    a.ev.dyn_ref::<web_sys::DragEvent>()
                        .and_then(|d| d.data_transfer());
                if let Some(file) = dropped.and_then(|d| d.files()).and_then(|f| f.get(0)) {
                    read(file);
                }
            } else if a.kind == "change" && a.name == "pick" {
                if let Some(file) = a.el.files().and_then(|f| f.get(0)) {
                    read(file);
                }
            }
        },
    );
    let outcome = block(
        "",
        move || {
            let lang = store.lang.get();
            loaded.with(|l| {
                let o = Outcome {
                    loaded: l,
                    failed: failed.get(),
                    confirm: confirm.get(),
                    undo: store.undo.with(Option::is_some),
                };
                store.plans.with(|ps| outcome_html(lang, ps, &o))
            })
        },
        move |a| match (a.kind.as_str(), a.name.as_str()) {
            ("click", "add") => apply(ImportMode::AddAsCopies),
            ("click", "merge") => apply(ImportMode::Merge),
            ("click", "replace") => confirm.set(true),
            ("click", "replace-all") => apply(ImportMode::ReplaceAll),
            ("click", "cancel") => confirm.set(false),
            ("click", "undo") if store.undo_import().is_ok() => done.set(Some(T::ImportUndone)),
            _ => {}
        },
    );
    let status = move || {
        let lang = store.lang.get();
        done.get().map(|t| match t {
            T::Imported => lang.tf(t, &[&store.plans.with(Vec::len).to_string()]),
            _ => lang.t(t).to_string(),
        })
    };
    wrap(
        &format!(r#"<section class="transfer" aria-labelledby="{TRANSFER_HEADING_ID}"></section>"#),
        &[
            heading(
                TRANSFER_HEADING_ID,
                |l| l.t(T::Transfer).to_string(),
                T::TransferIntro,
            ),
            export,
            import,
            outcome,
            live(r#"<p role="status" id="import-status"></p>"#, move || {
                status().unwrap_or_default()
            }),
        ],
    )
}
