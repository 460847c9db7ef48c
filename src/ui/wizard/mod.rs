//! The guided wizard for one plan: step indicator with free jumping,
//! the current step's screen, and Back/Next.

pub mod bantcc;
pub mod contacts;
pub mod customer;
pub mod deal_inputs;
pub mod diagnosis;
pub mod info_list;
pub mod objections;
pub mod pains;
pub mod plan_summary;
pub mod review;
pub mod visit;

use crate::domain::model::Step;
use crate::domain::summary;
use crate::i18n::{Label, Lang, T};
use crate::ui::controls::{derived, handler, memo, tr, Heading};
use crate::ui::store::{use_store, SaveState};
use crate::ui::wizard::bantcc::BantccStep;
use crate::ui::wizard::customer::CustomerStep;
use crate::ui::wizard::diagnosis::DiagnosisStep;
use crate::ui::wizard::review::ReviewStep;
use crate::ui::wizard::visit::VisitStep;
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

/// The open plan's wizard step, kept as its stored name.
#[derive(Clone, Copy)]
struct StepMemo(Memo<&'static str>);

impl StepMemo {
    /// The step (reactive).
    fn get(self) -> Step {
        Step::from_name(self.0.get()).unwrap_or_default()
    }
}

/// The wizard for the plan `plan_id`: the plan's title and save state,
/// the step indicator, the current step and Back/Next.
#[component]
pub fn Wizard(plan_id: String) -> impl IntoView {
    let store = use_store();
    // The step's stored name, a text memo (a memo type of its own costs
    // WASM); `Step::from_name` reads it back.
    let names = memo(move |_| store.with_current(|p| p.step.as_str()).unwrap_or_default());
    let step = StepMemo(names);
    let title = move || {
        store
            .with_current(summary::plan_title)
            .flatten()
            .unwrap_or_else(|| store.t(T::UntitledPlan).to_string())
    };
    // "Saved" only when it is true: a plan whose latest version is not in
    // storage says so instead.
    let unsaved = move || {
        let id = store.current.get().unwrap_or_default();
        !store.tab.with(|t| t.ledger.is_saved(&id))
    };
    let saved = move || {
        if unsaved() {
            return store.t(T::NotSavedYet);
        }
        match store.tab.with(|t| t.save.clone()) {
            SaveState::Saved => store.t(T::AllSaved),
            _ => "",
        }
    };
    view! {
        <div class="wizard" data-plan=plan_id>
            <div class="plan-head">
                <p class="plan-title">{move || title()}</p>
                <p class="saved" class:unsaved=unsaved role="status">{move || saved()}</p>
            </div>
            <StepNav step=step />
            <section class="step" aria-labelledby=move || step_heading_id(step.get())>
                {move || {
                    let s = step.get();
                    // What a step reads while it is built must not rebuild it.
                    untrack(|| match s {
                    Step::Customer => view! { <CustomerStep /> }.into_any(),
                    Step::VisitPrep => view! { <VisitStep /> }.into_any(),
                    Step::Diagnosis => view! { <DiagnosisStep /> }.into_any(),
                    Step::Bantcc => view! { <BantccStep /> }.into_any(),
                    Step::Review => view! { <ReviewStep /> }.into_any(),
                })}}
            </section>
            <Pager step=step />
        </div>
    }
}

/// The step indicator: every step a button, the current one marked.
#[component]
fn StepNav(step: StepMemo) -> impl IntoView {
    let store = use_store();
    let item = move |s: Step| {
        view! {
            <li>
                <button
                    type="button"
                    id=format!("go-{}", s.index())
                    aria-current=move || (step.get() == s).then_some("step")
                    on:click=handler(move |_| store.go_to(s))
                >
                    <span class="num" aria-hidden="true">{s.index() + 1}</span>
                    <span class="name">{tr(s.label())}</span>
                </button>
            </li>
        }
    };
    view! {
        <nav class="steps" aria-label=tr(T::WizardSteps)>
            <ol>{Step::ALL.into_iter().map(item).collect_view()}</ol>
        </nav>
    }
}

/// Back and Next (Finish on the last step).
#[component]
fn Pager(step: StepMemo) -> impl IntoView {
    let store = use_store();
    let back = move || {
        step.get().prev().map(|p| {
            view! {
                <button type="button" id="pager-back" on:click=handler(move |_| store.go_to(p))>
                    {tr(T::Back)}
                </button>
            }
        })
    };
    let next = move || {
        match step.get().next() {
        Some(n) => view! {
            <button type="button" id="pager-next" class="primary" on:click=handler(move |_| store.go_to(n))>
                {tr(T::Next)}
            </button>
        }
        .into_any(),
        None => view! {
            <button type="button" id="pager-finish" class="primary" on:click=handler(move |_| store.open(None))>
                {tr(T::FinishToList)}
            </button>
        }
        .into_any(),
    }
    };
    view! { <div class="pager">{move || back()} {move || next()}</div> }
}

/// A step's heading and intro; the heading takes focus when the step opens.
#[component]
pub fn StepHeading(step: Step, intro: T) -> impl IntoView {
    let store = use_store();
    let title = derived(move || step_title(store.lang.get(), step));
    view! { <Heading id=step_heading_id(step) title=title intro=intro /> }
}

fn step_title(lang: Lang, step: Step) -> String {
    lang.tf(
        T::StepHeading,
        &[
            &(step.index() + 1).to_string(),
            &Step::ALL.len().to_string(),
            lang.t(step.label()),
        ],
    )
}
