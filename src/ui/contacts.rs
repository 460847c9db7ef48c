//! The contacts editor: who the rep will meet or needs to reach.

use super::dom::focus_later;
use super::fields::{CheckField, EnumSelect, TextField};
use super::store::{tr, use_store};
use crate::domain::model::{BuyingRole, Contact, DecisionStyle, Plan, Relationship, Seniority};
use crate::i18n::T;
use leptos::prelude::*;

/// The list of contacts with add and remove.
#[component]
pub fn Contacts() -> impl IntoView {
    let store = use_store();
    let ids = Memo::new(move |_| store.row_ids(contacts));
    let add = move |_| {
        let new_id = store.add_row(contacts_mut);
        focus_later(format!("contact-{new_id}-name"));
    };
    view! {
        <fieldset>
            <legend>{tr(T::Contacts)}</legend>
            <p class="hint">{tr(T::ContactsHint)}</p>
            {move || ids.with(|i| i.is_empty()).then(|| view! { <p class="empty">{tr(T::NoContactsYet)}</p> })}
            <ol class="items">
                {move || ids.get().into_iter().map(|id| view! { <ContactRow id=id /> }).collect_view()}
            </ol>
            <button type="button" id="add-contact" on:click=add>{tr(T::AddContact)}</button>
        </fieldset>
    }
}

fn contacts(p: &Plan) -> &Vec<Contact> {
    &p.contacts
}

fn contacts_mut(p: &mut Plan) -> &mut Vec<Contact> {
    &mut p.contacts
}

/// Edits one contact, found by its id (a Copy handle for event closures).
fn edit_contact(id: StoredValue<String>, f: impl FnOnce(&mut Contact)) {
    use_store().edit_row(contacts_mut, id, f);
}

#[component]
fn ContactRow(id: String) -> impl IntoView {
    let store = use_store();
    let Some(c) = store
        .with_current_untracked(|p| p.contact(&id).cloned())
        .flatten()
    else {
        return ().into_any();
    };
    let cid = StoredValue::new(id);
    let f = move |name: &str| format!("contact-{}-{name}", cid.get_value());
    let heading = move || {
        let name = store
            .with_current(|p| p.contact(&c.id).map(|c| c.name.trim().to_string()))
            .flatten()
            .unwrap_or_default();
        if name.is_empty() {
            store.t(T::NewContact).to_string()
        } else {
            name
        }
    };
    let remove = move |_| {
        let rid = cid.get_value();
        store.edit(|p| {
            p.contacts.retain(|c| c.id != rid);
            p.visit.their_attendees.retain(|a| *a != rid);
            for pain in &mut p.pains {
                if pain.owner.as_deref() == Some(rid.as_str()) {
                    pain.owner = None;
                }
            }
        });
        // The removed row and its button are gone: keep keyboard focus in the list.
        focus_later("add-contact".to_string());
    };
    view! {
        <li class="item">
            <h2 class="item-title">{heading}</h2>
            <div class="row">
                <TextField id=f("name") label=T::ContactName initial=c.name.clone()
                    on_change=move |v| edit_contact(cid, |c| c.name = v) />
                <TextField id=f("title") label=T::JobTitle initial=c.title.clone()
                    on_change=move |v| edit_contact(cid, |c| c.title = v) />
            </div>
            <div class="row">
                <TextField id=f("dept") label=T::Department initial=c.department.clone()
                    on_change=move |v| edit_contact(cid, |c| c.department = v) />
                <EnumSelect id=f("role") label=T::BuyingRole options=&BuyingRole::ALL initial=c.role
                    on_change=move |v| edit_contact(cid, |c| c.role = v) />
            </div>
            <div class="row">
                <EnumSelect id=f("seniority") label=T::Seniority options=&Seniority::ALL initial=c.seniority
                    on_change=move |v| edit_contact(cid, |c| c.seniority = v) />
                <EnumSelect id=f("relationship") label=T::RelationshipStrength options=&Relationship::ALL
                    initial=c.relationship on_change=move |v| edit_contact(cid, |c| c.relationship = v) />
            </div>
            <div class="row">
                <EnumSelect id=f("style") label=T::DecisionStyle hint=T::DecisionStyleHint
                    options=&DecisionStyle::ALL initial=c.decision_style
                    on_change=move |v| edit_contact(cid, |c| c.decision_style = v) />
                <CheckField id=f("coach") label=T::IsCoach initial=c.is_coach
                    on_change=move |v| edit_contact(cid, |c| c.is_coach = v) />
            </div>
            <button type="button" class="danger small" on:click=remove>
                {tr(T::RemoveContact)}
            </button>
        </li>
    }
    .into_any()
}
