//! The contacts editor: who the rep will meet or needs to reach.

use super::dom::focus_later;
use super::fields::Form;
use super::store::{tr, use_store};
use crate::domain::model::{
    row_mut, BuyingRole, Contact, DecisionStyle, Plan, Relationship, Seniority,
};
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

/// A setter of the contact `id` in the plan.
fn at<V: 'static>(
    id: &str,
    f: fn(&mut Contact, V),
) -> impl Fn(&mut Plan, V) + Send + Sync + 'static {
    let id = id.to_string();
    move |p, v| {
        if let Some(c) = row_mut(&mut p.contacts, &id) {
            f(c, v)
        }
    }
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
    let id = cid.get_value();
    let form = Form::default()
        .raw(r#"<div class="row">"#)
        .input(
            &f("name"),
            T::ContactName,
            None,
            false,
            &c.name,
            at(&id, |c, v| c.name = v),
        )
        .input(
            &f("title"),
            T::JobTitle,
            None,
            false,
            &c.title,
            at(&id, |c, v| c.title = v),
        )
        .raw(r#"</div><div class="row">"#)
        .input(
            &f("dept"),
            T::Department,
            None,
            false,
            &c.department,
            at(&id, |c, v| c.department = v),
        )
        .select(
            &f("role"),
            T::BuyingRole,
            None,
            &BuyingRole::ALL,
            c.role,
            at(&id, |c, v| c.role = v),
        )
        .raw(r#"</div><div class="row">"#)
        .select(
            &f("seniority"),
            T::Seniority,
            None,
            &Seniority::ALL,
            c.seniority,
            at(&id, |c, v| c.seniority = v),
        )
        .select(
            &f("relationship"),
            T::RelationshipStrength,
            None,
            &Relationship::ALL,
            c.relationship,
            at(&id, |c, v| c.relationship = v),
        )
        .raw(r#"</div><div class="row">"#)
        .select(
            &f("style"),
            T::DecisionStyle,
            Some(T::DecisionStyleHint),
            &DecisionStyle::ALL,
            c.decision_style,
            at(&id, |c, v| c.decision_style = v),
        )
        .check(
            &f("coach"),
            T::IsCoach,
            c.is_coach,
            at(&id, |c, v| c.is_coach = v),
        )
        .raw("</div>");
    view! {
        <li class="item">
            <h2 class="item-title">{heading}</h2>
            {form.view("form")}
            <button type="button" class="danger small" on:click=remove>
                {tr(T::RemoveContact)}
            </button>
        </li>
    }
    .into_any()
}
