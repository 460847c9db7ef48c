//! Step 5: the one-page summary and, after the visit, the rep's review.

use super::fields::{DateField, EnumSelect, TextField};
use super::plan_summary::PlanSummary;
use super::share::ShareBox;
use super::store::{tr, use_store};
use super::transfer::export_plans;
use super::wizard::StepHeading;
use crate::domain::model::{Plan, Step, VisitOutcome};
use crate::i18n::T;
use leptos::prelude::*;

/// Summary first, then the post-visit review form.
#[component]
pub fn ReviewStep() -> impl IntoView {
    let store = use_store();
    let Some(p) = store.with_current_untracked(Plan::clone) else {
        return ().into_any();
    };
    let r = p.review;
    view! {
        <StepHeading step=Step::Review intro=T::ReviewIntro />
        <div class="actions no-print">
            <button type="button" on:click=move |_| { let _ = window().print(); }>{tr(T::PrintPlan)}</button>
            <button type="button" on:click=move |_| {
                if let Some(p) = store.with_current_untracked(Plan::clone) { export_plans(&[p]) }
            }>{tr(T::ExportThis)}</button>
            <ShareBox />
        </div>
        <PlanSummary />
        <fieldset class="after-visit no-print">
            <legend>{tr(T::AfterVisit)}</legend>
            <p class="hint">{tr(T::AfterVisitHint)}</p>
            <EnumSelect id="review-outcome" label=T::Outcome options=&VisitOutcome::ALL initial=r.outcome
                on_change=move |o| store.edit(|p| p.set_outcome(o)) />
            <TextField id="review-what" label=T::WhatHappened multiline=true initial=r.what_happened
                on_change=move |v| store.edit(|p| p.review.what_happened = v) />
            <TextField id="review-commitment" label=T::CommitmentObtained initial=r.commitment_obtained
                on_change=move |v| store.edit(|p| p.review.commitment_obtained = v) />
            <TextField id="review-next-step" label=T::NextStep multiline=true initial=r.next_step
                on_change=move |v| store.edit(|p| p.review.next_step = v) />
            <DateField id="review-next-contact" label=T::NextContact initial=p.opportunity.next_contact
                on_change=move |d| store.edit(|p| p.opportunity.next_contact = d) />
        </fieldset>
    }
    .into_any()
}
