//! Step 5: the one-page summary and, after the visit, the rep's review.

use crate::domain::model::{Plan, Step, VisitOutcome};
use crate::html::button;
use crate::i18n::T;
use crate::ui::block::{block, fragment, wrap, Node};
use crate::ui::fields::Form;
use crate::ui::store::use_store;
use crate::ui::transfer::export_plans;
use crate::ui::transfer::share::share_box;
use crate::ui::wizard::plan_summary::plan_summary;
use crate::ui::wizard::step_heading;
use leptos::prelude::*;

/// Summary first, then the post-visit review form.
pub fn review_step() -> Node {
    let store = use_store();
    let Some(p) = store.with_current_untracked(Plan::clone) else {
        return fragment(&[]);
    };
    let r = p.review;
    // Print and export (the share box sits beside them).
    let actions = block(
        "actions",
        move || {
            let lang = store.lang.get();
            let mut out = String::new();
            button(
                &mut out,
                r#"id="print-plan" data-act="print""#,
                lang.t(T::PrintPlan),
            );
            button(
                &mut out,
                r#"id="export-this" data-act="export""#,
                lang.t(T::ExportThis),
            );
            out
        },
        move |a| {
            if a.click("print") {
                let _ = window().print();
            } else if a.click("export") {
                if let Some(p) = store.with_current_untracked(Plan::clone) {
                    export_plans(&[p])
                }
            }
        },
    );
    let review = Form::default()
        .text(
            r#"<fieldset class="after-visit no-print"><legend>"#,
            T::AfterVisit,
            "</legend>",
        )
        .text(r#"<p class="hint">"#, T::AfterVisitHint, "</p>")
        .select(
            "review-outcome",
            T::Outcome,
            None,
            &VisitOutcome::ALL,
            r.outcome,
            |p, o| p.set_outcome(o),
        )
        .input(
            "review-what",
            T::WhatHappened,
            None,
            true,
            &r.what_happened,
            |p, v| p.review.what_happened = v,
        )
        .input(
            "review-commitment",
            T::CommitmentObtained,
            None,
            false,
            &r.commitment_obtained,
            |p, v| p.review.commitment_obtained = v,
        )
        .input(
            "review-next-step",
            T::NextStep,
            None,
            true,
            &r.next_step,
            |p, v| p.review.next_step = v,
        )
        .date(
            "review-next-contact",
            T::NextContact,
            p.opportunity.next_contact,
            |p, d| p.opportunity.next_contact = d,
        )
        .raw("</fieldset>");
    fragment(&[
        step_heading(Step::Review, T::ReviewIntro),
        wrap(
            r#"<div class="actions no-print"></div>"#,
            &[actions, share_box()],
        ),
        plan_summary(),
        review.view("form"),
    ])
}
