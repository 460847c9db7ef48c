//! The guided wizard for one plan: step indicator with free jumping,
//! the current step's screen, and Back/Next.

use super::step_bantcc::BantccStep;
use super::step_customer::CustomerStep;
use super::step_diagnosis::DiagnosisStep;
use super::step_review::ReviewStep;
use super::step_visit::VisitStep;
use super::store::{tr, use_store, SaveState};
use crate::domain::model::Step;
use crate::domain::summary;
use crate::i18n::{Label, T};
use leptos::prelude::*;

/// The id of each step's heading, focused when the step opens.
pub fn step_heading_id(step: Step) -> &'static str {
    match step {
        Step::Customer => "step-customer",
        Step::VisitPrep => "step-visit",
        Step::Diagnosis => "step-diagnosis",
        Step::Bantcc => "step-bantcc",
        Step::Review => "step-review",
    }
}

/// The wizard for the plan `plan_id`.
#[component]
pub fn Wizard(plan_id: String) -> impl IntoView {
    let store = use_store();
    let step = Memo::new(move |_| store.with_current(|p| p.step).unwrap_or_default());
    let title = move || {
        store
            .with_current(summary::plan_title)
            .flatten()
            .unwrap_or_else(|| store.t(T::UntitledPlan).to_string())
    };
    let go = move |s: Step| store.go_to(s);
    let saved = move || match store.save_state.get() {
        SaveState::Saved => Some(store.t(T::AllSaved)),
        _ => None,
    };
    view! {
        <div class="wizard" data-plan=plan_id>
            <div class="plan-head">
                <p class="plan-title">{title}</p>
                <p class="saved" role="status">{saved}</p>
            </div>
            <nav class="steps" aria-label=tr(T::WizardSteps)>
                <ol>
                    {Step::ALL.iter().map(|s| {
                        let s = *s;
                        view! {
                            <li>
                                <button type="button"
                                    aria-current=move || (step.get() == s).then_some("step")
                                    on:click=move |_| go(s)>
                                    <span class="num" aria-hidden="true">{s.index() + 1}</span>
                                    <span class="name">{tr(s.label())}</span>
                                </button>
                            </li>
                        }
                    }).collect_view()}
                </ol>
            </nav>
            <section class="step" aria-labelledby=move || step_heading_id(step.get())>
                {move || match step.get() {
                    Step::Customer => view! { <CustomerStep /> }.into_any(),
                    Step::VisitPrep => view! { <VisitStep /> }.into_any(),
                    Step::Diagnosis => view! { <DiagnosisStep /> }.into_any(),
                    Step::Bantcc => view! { <BantccStep /> }.into_any(),
                    Step::Review => view! { <ReviewStep /> }.into_any(),
                }}
            </section>
            <div class="pager">
                {move || step.get().prev().map(|p| view! {
                    <button type="button" on:click=move |_| go(p)>
                        {tr(T::Back)}
                    </button>
                })}
                {move || match step.get().next() {
                    Some(n) => view! {
                        <button type="button" class="primary" on:click=move |_| go(n)>
                            {tr(T::Next)}
                        </button>
                    }.into_any(),
                    None => view! {
                        <button type="button" class="primary" on:click=move |_| store.open(None)>
                            {tr(T::FinishToList)}
                        </button>
                    }.into_any(),
                }}
            </div>
        </div>
    }
}

/// A step's heading and intro; the heading takes focus when the step opens.
#[component]
pub fn StepHeading(step: Step, intro: T) -> impl IntoView {
    let store = use_store();
    view! {
        <h1 id=step_heading_id(step) tabindex="-1">
            {move || {
                let lang = store.lang.get();
                lang.tf(T::StepHeading, &[
                    &(step.index() + 1).to_string(),
                    &Step::ALL.len().to_string(),
                    lang.t(step.label()),
                ])
            }}
        </h1>
        <p class="intro">{tr(intro)}</p>
    }
}
