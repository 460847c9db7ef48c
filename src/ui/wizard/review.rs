//! Step 5: the one-page summary and, after the visit, the rep's review.

use crate::domain::model::{Plan, Step, VisitOutcome};
use crate::i18n::T;
use crate::ui::controls::{
    handler, plan_date, plan_date_edit, plan_edit, plan_value, tr, DateField, SelectField,
    TextField,
};
use crate::ui::store::use_store;
use crate::ui::transfer::export_plans;
use crate::ui::transfer::share::ShareBox;
use crate::ui::wizard::plan_summary::PlanSummary;
use crate::ui::wizard::StepHeading;
use leptos::prelude::*;

/// Print, export and share first, then the summary and the post-visit
/// review form.
#[component]
pub fn ReviewStep() -> impl IntoView {
    view! {
        <StepHeading step=Step::Review intro=T::ReviewIntro />
        <div class="actions no-print review-actions">
            <PlanActions />
            <ShareBox />
        </div>
        <PlanSummary />
        <div class="form">
            <AfterVisit />
        </div>
    }
}

/// Print the plan, and export it alone.
#[component]
fn PlanActions() -> impl IntoView {
    let store = use_store();
    let export = move |_| {
        if let Some(p) = store.with_current_untracked(Plan::clone) {
            export_plans(store, &[p])
        }
    };
    view! {
        <div class="actions">
            <button type="button" id="print-plan" on:click=handler(|_| {
                let _ = window().print();
            })>{tr(T::PrintPlan)}</button>
            <button type="button" id="export-this" on:click=handler(export)>
                {tr(T::ExportThis)}
            </button>
        </div>
    }
}

/// After the visit: outcome, what happened, the commitment obtained, the
/// next step and the next contact date.
#[component]
fn AfterVisit() -> impl IntoView {
    view! {
        <fieldset class="after-visit no-print">
            <legend>{tr(T::AfterVisit)}</legend>
            <p class="hint">{tr(T::AfterVisitHint)}</p>
            <SelectField
                id="review-outcome"
                label=T::Outcome
                options=&VisitOutcome::ALL
                value=plan_value(|p| p.review.outcome.as_str())
                on_change=plan_edit(|p, o| p.set_outcome(o))
            />
            <TextField
                id="review-what"
                label=T::WhatHappened
                multiline=true
                value=plan_value(|p| p.review.what_happened.clone())
                on_input=plan_edit(|p, v| p.review.what_happened = v)
            />
            <TextField
                id="review-commitment"
                label=T::CommitmentObtained
                value=plan_value(|p| p.review.commitment_obtained.clone())
                on_input=plan_edit(|p, v| p.review.commitment_obtained = v)
            />
            <TextField
                id="review-next-step"
                label=T::NextStep
                multiline=true
                value=plan_value(|p| p.review.next_step.clone())
                on_input=plan_edit(|p, v| p.review.next_step = v)
            />
            <DateField
                id="review-next-contact"
                label=T::NextContact
                value=plan_date(|p| p.opportunity.next_contact)
                on_input=plan_date_edit(|p| &mut p.opportunity.next_contact)
            />
        </fieldset>
    }
}
