//! The list of plans: create, open, duplicate, delete (with confirmation).
//! One block of HTML text (escaped) with one delegated listener: the cards'
//! buttons say what they do with `data-act` and which plan with `data-id`.

use crate::domain::model::{Plan, Step};
use crate::domain::summary::{self, DateStatus};
use crate::html::{button, el, escape};
use crate::i18n::{Label, Lang, T};
use crate::ui::block::{block, Node};
use crate::ui::dom::focus_later;
use crate::ui::store::{today, use_store, PLANS_HEADING_ID};
use chrono::NaiveDate;
use leptos::prelude::*;

fn date_status_text(lang: Lang, s: &DateStatus) -> String {
    match s {
        DateStatus::Missing => lang.t(T::NextContactMissing).to_string(),
        DateStatus::Overdue { days } => lang.tf(T::NextContactOverdue, &[&days.to_string()]),
        DateStatus::Today => lang.t(T::NextContactToday).to_string(),
        DateStatus::Soon { days } | DateStatus::Scheduled { days } => {
            lang.tf(T::NextContactIn, &[&days.to_string()])
        }
    }
}

/// One card: title, step, last update, next contact, and its actions (or
/// the delete confirmation).
fn card_html(out: &mut String, lang: Lang, p: &Plan, confirming: bool, today: NaiveDate) {
    let mut id = String::new();
    escape(&mut id, &p.id);
    let name = summary::plan_title(p).unwrap_or_else(|| lang.t(T::UntitledPlan).to_string());
    el(
        out,
        &format!(r#"<li class="card"><h2 id="plan-{id}-title" class="card-title">"#),
        &name,
        "</h2>",
    );
    let of = [
        (p.step.index() + 1).to_string(),
        Step::ALL.len().to_string(),
    ];
    let step = lang.tf(T::StepOfTotal, &[&of[0], &of[1]]) + lang.t(p.step.label());
    el(out, r#"<p class="meta"><span>"#, &step, "</span>");
    let updated = p.updated_at.get(..10).unwrap_or_default();
    el(out, "<span>", &lang.tf(T::UpdatedOn, &[updated]), "</span>");
    let next = summary::contact_date_status(p.opportunity.next_contact, today);
    let urgent = matches!(
        next,
        DateStatus::Overdue { .. } | DateStatus::Missing | DateStatus::Today
    );
    el(
        out,
        if urgent {
            r#"<span class="warn">"#
        } else {
            "<span>"
        },
        &date_status_text(lang, &next),
        "</span></p>",
    );
    let act = |act: &str, extra: &str| format!(r#"{extra}data-act="{act}" data-id="{id}""#);
    if confirming {
        el(
            out,
            r#"<div class="confirm" role="group" aria-label=""#,
            lang.t(T::ConfirmDelete),
            r#""><p>"#,
        );
        escape(out, &lang.tf(T::ConfirmDeleteText, &[&name]));
        out.push_str("</p>");
        button(
            out,
            &act("erase", r#"class="danger" "#),
            lang.t(T::DeleteForGood),
        );
        button(
            out,
            &act("cancel", &format!(r#"id="plan-{id}-cancel" "#)),
            lang.t(T::Cancel),
        );
    } else {
        out.push_str(r#"<div class="actions">"#);
        button(
            out,
            &act("open", &format!(r#"id="plan-{id}-open" class="primary" "#)),
            lang.t(T::Open),
        );
        button(
            out,
            &act("duplicate", &format!(r#"id="plan-{id}-duplicate" "#)),
            lang.t(T::Duplicate),
        );
        button(
            out,
            &act(
                "delete",
                &format!(r#"id="plan-{id}-delete" class="danger" "#),
            ),
            lang.t(T::Delete),
        );
    }
    out.push_str("</div></li>");
}

/// The home screen.
pub fn plan_list() -> Node {
    let store = use_store();
    let confirming = RwSignal::new(None::<String>);
    let html = move || {
        let lang = store.lang.get();
        let confirming = confirming.get();
        let today = today();
        let mut out = String::new();
        el(
            &mut out,
            &format!(
                r#"<section class="plan-list" aria-labelledby="{PLANS_HEADING_ID}"><div class="list-head"><h1 id="{PLANS_HEADING_ID}" tabindex="-1">"#
            ),
            lang.t(T::MyPlans),
            "</h1>",
        );
        button(
            &mut out,
            r#"id="new-plan" class="primary" data-act="new""#,
            lang.t(T::NewPlan),
        );
        out.push_str("</div>");
        store.plans.with(|ps| {
            if ps.is_empty() {
                el(
                    &mut out,
                    r#"<p class="empty">"#,
                    lang.t(T::NoPlansYet),
                    "</p>",
                );
            }
            out.push_str(r#"<ul class="cards">"#);
            for p in ps {
                let asking = confirming.as_deref() == Some(p.id.as_str());
                card_html(&mut out, lang, p, asking, today);
            }
        });
        out.push_str("</ul></section>");
        out
    };
    block("", html, move |a| {
        if a.kind != "click" {
            return;
        }
        let id = a.el.data("id");
        match a.name.as_str() {
            "new" => store.create(),
            "open" => store.open(Some(id)),
            "duplicate" => store.duplicate(&id),
            "delete" => {
                focus_later(format!("plan-{id}-cancel"));
                confirming.set(Some(id));
            }
            "erase" => {
                store.delete(&id);
                focus_later(PLANS_HEADING_ID.to_string());
            }
            "cancel" => {
                confirming.set(None);
                focus_later(format!("plan-{id}-delete"));
            }
            _ => {}
        }
    })
}
