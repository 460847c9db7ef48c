//! Step 2: visit preparation (拜访准备): the appointment, the commitment
//! objective, the information to obtain and give, the questions, the
//! expected objections and who attends.
//!
//! Every control shows a memo over its own field of the visit; the lists
//! typed one entry per line are stored as lines and shown joined again,
//! which gives back exactly the text typed, so the caret never moves.

use crate::domain::model::{lines_from_text, set_listed, text_from_lines, Plan, Step};
use crate::i18n::T;
use crate::ui::controls::{
    handler, lang, memo, plan_date, plan_date_edit, plan_edit, plan_value, tr, CheckField,
    DateField, ForIds, TextField,
};
use crate::ui::store::use_store;
use crate::ui::wizard::contacts::contact_label;
use crate::ui::wizard::info_list::AutoInfoList;
use crate::ui::wizard::objections::ObjectionsEditor;
use crate::ui::wizard::StepHeading;
use leptos::prelude::*;

/// A list of the visit typed one entry per line, as the text shown.
fn lines_value(get: fn(&Plan) -> &Vec<String>) -> Signal<String> {
    plan_value(move |p| text_from_lines(get(p)))
}

/// An edit of a list typed one entry per line.
fn lines_edit(get: fn(&mut Plan) -> &mut Vec<String>) -> Callback<String> {
    plan_edit(move |p, v: String| *get(p) = lines_from_text(&v))
}

/// Appointment, purpose, commitment objective, information, questions,
/// objections and attendees.
#[component]
pub fn VisitStep() -> impl IntoView {
    view! {
        <StepHeading step=Step::VisitPrep intro=T::VisitIntro />
        <Appointment />
        <Commitment />
        <Information />
        <ObjectionsEditor />
        <Attendees />
    }
}

/// The visit's date, whether it is confirmed, and the purpose stated.
#[component]
fn Appointment() -> impl IntoView {
    view! {
        <fieldset>
            <legend>{tr(T::Appointment)}</legend>
            <div class="row">
                <DateField
                    id="visit-date"
                    label=T::VisitDate
                    value=plan_date(|p| p.visit.visit_date)
                    on_input=plan_date_edit(|p| &mut p.visit.visit_date)
                />
                <CheckField
                    id="visit-confirmed"
                    label=T::AppointmentConfirmed
                    value=plan_value(|p| p.visit.appointment_confirmed)
                    on_change=plan_edit(|p, v| p.visit.appointment_confirmed = v)
                />
            </div>
            <TextField
                id="visit-purpose"
                label=T::StatedPurpose
                hint=T::StatedPurposeHint
                multiline=true
                value=plan_value(|p| p.visit.purpose.clone())
                on_input=plan_edit(|p, v| p.visit.purpose = v)
            />
        </fieldset>
    }
}

/// The best and the minimum acceptable commitment.
#[component]
fn Commitment() -> impl IntoView {
    view! {
        <fieldset>
            <legend>{tr(T::CommitmentObjective)}</legend>
            <p class="hint">{tr(T::CommitmentHint)}</p>
            <TextField
                id="visit-commit-best"
                label=T::CommitmentBest
                value=plan_value(|p| p.visit.commitment_best.clone())
                on_input=plan_edit(|p, v| p.visit.commitment_best = v)
            />
            <TextField
                id="visit-commit-min"
                label=T::CommitmentMin
                value=plan_value(|p| p.visit.commitment_min.clone())
                on_input=plan_edit(|p, v| p.visit.commitment_min = v)
            />
        </fieldset>
    }
}

/// Information to obtain (the automatic list, then the rep's own), to
/// give, and the questions to ask.
#[component]
fn Information() -> impl IntoView {
    view! {
        <fieldset>
            <legend>{tr(T::Information)}</legend>
            <AutoInfoList />
            <TextField
                id="visit-info-obtain"
                label=T::InfoToObtainOwn
                hint=T::OnePerLine
                multiline=true
                value=lines_value(|p| &p.visit.info_to_obtain)
                on_input=lines_edit(|p| &mut p.visit.info_to_obtain)
            />
            <TextField
                id="visit-info-give"
                label=T::InfoToGive
                hint=T::InfoToGiveHint
                multiline=true
                value=plan_value(|p| p.visit.info_to_give.clone())
                on_input=plan_edit(|p, v| p.visit.info_to_give = v)
            />
            <TextField
                id="visit-questions"
                label=T::QuestionsToAsk
                hint=T::OnePerLine
                multiline=true
                value=lines_value(|p| &p.visit.questions)
                on_input=lines_edit(|p| &mut p.visit.questions)
            />
        </fieldset>
    }
}

/// Our attendees, one per line, and a checkbox per contact of the plan:
/// who attends on the customer's side.
#[component]
fn Attendees() -> impl IntoView {
    let store = use_store();
    let ids = memo(move |_| store.row_ids(|p| &p.contacts));
    view! {
        <fieldset>
            <legend>{tr(T::Attendees)}</legend>
            <TextField
                id="visit-ours"
                label=T::OurAttendees
                hint=T::OnePerLine
                multiline=true
                value=lines_value(|p| &p.visit.our_attendees)
                on_input=lines_edit(|p| &mut p.visit.our_attendees)
            />
            <div class="field" role="group" aria-labelledby="their-attendees-label">
                <p id="their-attendees-label" class="label">{tr(T::TheirAttendees)}</p>
                {move || {
                    ids.with(Vec::is_empty).then(|| view! {
                        <p class="hint">{tr(T::TheirAttendeesNone)}</p>
                    })
                }}
                <ForIds each=ids let:id>
                    <Attendee id=id />
                </ForIds>
            </div>
        </fieldset>
    }
}

/// The checkbox saying whether the contact `id` attends, labelled with
/// the contact's name.
#[component]
fn Attendee(id: String) -> impl IntoView {
    let lang = lang();
    let name = {
        let id = id.clone();
        plan_value(move |p| p.contact(&id).map(|c| c.name.clone()).unwrap_or_default())
    };
    let attends = {
        let id = id.clone();
        plan_value(move |p| p.visit.their_attendees.contains(&id))
    };
    let set = {
        let id = id.clone();
        plan_edit(move |p, on: bool| set_listed(&mut p.visit.their_attendees, &id, on))
    };
    let control = format!("attendee-{id}");
    view! {
        <div class="field check">
            <input
                id=control.clone()
                type="checkbox"
                prop:checked=attends
                on:change=handler(move |ev| set.run(event_target_checked(&ev)))
            />
            <label for=control>{move || name.with(|n| contact_label(lang(), n))}</label>
        </div>
    }
}
