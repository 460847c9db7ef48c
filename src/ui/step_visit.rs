//! Step 2: visit preparation (拜访准备).

use super::fields::Form;
use super::info_list::InfoToObtain;
use super::objections::Objections;
use super::store::{tr, use_store};
use super::wizard::StepHeading;
use crate::domain::model::{Plan, Step};
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
            <TheirAttendees initial=v.their_attendees />
        </fieldset>
    }
    .into_any()
}

/// Checkboxes over the plan's contacts: who attends on the customer's side.
#[component]
fn TheirAttendees(initial: Vec<String>) -> impl IntoView {
    let store = use_store();
    let contacts = store
        .with_current_untracked(|p| p.contacts.clone())
        .unwrap_or_default();
    view! {
        <div class="field" role="group" aria-labelledby="their-attendees-label">
            <p id="their-attendees-label" class="label">{tr(T::TheirAttendees)}</p>
            {if contacts.is_empty() {
                view! { <p class="hint">{tr(T::TheirAttendeesNone)}</p> }.into_any()
            } else {
                contacts.into_iter().map(|c| {
                    let cid = c.id.clone();
                    let checked = initial.contains(&c.id);
                    let name = if c.name.trim().is_empty() { None } else { Some(c.name.clone()) };
                    let input_id = format!("attendee-{}", c.id);
                    view! {
                        <div class="check">
                            <input type="checkbox" id=input_id.clone() prop:checked=checked
                                on:change=move |ev| {
                                    let on = event_target_checked(&ev);
                                    let cid = cid.clone();
                                    store.edit(|p| {
                                        p.visit.their_attendees.retain(|a| *a != cid);
                                        if on { p.visit.their_attendees.push(cid) }
                                    })
                                } />
                            <label for=input_id>
                                {move || name.clone().unwrap_or_else(|| store.t(T::NewContact).to_string())}
                            </label>
                        </div>
                    }
                }).collect_view().into_any()
            }}
        </div>
    }
}
