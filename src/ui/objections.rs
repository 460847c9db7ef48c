//! Expected objections with prepared answers.

use super::dom::focus_later;
use super::fields::TextField;
use super::store::{tr, use_store};
use crate::domain::codec::fresh_id;
use crate::domain::model::Objection;
use crate::i18n::T;
use leptos::prelude::*;

/// The objections editor.
#[component]
pub fn Objections() -> impl IntoView {
    let store = use_store();
    let ids = Memo::new(move |_| {
        store
            .with_current(|p| {
                p.visit
                    .objections
                    .iter()
                    .map(|o| o.id.clone())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let add = move |_| {
        let mut new_id = String::new();
        store.edit(|p| {
            let existing: Vec<&str> = p.visit.objections.iter().map(|o| o.id.as_str()).collect();
            new_id = fresh_id("o", &existing);
            p.visit.objections.push(Objection {
                id: new_id.clone(),
                ..Objection::default()
            });
        });
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

fn edit_objection(id: StoredValue<String>, f: impl FnOnce(&mut Objection)) {
    let store = use_store();
    id.with_value(|id| {
        store.edit(|p| {
            if let Some(o) = p.visit.objections.iter_mut().find(|o| o.id == *id) {
                f(o)
            }
        })
    });
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
