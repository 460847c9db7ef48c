//! Expected objections with prepared answers.
//!
//! One block of HTML text (escaped) with one delegated listener, rebuilt
//! only when the language or the list of objections changes, never while
//! the user types: it renders the values from the open plan (untracked),
//! where each keystroke is stored right away.

use crate::domain::model::{row_mut, Objection, Plan};
use crate::html::{button, el, escape, text_area, text_field};
use crate::i18n::{Lang, T};
use crate::ui::block::{block, Node};
use crate::ui::dom::focus_later;
use crate::ui::store::use_store;
use leptos::prelude::*;

fn objections(p: &Plan) -> &Vec<Objection> {
    &p.visit.objections
}

fn objections_mut(p: &mut Plan) -> &mut Vec<Objection> {
    &mut p.visit.objections
}

fn objections_html(lang: Lang, list: &[Objection]) -> String {
    let mut out = String::new();
    el(
        &mut out,
        "<fieldset><legend>",
        lang.t(T::Objections),
        r#"</legend><ol class="items">"#,
    );
    for o in list {
        let mut oid = String::new();
        escape(&mut oid, &o.id);
        let attrs = |f: &str| format!(r#"data-act="{f}" data-id="{oid}""#);
        out.push_str(r#"<li class="item"><div class="form">"#);
        text_field(
            &mut out,
            &format!("objection-{oid}-text"),
            lang.t(T::ObjectionText),
            &o.objection,
            &format!(r#"type="text" autocomplete="off" {}"#, attrs("text")),
        );
        text_area(
            &mut out,
            &format!("objection-{oid}-answer"),
            lang.t(T::ObjectionAnswer),
            None,
            &o.answer,
            &attrs("answer"),
        );
        out.push_str("</div>");
        button(
            &mut out,
            &format!(r#"class="danger small" {}"#, attrs("remove")),
            lang.t(T::RemoveObjection),
        );
        out.push_str("</li>");
    }
    out.push_str("</ol>");
    button(
        &mut out,
        r#"id="add-objection" data-act="add""#,
        lang.t(T::AddObjection),
    );
    out.push_str("</fieldset>");
    out
}

/// The objections editor.
pub fn objections_editor() -> Node {
    let store = use_store();
    let ids = Memo::new(move |_| store.row_ids(objections));
    let html = move || {
        let lang = store.lang.get();
        // Rebuilt when a row is added or removed (reading computes the memo).
        ids.with(|_| ());
        store
            .with_current_untracked(|p| objections_html(lang, &p.visit.objections))
            .unwrap_or_default()
    };
    block("", html, move |a| {
        let id = a.el.data("id");
        match (a.kind.as_str(), a.name.as_str()) {
            ("click", "add") => {
                let new_id = store.add_row(objections_mut);
                focus_later(format!("objection-{new_id}-text"));
            }
            ("click", "remove") => {
                store.edit(|p| p.visit.objections.retain(|o| o.id != id));
                // The removed row and its button are gone: keep keyboard focus in the list.
                focus_later("add-objection".to_string());
            }
            ("input", f) => store.edit(|p| {
                if let Some(o) = row_mut(&mut p.visit.objections, &id) {
                    match f {
                        "text" => o.objection = a.el.value(),
                        "answer" => o.answer = a.el.value(),
                        _ => {}
                    }
                }
            }),
            _ => {}
        }
    })
}
