//! The import / export screen: export all or some plans as one JSON file;
//! import one by file picker, drag and drop or pasted text, with a preview
//! and three modes (add as copies, merge, replace all), and one-click undo.
//! The core reads, previews and combines; this screen only moves text.

use super::block::{block, heading, live, wrap, Node};
use super::dom::download_text;
use super::store::{new_plan_id, now_rfc3339, today, use_store, TRANSFER_HEADING_ID};
use crate::domain::model::Plan;
use crate::domain::summary::plan_title;
use crate::domain::transfer::{self, ImportError, ImportFile, ImportMode, MAX_IMPORT_BYTES};
use crate::html::{button, check_field, el, escape, text_area, write_lines, Line};
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

fn export_html(lang: Lang, plans: &[Plan], chosen: &[String]) -> String {
    let mut out = String::new();
    el(&mut out, "<h2>", lang.t(T::ExportHeading), "</h2>");
    out.push_str(r#"<div class="actions">"#);
    let all = lang.tf(T::ExportAll, &[&plans.len().to_string()]);
    button(
        &mut out,
        r#"id="export-all" class="primary" data-act="all""#,
        &all,
    );
    el(
        &mut out,
        r#"</div><fieldset><legend>"#,
        lang.t(T::SelectForExport),
        r#"</legend><ul class="checks-list">"#,
    );
    for p in plans {
        let title = plan_title(p).unwrap_or_else(|| lang.t(T::UntitledPlan).to_string());
        let mut attrs = String::from(r#"data-act="choose" data-id=""#);
        escape(&mut attrs, &p.id);
        attrs.push('"');
        let mut id = String::from("export-");
        escape(&mut id, &p.id);
        check_field(&mut out, "li", &id, &title, chosen.contains(&p.id), &attrs);
    }
    out.push_str("</ul>");
    button(
        &mut out,
        r#"id="export-chosen" data-act="chosen""#,
        lang.t(T::ExportSelected),
    );
    out.push_str("</fieldset>");
    out
}

fn import_html(lang: Lang, pasted: &str) -> String {
    let mut out = String::new();
    el(&mut out, "<h2>", lang.t(T::ImportHeading), "</h2>");
    el(
        &mut out,
        r#"<div class="dropzone" data-act="drop"><label for="import-file">"#,
        lang.t(T::ImportFileLabel),
        "</label>",
    );
    out.push_str(
        r#"<input type="file" id="import-file" accept=".json,application/json" data-act="pick">"#,
    );
    el(
        &mut out,
        r#"<p class="hint">"#,
        lang.t(T::DropHere),
        "</p></div>",
    );
    text_area(
        &mut out,
        "import-text",
        lang.t(T::PasteLabel),
        None,
        pasted,
        r#"data-act="paste""#,
    );
    button(
        &mut out,
        r#"id="read-pasted" data-act="read""#,
        lang.t(T::ReadPasted),
    );
    out
}

/// What the import has come to: its error, or its preview with the modes.
struct Outcome<'a> {
    loaded: &'a Option<Result<ImportFile, ImportError>>,
    failed: bool,
    confirm: bool,
    undo: bool,
}

fn outcome_html(lang: Lang, plans: &[Plan], o: &Outcome) -> String {
    let mut out = String::new();
    let error = match o.loaded {
        Some(Err(e)) => Some(import_error_text(lang, e)),
        _ => o.failed.then(|| lang.t(T::ReadFailed).to_string()),
    };
    if let Some(text) = error {
        el(
            &mut out,
            r#"<div class="alert" role="alert" id="import-error"><p>"#,
            &text,
            "</p>",
        );
        el(&mut out, "<p>", lang.t(T::NothingChanged), "</p></div>");
    }
    if let Some(Ok(file)) = o.loaded {
        out.push_str(r#"<div class="preview">"#);
        out.push_str(&preview_html(lang, plans, file));
        out.push_str(r#"</div><div class="actions">"#);
        button(
            &mut out,
            r#"id="mode-add" data-act="add""#,
            lang.t(T::ModeAdd),
        );
        button(
            &mut out,
            r#"id="mode-merge" data-act="merge""#,
            lang.t(T::ModeMerge),
        );
        button(
            &mut out,
            r#"id="mode-replace" class="danger" data-act="replace""#,
            lang.t(T::ModeReplace),
        );
        out.push_str("</div>");
        if o.confirm {
            let n = [plans.len().to_string(), file.plans.len().to_string()];
            el(
                &mut out,
                r#"<div class="confirm" role="group"><p>"#,
                &lang.tf(T::ConfirmReplace, &[&n[0], &n[1]]),
                "</p>",
            );
            button(
                &mut out,
                r#"id="confirm-replace" class="danger" data-act="replace-all""#,
                lang.t(T::ConfirmReplaceButton),
            );
            button(
                &mut out,
                r#"id="cancel-replace" data-act="cancel""#,
                lang.t(T::Cancel),
            );
            out.push_str("</div>");
        }
    }
    if o.undo {
        button(
            &mut out,
            r#"id="undo-import" data-act="undo""#,
            lang.t(T::UndoImport),
        );
    }
    out
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
