//! One pain: goal, owner, the four need conditions, and the core's verdict.

use super::dom::focus_later;
use super::fields::Form;
use super::store::{tr, use_store};
use crate::domain::diagnosis::{self, NeedCondition, PainClass};
use crate::domain::model::{row_mut, GoalKind, Pain, Plan, Tri};
use crate::html::el;
use crate::i18n::{next_question, Label, T};
use leptos::prelude::*;

/// The plan's pains (shared with the diagnosis step's list).
pub fn pains(p: &Plan) -> &Vec<Pain> {
    &p.pains
}

/// The plan's pains, mutably.
pub fn pains_mut(p: &mut Plan) -> &mut Vec<Pain> {
    &mut p.pains
}

/// A setter of the pain `id` in the plan.
fn at<V: 'static>(id: &str, f: fn(&mut Pain, V)) -> impl Fn(&mut Plan, V) + Send + Sync + 'static {
    let id = id.to_string();
    move |p, v| {
        if let Some(x) = row_mut(&mut p.pains, &id) {
            f(x, v)
        }
    }
}

fn set_condition(pain: &mut Pain, c: NeedCondition, v: Tri) {
    match c {
        NeedCondition::Acknowledged => pain.acknowledged = v,
        NeedCondition::Priority => pain.priority = v,
        NeedCondition::WeSolve => pain.we_solve = v,
        NeedCondition::Budget => pain.budget = v,
    }
}

/// The editor for the pain `id`.
#[component]
pub fn PainRow(id: String) -> impl IntoView {
    let store = use_store();
    let Some(pain) = store
        .with_current_untracked(|p| p.pains.iter().find(|x| x.id == id).cloned())
        .flatten()
    else {
        return ().into_any();
    };
    let pid = StoredValue::new(id.clone());
    let f = move |name: &str| format!("pain-{}-{name}", pid.get_value());
    // The core's verdict and the next questions, as HTML (escaped); a memo,
    // so the live region changes (and is announced) only when they do.
    let verdict = Memo::new(move |_| {
        let lang = store.lang.get();
        let pain = pid
            .with_value(|id| store.with_current(|p| p.pains.iter().find(|x| x.id == *id).cloned()))
            .flatten()
            .unwrap_or_default();
        let class = diagnosis::classify(&pain);
        let mut out = String::new();
        el(
            &mut out,
            &format!(r#"<p class="badge-class {}">"#, class_css(class)),
            &lang.tf(T::Classification, &[lang.t(class.label())]),
            "</p>",
        );
        el(
            &mut out,
            r#"<p class="hint">"#,
            lang.t(class_explanation(class)),
            "</p>",
        );
        let open = diagnosis::open_questions(&pain);
        if !open.is_empty() {
            el(
                &mut out,
                r#"<p class="label">"#,
                lang.t(T::NextQuestions),
                r#"</p><ul class="questions">"#,
            );
            for c in open {
                el(&mut out, "<li>", lang.t(next_question(c)), "</li>");
            }
            out.push_str("</ul>");
        }
        out
    });
    let contacts = store
        .with_current_untracked(|p| {
            p.contacts
                .iter()
                .map(|c| (c.id.clone(), c.name.clone()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_default();
    let owner = pain.owner.clone().unwrap_or_default();
    let remove = move |_| {
        let rid = pid.get_value();
        store.edit(|p| p.pains.retain(|x| x.id != rid));
        // The removed row and its button are gone: keep keyboard focus in the list.
        focus_later("add-pain".to_string());
    };
    let id = pid.get_value();
    let mut form = Form::default()
        .input(
            &f("desc"),
            T::PainDescription,
            Some(T::PainDescriptionHint),
            false,
            &pain.description,
            at(&id, |x, v| x.description = v),
        )
        .input(
            &f("goal"),
            T::PainGoal,
            Some(T::PainGoalHint),
            false,
            &pain.goal,
            at(&id, |x, v| x.goal = v),
        )
        .raw(r#"<div class="row">"#)
        .select(
            &f("goal-kind"),
            T::GoalKind,
            None,
            &GoalKind::ALL,
            pain.goal_kind,
            at(&id, |x, v| x.goal_kind = v),
        )
        .rows(
            &f("owner"),
            T::PainOwner,
            T::OwnerUnknown,
            contacts,
            &owner,
            at(&id, |x, v: String| x.owner = (!v.is_empty()).then_some(v)),
        )
        .raw("</div>")
        .text(
            r#"<fieldset class="conditions"><legend>"#,
            T::NeedConditions,
            r#"</legend><div class="grid2">"#,
        );
    for c in NeedCondition::ALL {
        let pid = id.clone();
        form = form.select(
            &f(&format!("cond-{}", cond_key(c))),
            c.label(),
            None,
            &Tri::ALL,
            c.answer(&pain),
            move |p, v| {
                if let Some(x) = row_mut(&mut p.pains, &pid) {
                    set_condition(x, c, v)
                }
            },
        );
    }
    let form = form.raw("</div></fieldset>");
    view! {
        <li class="item pain">
            {form.view("form")}
            <div class="verdict" aria-live="polite" inner_html=move || verdict.get()></div>
            <button type="button" class="danger small" on:click=remove>{tr(T::RemovePain)}</button>
        </li>
    }
    .into_any()
}

fn cond_key(c: NeedCondition) -> &'static str {
    match c {
        NeedCondition::Acknowledged => "acknowledged",
        NeedCondition::Priority => "priority",
        NeedCondition::WeSolve => "we-solve",
        NeedCondition::Budget => "budget",
    }
}

fn class_css(c: PainClass) -> &'static str {
    match c {
        PainClass::Need => "need",
        PainClass::PainOnly => "pain-only",
        PainClass::NotOurs => "not-ours",
    }
}

fn class_explanation(c: PainClass) -> T {
    match c {
        PainClass::Need => T::ExplainNeed,
        PainClass::PainOnly => T::ExplainPainOnly,
        PainClass::NotOurs => T::ExplainNotOurs,
    }
}
