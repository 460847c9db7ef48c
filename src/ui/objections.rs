//! Expected objections with prepared answers.

use super::dom::focus_later;
use super::fields::TextField;
use super::store::{tr, use_store};
use crate::domain::model::{Objection, Plan};
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

fn edit_objection(id: StoredValue<String>, f: impl FnOnce(&mut Objection)) {
    use_store().edit_row(objections_mut, id, f);
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
    view! {
        <li class="item">
            <TextField id=format!("objection-{id}-text") label=T::ObjectionText initial=o.objection
                on_change=move |v| edit_objection(oid, |o| o.objection = v) />
            <TextField id=format!("objection-{id}-answer") label=T::ObjectionAnswer multiline=true
                initial=o.answer on_change=move |v| edit_objection(oid, |o| o.answer = v) />
            <button type="button" class="danger small" on:click=remove>
                {tr(T::RemoveObjection)}
            </button>
        </li>
    }
    .into_any()
}
