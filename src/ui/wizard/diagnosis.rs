//! Step 3: pain vs need (痛点 ≠ 需求). Each pain is classified live by the
//! core; unknown conditions come with the next question to ask.

use crate::domain::diagnosis;
use crate::domain::model::Step;
use crate::i18n::T;
use crate::ui::controls::{memo, plan_edit, plan_value, tr, TextField};
use crate::ui::store::use_store;
use crate::ui::wizard::pains::PainList;
use crate::ui::wizard::StepHeading;
use leptos::prelude::*;

/// The pains and the plan-level diagnosis notes.
#[component]
pub fn DiagnosisStep() -> impl IntoView {
    let store = use_store();
    let tally = memo(move |_| {
        let c = store
            .with_current(|p| diagnosis::summarize(&p.pains))
            .unwrap_or_default();
        store.lang.get().tf(
            T::DiagnosisTally,
            &[
                &c.needs.to_string(),
                &c.pains_only.to_string(),
                &c.not_ours.to_string(),
                &c.open_questions.to_string(),
            ],
        )
    });
    view! {
        <StepHeading step=Step::Diagnosis intro=T::DiagnosisIntro />
        <Tally text=tally />
        <PainList />
        <div class="form">
            <DiagnosisNotes />
        </div>
    }
}

/// Surface need, deep need and the whole-solution idea.
#[component]
fn DiagnosisNotes() -> impl IntoView {
    view! {
        <fieldset>
            <legend>{tr(T::DeepNeed)}</legend>
            <p class="hint">{tr(T::DeepNeedHint)}</p>
            <TextField
                id="diag-surface"
                label=T::SurfaceNeed
                value=plan_value(|p| p.diagnosis.surface_need.clone())
                on_input=plan_edit(|p, v| p.diagnosis.surface_need = v)
            />
            <TextField
                id="diag-deep"
                label=T::DeepNeedField
                value=plan_value(|p| p.diagnosis.deep_need.clone())
                on_input=plan_edit(|p, v| p.diagnosis.deep_need = v)
            />
            <TextField
                id="diag-whole"
                label=T::WholeSolution
                hint=T::WholeSolutionHint
                multiline=true
                value=plan_value(|p| p.diagnosis.whole_solution.clone())
                on_input=plan_edit(|p, v| p.diagnosis.whole_solution = v)
            />
        </fieldset>
    }
}

/// A step's tally: a persistent live region, announced when `text` changes.
#[component]
pub(super) fn Tally(#[prop(into)] text: Signal<String>) -> impl IntoView {
    view! { <p class="tally" aria-live="polite">{text}</p> }
}
