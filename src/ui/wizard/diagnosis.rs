//! Step 3: pain vs need (痛点 ≠ 需求). Each pain is classified live by the
//! core; unknown conditions come with the next question to ask.

use crate::domain::diagnosis;
use crate::domain::model::{Plan, Step};
use crate::i18n::T;
use crate::ui::block::{fragment, live, Node};
use crate::ui::fields::Form;
use crate::ui::store::use_store;
use crate::ui::wizard::pains::pain_list;
use crate::ui::wizard::step_heading;
use leptos::prelude::*;

/// The pains and the plan-level diagnosis notes.
pub fn diagnosis_step() -> Node {
    let store = use_store();
    let Some(p) = store.with_current_untracked(Plan::clone) else {
        return fragment(&[]);
    };
    let d = p.diagnosis;
    let notes = Form::default()
        .text("<fieldset><legend>", T::DeepNeed, "</legend>")
        .text(r#"<p class="hint">"#, T::DeepNeedHint, "</p>")
        .input(
            "diag-surface",
            T::SurfaceNeed,
            None,
            false,
            &d.surface_need,
            |p, v| p.diagnosis.surface_need = v,
        )
        .input(
            "diag-deep",
            T::DeepNeedField,
            None,
            false,
            &d.deep_need,
            |p, v| p.diagnosis.deep_need = v,
        )
        .input(
            "diag-whole",
            T::WholeSolution,
            Some(T::WholeSolutionHint),
            true,
            &d.whole_solution,
            |p, v| p.diagnosis.whole_solution = v,
        )
        .raw("</fieldset>");
    let tally = Memo::new(move |_| {
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
    fragment(&[
        step_heading(Step::Diagnosis, T::DiagnosisIntro),
        tally_view(tally),
        pain_list(),
        notes.view("form"),
    ])
}

/// A step's tally: a persistent live region, announced when `text` changes.
pub(super) fn tally_view(text: Memo<String>) -> Node {
    live(r#"<p class="tally" aria-live="polite"></p>"#, move || {
        text.get()
    })
}
