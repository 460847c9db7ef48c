//! The contacts editor: who the rep will meet or needs to reach.
//!
//! A keyed list over the contacts' ids: adding or removing a contact adds
//! or removes its row only, and every control of a row shows a memo over
//! its own field of that contact, so typing updates nothing but what reads
//! that field (the row's heading reads the name).

use crate::domain::model::{
    row_mut, BuyingRole, Contact, DecisionStyle, Plan, Relationship, Seniority,
};
use crate::i18n::{Lang, T};
use crate::ui::controls::{
    handler, lang, memo, plan_edit, plan_value, tr, CheckField, ForIds, SelectField, TextField,
};
use crate::ui::dom::focus_later;
use crate::ui::store::use_store;
use leptos::prelude::*;

fn contacts(p: &Plan) -> &Vec<Contact> {
    &p.contacts
}

fn contacts_mut(p: &mut Plan) -> &mut Vec<Contact> {
    &mut p.contacts
}

/// The text shown for a contact: its name, or "new contact" while it has
/// none (also the label of its attendee checkbox in step 2).
pub fn contact_label(lang: Lang, name: &str) -> String {
    match name.trim() {
        "" => lang.t(T::NewContact).to_string(),
        n => n.to_string(),
    }
}

/// One field of the contact `id`, as a memo (the default once it is gone).
fn field<V>(id: &str, get: fn(&Contact) -> V) -> Signal<V>
where
    V: Clone + Default + PartialEq + Send + Sync + 'static,
{
    let id = id.to_string();
    plan_value(move |p| p.contact(&id).map(get).unwrap_or_default())
}

/// An edit of one field of the contact `id`.
fn edit<V: 'static>(id: &str, set: fn(&mut Contact, V)) -> Callback<V> {
    let id = id.to_string();
    plan_edit(move |p, v| {
        if let Some(c) = row_mut(&mut p.contacts, &id) {
            set(c, v)
        }
    })
}

/// The list of contacts with add and remove.
#[component]
pub fn ContactsEditor() -> impl IntoView {
    let store = use_store();
    let ids = memo(move |_| store.row_ids(contacts));
    let add = move |_| {
        let new_id = store.add_row(contacts_mut);
        focus_later(format!("contact-{new_id}-name"));
    };
    view! {
        <fieldset>
            <legend>{tr(T::Contacts)}</legend>
            <p class="hint">{tr(T::ContactsHint)}</p>
            {move || {
                ids.with(Vec::is_empty).then(|| view! {
                    <p class="empty">{tr(T::NoContactsYet)}</p>
                })
            }}
            <ol class="items">
                <ForIds each=ids let:id>
                    <ContactRow id=id />
                </ForIds>
            </ol>
            <button type="button" id="add-contact" on:click=handler(add)>
                {tr(T::AddContact)}
            </button>
        </fieldset>
    }
}

/// One contact: its name as heading, its controls and its remove button.
#[component]
fn ContactRow(id: String) -> impl IntoView {
    let store = use_store();
    let lang = lang();
    let name = field(&id, |c| c.name.clone());
    let f = |name: &str| format!("contact-{id}-{name}");
    let remove = {
        let id = id.clone();
        move |_| {
            store.edit(|p| {
                p.contacts.retain(|c| c.id != id);
                p.visit.their_attendees.retain(|a| *a != id);
                for pain in &mut p.pains {
                    if pain.owner.as_deref() == Some(id.as_str()) {
                        pain.owner = None;
                    }
                }
            });
            // The removed row and its button are gone: keep keyboard focus in the list.
            focus_later("add-contact".to_string());
        }
    };
    view! {
        <li class="item">
            <h2 class="item-title" id=f("heading")>
                {move || name.with(|n| contact_label(lang(), n))}
            </h2>
            <div class="form">
                <div class="row">
                    <TextField
                        id=f("name")
                        label=T::ContactName
                        value=name
                        on_input=edit(&id, |c, v| c.name = v)
                    />
                    <TextField
                        id=f("title")
                        label=T::JobTitle
                        value=field(&id, |c| c.title.clone())
                        on_input=edit(&id, |c, v| c.title = v)
                    />
                </div>
                <div class="row">
                    <TextField
                        id=f("dept")
                        label=T::Department
                        value=field(&id, |c| c.department.clone())
                        on_input=edit(&id, |c, v| c.department = v)
                    />
                    <SelectField
                        id=f("role")
                        label=T::BuyingRole
                        options=&BuyingRole::ALL
                        value=field(&id, |c| c.role.as_str())
                        on_change=edit(&id, |c, v| c.role = v)
                    />
                </div>
                <div class="row">
                    <SelectField
                        id=f("seniority")
                        label=T::Seniority
                        options=&Seniority::ALL
                        value=field(&id, |c| c.seniority.as_str())
                        on_change=edit(&id, |c, v| c.seniority = v)
                    />
                    <SelectField
                        id=f("relationship")
                        label=T::RelationshipStrength
                        options=&Relationship::ALL
                        value=field(&id, |c| c.relationship.as_str())
                        on_change=edit(&id, |c, v| c.relationship = v)
                    />
                </div>
                <div class="row">
                    <SelectField
                        id=f("style")
                        label=T::DecisionStyle
                        hint=T::DecisionStyleHint
                        options=&DecisionStyle::ALL
                        value=field(&id, |c| c.decision_style.as_str())
                        on_change=edit(&id, |c, v| c.decision_style = v)
                    />
                    <CheckField
                        id=f("coach")
                        label=T::IsCoach
                        value=field(&id, |c| c.is_coach)
                        on_change=edit(&id, |c, v| c.is_coach = v)
                    />
                </div>
            </div>
            <button type="button" class="danger small" on:click=handler(remove)>
                {tr(T::RemoveContact)}
            </button>
        </li>
    }
}
