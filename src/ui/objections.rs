//! Expected objections with prepared answers.

use super::dom::focus_later;
use super::fields::Form;
use super::store::{tr, use_store};
use crate::domain::model::{row_mut, Objection, Plan};
use crate::i18n::T;
use leptos::prelude::*;

/// The objections editor.
#[component]
pub fn Objections() -> impl IntoView {
    let store = use_store();
    let ids = Memo::new(move |_| store.row_ids(objections));
    let add = move |_| {
        let new_id = store.add_row(objections_mut);
        focus_later(format!("objection-{new_id}-text"));
    };
    view! {
        <fieldset>
            <legend>{tr(T::Objections)}</legend>
            <ol class="items">
                {move || ids.get().into_iter().map(|id| view! { <ObjectionRow id=id /> }).collect_view()}
            </ol>
            <button type="button" id="add-objection" on:click=add>{tr(T::AddObjection)}</button>
        </fieldset>
    }
}

fn objections(p: &Plan) -> &Vec<Objection> {
    &p.visit.objections
}

fn objections_mut(p: &mut Plan) -> &mut Vec<Objection> {
    &mut p.visit.objections
}

/// A setter of the objection `id` in the plan.
fn at(
    id: &str,
    f: fn(&mut Objection, String),
) -> impl Fn(&mut Plan, String) + Send + Sync + 'static {
    let id = id.to_string();
    move |p, v| {
        if let Some(o) = row_mut(&mut p.visit.objections, &id) {
            f(o, v)
        }
    }
}

#[component]
fn ObjectionRow(id: String) -> impl IntoView {
    let store = use_store();
    let Some(o) = store
        .with_current_untracked(|p| p.visit.objections.iter().find(|o| o.id == id).cloned())
        .flatten()
    else {
        return ().into_any();
    };
    let oid = StoredValue::new(id.clone());
    let remove = move |_| {
        let rid = oid.get_value();
        store.edit(|p| p.visit.objections.retain(|o| o.id != rid));
        // The removed row and its button are gone: keep keyboard focus in the list.
        focus_later("add-objection".to_string());
    };
    let form = Form::default()
        .input(
            &format!("objection-{id}-text"),
            T::ObjectionText,
            None,
            false,
            &o.objection,
            at(&id, |o, v| o.objection = v),
        )
        .input(
            &format!("objection-{id}-answer"),
            T::ObjectionAnswer,
            None,
            true,
            &o.answer,
            at(&id, |o, v| o.answer = v),
        );
    view! {
        <li class="item">
            {form.view("form")}
            <button type="button" class="danger small" on:click=remove>
                {tr(T::RemoveObjection)}
            </button>
        </li>
    }
    .into_any()
}
