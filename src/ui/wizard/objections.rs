//! Expected objections with prepared answers.
//!
//! A keyed list over the objections' ids: adding or removing one adds or
//! removes its row only, and each control shows a memo over its own field
//! of that objection, so typing rebuilds nothing.

use crate::domain::model::{row_mut, Objection, Plan};
use crate::i18n::T;
use crate::ui::controls::{handler, memo, plan_edit, plan_value, tr, ForIds, TextField};
use crate::ui::dom::focus_later;
use crate::ui::store::use_store;
use leptos::prelude::*;

fn objections(p: &Plan) -> &Vec<Objection> {
    &p.visit.objections
}

fn objections_mut(p: &mut Plan) -> &mut Vec<Objection> {
    &mut p.visit.objections
}

/// One text of the objection `id`, as a memo (empty once it is gone).
fn field(id: &str, get: fn(&Objection) -> &String) -> Signal<String> {
    let id = id.to_string();
    plan_value(move |p| {
        p.visit
            .objections
            .iter()
            .find(|o| o.id == id)
            .map(|o| get(o).clone())
            .unwrap_or_default()
    })
}

/// An edit of one text of the objection `id`.
fn edit(id: &str, set: fn(&mut Objection, String)) -> Callback<String> {
    let id = id.to_string();
    plan_edit(move |p, v| {
        if let Some(o) = row_mut(&mut p.visit.objections, &id) {
            set(o, v)
        }
    })
}

/// The objections editor.
#[component]
pub fn ObjectionsEditor() -> impl IntoView {
    let store = use_store();
    let ids = memo(move |_| store.row_ids(objections));
    let add = move |_| {
        let new_id = store.add_row(objections_mut);
        focus_later(format!("objection-{new_id}-text"));
    };
    view! {
        <fieldset>
            <legend>{tr(T::Objections)}</legend>
            <ol class="items">
                <ForIds each=ids let:id>
                    <ObjectionRow id=id />
                </ForIds>
            </ol>
            <button type="button" id="add-objection" on:click=handler(add)>
                {tr(T::AddObjection)}
            </button>
        </fieldset>
    }
}

/// One objection: what the customer may say, our answer, and remove.
#[component]
fn ObjectionRow(id: String) -> impl IntoView {
    let store = use_store();
    let remove = {
        let id = id.clone();
        move |_| {
            store.edit(|p| p.visit.objections.retain(|o| o.id != id));
            // The removed row and its button are gone: keep keyboard focus in the list.
            focus_later("add-objection".to_string());
        }
    };
    view! {
        <li class="item">
            <div class="form">
                <TextField
                    id=format!("objection-{id}-text")
                    label=T::ObjectionText
                    value=field(&id, |o| &o.objection)
                    on_input=edit(&id, |o, v| o.objection = v)
                />
                <TextField
                    id=format!("objection-{id}-answer")
                    label=T::ObjectionAnswer
                    multiline=true
                    value=field(&id, |o| &o.answer)
                    on_input=edit(&id, |o, v| o.answer = v)
                />
            </div>
            <button type="button" class="danger small" on:click=handler(remove)>
                {tr(T::RemoveObjection)}
            </button>
        </li>
    }
}
