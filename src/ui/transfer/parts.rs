//! The import / export screen's markup (HTML text, escaped): the export
//! choices, the import inputs, and what an import has come to (its error,
//! or its preview with the three modes and the replace confirmation).

use crate::domain::model::Plan;
use crate::domain::summary::plan_title;
use crate::domain::transfer::{self, ImportError, ImportFile};
use crate::html::{button, check_field, el, escape, text_area, write_lines, Line};
use crate::i18n::{import_error_text, Lang, T};

/// What the file holds, and what each mode would do with it.
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

/// "Export all", and the plans to tick for "export selected".
pub(super) fn export_html(lang: Lang, plans: &[Plan], chosen: &[String]) -> String {
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

/// The file picker with its drop zone, and the paste box holding `pasted`.
pub(super) fn import_html(lang: Lang, pasted: &str) -> String {
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
pub(super) struct Outcome<'a> {
    pub(super) loaded: &'a Option<Result<ImportFile, ImportError>>,
    pub(super) failed: bool,
    pub(super) confirm: bool,
    pub(super) undo: bool,
}

/// The import's error, or its preview with the modes; and "undo".
pub(super) fn outcome_html(lang: Lang, plans: &[Plan], o: &Outcome) -> String {
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
