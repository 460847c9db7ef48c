//! Step 2: visit preparation (拜访准备).

use super::fields::{Form, Target};
use super::info_list::InfoToObtain;
use super::objections::Objections;
use super::store::{tr, use_store};
use super::wizard::StepHeading;
use crate::domain::model::{Plan, Step};
use crate::html::{control, el, escape};
use crate::i18n::T;
use leptos::prelude::*;

/// Appointment, purpose, commitment objective, information, questions,
/// objections and attendees.
#[component]
pub fn VisitStep() -> impl IntoView {
    let store = use_store();
    let Some(p) = store.with_current_untracked(Plan::clone) else {
        return ().into_any();
    };
    let v = p.visit;
    let prep = Form::default()
        .text(
            "<fieldset><legend>",
            T::Appointment,
            r#"</legend><div class="row">"#,
        )
        .date("visit-date", T::VisitDate, v.visit_date, |p, d| {
            p.visit.visit_date = d
        })
        .check(
            "visit-confirmed",
            T::AppointmentConfirmed,
            v.appointment_confirmed,
            |p, b| p.visit.appointment_confirmed = b,
        )
        .raw("</div>")
        .input(
            "visit-purpose",
            T::StatedPurpose,
            Some(T::StatedPurposeHint),
            true,
            &v.purpose,
            |p, s| p.visit.purpose = s,
        )
        .raw("</fieldset>")
        .text("<fieldset><legend>", T::CommitmentObjective, "</legend>")
        .text(r#"<p class="hint">"#, T::CommitmentHint, "</p>")
        .input(
            "visit-commit-best",
            T::CommitmentBest,
            None,
            false,
            &v.commitment_best,
            |p, s| p.visit.commitment_best = s,
        )
        .input(
            "visit-commit-min",
            T::CommitmentMin,
            None,
            false,
            &v.commitment_min,
            |p, s| p.visit.commitment_min = s,
        )
        .raw("</fieldset>");
    let info = Form::default()
        .lines(
            "visit-info-obtain",
            T::InfoToObtainOwn,
            None,
            &v.info_to_obtain,
            |p, l| p.visit.info_to_obtain = l,
        )
        .input(
            "visit-info-give",
            T::InfoToGive,
            Some(T::InfoToGiveHint),
            true,
            &v.info_to_give,
            |p, s| p.visit.info_to_give = s,
        )
        .lines(
            "visit-questions",
            T::QuestionsToAsk,
            None,
            &v.questions,
            |p, l| p.visit.questions = l,
        );
    let ours = Form::default().lines(
        "visit-ours",
        T::OurAttendees,
        None,
        &v.our_attendees,
        |p, l| p.visit.our_attendees = l,
    );
    view! {
        <StepHeading step=Step::VisitPrep intro=T::VisitIntro />
        {prep.view("form")}
        <fieldset>
            <legend>{tr(T::Information)}</legend>
            <InfoToObtain />
            {info.view("form")}
        </fieldset>
        <Objections />
        <fieldset>
            <legend>{tr(T::Attendees)}</legend>
            {ours.view("form")}
            <TheirAttendees />
        </fieldset>
    }
    .into_any()
}

/// Checkboxes over the plan's contacts: who attends on the customer's side
/// (HTML text rebuilt only on a language switch, one delegated listener).
#[component]
fn TheirAttendees() -> impl IntoView {
    let store = use_store();
    let html = move || {
        let lang = store.lang.get();
        let mut out = String::new();
        el(
            &mut out,
            r#"<p id="their-attendees-label" class="label">"#,
            lang.t(T::TheirAttendees),
            "</p>",
        );
        store.with_current_untracked(|p| {
            if p.contacts.is_empty() {
                el(
                    &mut out,
                    r#"<p class="hint">"#,
                    lang.t(T::TheirAttendeesNone),
                    "</p>",
                );
            }
            for c in &p.contacts {
                let mut id = String::new();
                escape(&mut id, &c.id);
                let name = match c.name.trim() {
                    "" => lang.t(T::NewContact),
                    _ => &c.name,
                };
                out.push_str(r#"<div class="check">"#);
                let on = if p.visit.their_attendees.contains(&c.id) {
                    " checked"
                } else {
                    ""
                };
                control(
                    &mut out,
                    "input",
                    &format!("attendee-{id}"),
                    &format!(r#"type="checkbox" data-c="{id}"{on}"#),
                );
                el(
                    &mut out,
                    &format!(r#"<label for="attendee-{id}">"#),
                    name,
                    "</label></div>",
                );
            }
        });
        out
    };
    let on_input = move |ev: web_sys::Event| {
        let Some(t) = Target::of(&ev, "c") else {
            return;
        };
        let (cid, on) = (t.data("c"), t.checked());
        store.edit(|p| {
            p.visit.their_attendees.retain(|a| *a != cid);
            if on {
                p.visit.their_attendees.push(cid)
            }
        })
    };
    view! {
        <div class="field" role="group" aria-labelledby="their-attendees-label" on:input=on_input inner_html=html></div>
    }
}
