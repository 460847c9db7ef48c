//! The contacts editor: who the rep will meet or needs to reach.
//!
//! One block of HTML text (escaped) with one delegated listener. It is
//! rebuilt only when the language or the list of contacts changes (adding,
//! removing), never while the user types: it renders every value from the
//! open plan (untracked), where each keystroke is stored right away. The
//! one live part, a contact's heading (its name), is updated in place.

use crate::domain::model::{
    row_mut, BuyingRole, Contact, DecisionStyle, Plan, Relationship, Seniority,
};
use crate::html::{button, check_field, control, el, escape, field_open, hint, option, text_field};
use crate::i18n::{Label, Lang, T};
use crate::ui::block::{block, Act, Node};
use crate::ui::dom::focus_later;
use crate::ui::store::use_store;
use leptos::prelude::*;

fn contacts(p: &Plan) -> &Vec<Contact> {
    &p.contacts
}

fn contacts_mut(p: &mut Plan) -> &mut Vec<Contact> {
    &mut p.contacts
}

/// The heading of a contact: its name, or "new contact" while it has none.
fn heading_text(lang: Lang, name: &str) -> &str {
    match name.trim() {
        "" => lang.t(T::NewContact),
        n => n,
    }
}

/// One contact's controls, each named by `data-act` (the field) and
/// `data-id` (the contact, escaped as `cid`).
struct Row<'a> {
    out: &'a mut String,
    lang: Lang,
    cid: String,
}

