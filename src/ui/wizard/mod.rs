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
use crate::html::{button, el};
use crate::i18n::{Label, Lang, T};
use crate::ui::block::{block, heading, live, live_attr, switch, wrap, Node};
use crate::ui::store::{use_store, SaveState};
use crate::ui::wizard::bantcc::bantcc_step;
use crate::ui::wizard::customer::customer_step;
use crate::ui::wizard::diagnosis::diagnosis_step;
use crate::ui::wizard::review::review_step;
use crate::ui::wizard::visit::visit_step;
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
pub fn wizard(plan_id: &str) -> Node {
    let store = use_store();
    let step = Memo::new(move |_| store.with_current(|p| p.step).unwrap_or_default());
    let title = move || {
        store
            .with_current(summary::plan_title)
            .flatten()
            .unwrap_or_else(|| store.t(T::UntitledPlan).to_string())
    };
    let saved = move || match store.save_state.get() {
        SaveState::Saved => Some(store.t(T::AllSaved)),
        _ => None,
    };
    let nav = block(
        "",
        move || nav_html(store.lang.get(), step.get()),
        move |a| {
            if let Some(s) = Step::ALL.get(a.el.num("step")).filter(|_| a.click("go")) {
                store.go_to(*s)
            }
        },
    );
    let pager = block(
        "",
        move || pager_html(store.lang.get(), step.get()),
        move |a| match Step::ALL.get(a.el.num("step")) {
            Some(s) if a.click("go") => store.go_to(*s),
            _ if a.click("finish") => store.open(None),
            _ => {}
        },
    );
    let head = wrap(
        r#"<div class="plan-head"></div>"#,
        &[
            live(r#"<p class="plan-title"></p>"#, title),
            live(r#"<p class="saved" role="status"></p>"#, move || {
                saved().unwrap_or_default().to_string()
            }),
        ],
    );
    let section = wrap(
        r#"<section class="step"></section>"#,
        &[switch(
            move || step.get(),
            |s| match s {
                Step::Customer => customer_step(),
                Step::VisitPrep => visit_step(),
                Step::Diagnosis => diagnosis_step(),
                Step::Bantcc => bantcc_step(),
                Step::Review => review_step(),
            },
        )],
    );
    live_attr(&section, "aria-labelledby", move || {
        Some(step_heading_id(step.get()).to_string())
    });
    let root = wrap(
        r#"<div class="wizard"></div>"#,
        &[head, nav, section, pager],
    );
    let _ = root.set_attribute("data-plan", plan_id);
    root
}

/// The step indicator: every step a button, the current one marked.
fn nav_html(lang: Lang, current: Step) -> String {
    let mut out = String::new();
    el(
        &mut out,
        r#"<nav class="steps" aria-label=""#,
        lang.t(T::WizardSteps),
        r#""><ol>"#,
    );
    for s in Step::ALL {
        let mark = if s == current {
            r#" aria-current="step""#
        } else {
            ""
        };
        out.push_str(&format!(
            r#"<li><button type="button" id="go-{}" data-act="go" data-step="{}"{mark}><span class="num" aria-hidden="true">{}</span>"#,
            s.index(),
            s.index(),
            s.index() + 1
        ));
        el(
            &mut out,
            r#"<span class="name">"#,
            lang.t(s.label()),
            "</span></button></li>",
        );
    }
    out.push_str("</ol></nav>");
    out
}

/// Back and Next (Finish on the last step).
fn pager_html(lang: Lang, current: Step) -> String {
    let mut out = String::from(r#"<div class="pager">"#);
    if let Some(p) = current.prev() {
        let attrs = format!(r#"id="pager-back" data-act="go" data-step="{}""#, p.index());
        button(&mut out, &attrs, lang.t(T::Back));
    }
    match current.next() {
        Some(n) => {
            let attrs = format!(
                r#"id="pager-next" class="primary" data-act="go" data-step="{}""#,
                n.index()
            );
            button(&mut out, &attrs, lang.t(T::Next));
        }
        None => button(
            &mut out,
            r#"id="pager-finish" class="primary" data-act="finish""#,
            lang.t(T::FinishToList),
        ),
    }
    out.push_str("</div>");
    out
}

/// A step's heading and intro; the heading takes focus when the step opens.
pub fn step_heading(step: Step, intro: T) -> Node {
    let title = move |lang: Lang| {
        lang.tf(
            T::StepHeading,
            &[
                &(step.index() + 1).to_string(),
                &Step::ALL.len().to_string(),
                lang.t(step.label()),
            ],
        )
    };
    heading(step_heading_id(step), title, intro)
}
