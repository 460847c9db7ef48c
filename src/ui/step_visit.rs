//! Step 2: visit preparation (拜访准备).

use super::fields::{CheckField, DateField, LinesField, TextField};
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
    view! {
        <StepHeading step=Step::VisitPrep intro=T::VisitIntro />
        <fieldset>
            <legend>{tr(T::Appointment)}</legend>
            <div class="row">
                <DateField id="visit-date" label=T::VisitDate initial=v.visit_date
                    on_change=move |d| store.edit(|p| p.visit.visit_date = d) />
                <CheckField id="visit-confirmed" label=T::AppointmentConfirmed initial=v.appointment_confirmed
                    on_change=move |b| store.edit(|p| p.visit.appointment_confirmed = b) />
            </div>
            <TextField id="visit-purpose" label=T::StatedPurpose hint=T::StatedPurposeHint multiline=true
                initial=v.purpose on_change=move |s| store.edit(|p| p.visit.purpose = s) />
        </fieldset>
        <fieldset>
            <legend>{tr(T::CommitmentObjective)}</legend>
            <p class="hint">{tr(T::CommitmentHint)}</p>
            <TextField id="visit-commit-best" label=T::CommitmentBest initial=v.commitment_best
                on_change=move |s| store.edit(|p| p.visit.commitment_best = s) />
            <TextField id="visit-commit-min" label=T::CommitmentMin initial=v.commitment_min
                on_change=move |s| store.edit(|p| p.visit.commitment_min = s) />
        </fieldset>
        <fieldset>
            <legend>{tr(T::Information)}</legend>
            <InfoToObtain />
            <LinesField id="visit-info-obtain" label=T::InfoToObtainOwn initial=v.info_to_obtain
                on_change=move |l| store.edit(|p| p.visit.info_to_obtain = l) />
            <TextField id="visit-info-give" label=T::InfoToGive hint=T::InfoToGiveHint multiline=true
                initial=v.info_to_give on_change=move |s| store.edit(|p| p.visit.info_to_give = s) />
            <LinesField id="visit-questions" label=T::QuestionsToAsk initial=v.questions
                on_change=move |l| store.edit(|p| p.visit.questions = l) />
        </fieldset>
        <Objections />
        <fieldset>
            <legend>{tr(T::Attendees)}</legend>
            <LinesField id="visit-ours" label=T::OurAttendees initial=v.our_attendees
                on_change=move |l| store.edit(|p| p.visit.our_attendees = l) />
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