impl Row<'_> {
    fn id(&self, f: &str) -> String {
        format!("contact-{}-{f}", self.cid)
    }

    fn attrs(&self, f: &str) -> String {
        format!(r#"data-act="{f}" data-id="{}""#, self.cid)
    }

    fn text(&mut self, f: &str, label: T, value: &str) {
        let attrs = format!(r#"type="text" autocomplete="off" {}"#, self.attrs(f));
        text_field(self.out, &self.id(f), self.lang.t(label), value, &attrs);
    }

    /// A select over `options` (their index as the value), with an
    /// optional hint.
    fn select(&mut self, f: &str, label: T, hint_key: Option<T>, options: &[T], chosen: usize) {
        let id = self.id(f);
        let lang = self.lang;
        field_open(self.out, &id, lang.t(label));
        let mut attrs = self.attrs(f);
        if hint_key.is_some() {
            attrs.push_str(&format!(r#" aria-describedby="{id}-hint""#));
        }
        control(self.out, "select", &id, &attrs);
        for (i, o) in options.iter().enumerate() {
            option(self.out, &i.to_string(), lang.t(*o), i == chosen);
        }
        self.out.push_str("</select>");
        if let Some(h) = hint_key {
            hint(self.out, &id, lang.t(h));
        }
        self.out.push_str("</div>");
    }
}

/// The labels of an enum's values, and the position of `value` among them.
fn choices<E: Label + Copy + PartialEq>(all: &[E], value: E) -> (Vec<T>, usize) {
    let labels = all.iter().map(|e| e.label()).collect();
    (labels, all.iter().position(|e| *e == value).unwrap_or(0))
}

fn contact_html(out: &mut String, lang: Lang, c: &Contact) {
    let mut cid = String::new();
    escape(&mut cid, &c.id);
    el(
        out,
        &format!(r#"<li class="item"><h2 class="item-title" id="contact-{cid}-heading">"#),
        heading_text(lang, &c.name),
        r#"</h2><div class="form"><div class="row">"#,
    );
    let mut row = Row { out, lang, cid };
    row.text("name", T::ContactName, &c.name);
    row.text("title", T::JobTitle, &c.title);
    row.out.push_str(r#"</div><div class="row">"#);
    row.text("dept", T::Department, &c.department);
    let (o, i) = choices(&BuyingRole::ALL, c.role);
    row.select("role", T::BuyingRole, None, &o, i);
    row.out.push_str(r#"</div><div class="row">"#);
    let (o, i) = choices(&Seniority::ALL, c.seniority);
    row.select("seniority", T::Seniority, None, &o, i);
    let (o, i) = choices(&Relationship::ALL, c.relationship);
    row.select("relationship", T::RelationshipStrength, None, &o, i);
    row.out.push_str(r#"</div><div class="row">"#);
    let (o, i) = choices(&DecisionStyle::ALL, c.decision_style);
    row.select("style", T::DecisionStyle, Some(T::DecisionStyleHint), &o, i);
    let (id, attrs) = (row.id("coach"), row.attrs("coach"));
    check_field(row.out, "div", &id, lang.t(T::IsCoach), c.is_coach, &attrs);
    row.out.push_str("</div></div>");
    let attrs = format!(r#"class="danger small" {}"#, row.attrs("remove"));
    button(out, &attrs, lang.t(T::RemoveContact));
    out.push_str("</li>");
}

fn contacts_html(lang: Lang, list: &[Contact]) -> String {
    let mut out = String::new();
    el(
        &mut out,
        "<fieldset><legend>",
        lang.t(T::Contacts),
        "</legend>",
    );
    el(
        &mut out,
        r#"<p class="hint">"#,
        lang.t(T::ContactsHint),
        "</p>",
    );
    if list.is_empty() {
        el(
            &mut out,
            r#"<p class="empty">"#,
            lang.t(T::NoContactsYet),
            "</p>",
        );
    }
    out.push_str(r#"<ol class="items">"#);
    for c in list {
        contact_html(&mut out, lang, c);
    }
    out.push_str("</ol>");
    button(
        &mut out,
        r#"id="add-contact" data-act="add""#,
        lang.t(T::AddContact),
    );
    out.push_str("</fieldset>");
    out
}

/// Writes an edited control's value into its contact.
fn edit(c: &mut Contact, a: &Act) {
    let pick = |n: usize| a.el.value().parse().unwrap_or(0).min(n - 1);
    match a.name.as_str() {
        "name" => c.name = a.el.value(),
        "title" => c.title = a.el.value(),
        "dept" => c.department = a.el.value(),
        "role" => c.role = BuyingRole::ALL[pick(BuyingRole::ALL.len())],
        "seniority" => c.seniority = Seniority::ALL[pick(Seniority::ALL.len())],
        "relationship" => c.relationship = Relationship::ALL[pick(Relationship::ALL.len())],
        "style" => c.decision_style = DecisionStyle::ALL[pick(DecisionStyle::ALL.len())],
        "coach" => c.is_coach = a.el.checked(),
        _ => {}
    }
}

/// The list of contacts with add and remove.
pub fn contacts_editor() -> Node {
    let store = use_store();
    let ids = Memo::new(move |_| store.row_ids(contacts));
    let html = move || {
        let lang = store.lang.get();
        // Rebuilt when a row is added or removed (reading computes the memo).
        ids.with(|_| ());
        store
            .with_current_untracked(|p| contacts_html(lang, &p.contacts))
            .unwrap_or_default()
    };
    block("", html, move |a| {
        let id = a.el.data("id");
        match (a.kind.as_str(), a.name.as_str()) {
            ("click", "add") => {
                let new_id = store.add_row(contacts_mut);
                focus_later(format!("contact-{new_id}-name"));
            }
            ("click", "remove") => {
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
            ("input", _) => {
                store.edit(|p| {
                    if let Some(c) = row_mut(&mut p.contacts, &id) {
                        edit(c, a)
                    }
                });
                if a.name == "name" {
                    let heading = document().get_element_by_id(&format!("contact-{id}-heading"));
                    if let Some(h) = heading {
                        h.set_text_content(Some(heading_text(
                            store.lang.get_untracked(),
                            &a.el.value(),
                        )));
                    }
                }
            }
            _ => {}
        }
    })
}
