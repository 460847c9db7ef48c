//! Step 2: visit preparation (拜访准备).
//!
//! Two blocks of HTML text (escaped) around the objections: the appointment,
//! commitment objective and information; then the attendees. They are
//! rebuilt only when the language or the automatic information list changes
//! (it comes from BANTCC and the pains, never from what is typed here); one
//! delegated listener applies the edits.

use crate::domain::format::{format_date, parse_date};
use crate::domain::model::{lines_from_text, text_from_lines, Plan, Step, VisitPrep};
use crate::html::{check_field, el, escape, text_area, text_field};
use crate::i18n::{Lang, T};
use crate::ui::block::{block, fragment, Act, Node};
use crate::ui::store::use_store;
use crate::ui::wizard::info_list::{auto_items, auto_list_html};
use crate::ui::wizard::objections::objections_editor;
use crate::ui::wizard::step_heading;
use leptos::prelude::*;

const TEXT: &str = r#"type="text" autocomplete="off""#;

/// Appointment, commitment objective and information.
fn prep_html(out: &mut String, lang: Lang, v: &VisitPrep, auto: &[(String, Option<String>)]) {
    el(
        out,
        "<fieldset><legend>",
        lang.t(T::Appointment),
        r#"</legend><div class="row">"#,
    );
    text_field(
        out,
        "visit-date",
        lang.t(T::VisitDate),
        &v.visit_date.map(format_date).unwrap_or_default(),
        r#"type="date" autocomplete="off" data-act="date""#,
    );
    check_field(
        out,
        "div",
        "visit-confirmed",
        lang.t(T::AppointmentConfirmed),
        v.appointment_confirmed,
        r#"data-act="confirmed""#,
    );
    out.push_str("</div>");
    text_area(
        out,
        "visit-purpose",
        lang.t(T::StatedPurpose),
        Some(lang.t(T::StatedPurposeHint)),
        &v.purpose,
        r#"data-act="purpose""#,
    );
    el(
        out,
        "</fieldset><fieldset><legend>",
        lang.t(T::CommitmentObjective),
        "</legend>",
    );
    el(
        out,
        r#"<p class="hint">"#,
        lang.t(T::CommitmentHint),
        "</p>",
    );
    text_field(
        out,
        "visit-commit-best",
        lang.t(T::CommitmentBest),
        &v.commitment_best,
        &format!(r#"{TEXT} data-act="best""#),
    );
    text_field(
        out,
        "visit-commit-min",
        lang.t(T::CommitmentMin),
        &v.commitment_min,
        &format!(r#"{TEXT} data-act="min""#),
    );
    el(
        out,
        "</fieldset><fieldset><legend>",
        lang.t(T::Information),
        "</legend>",
    );
    auto_list_html(out, lang, auto);
    let per_line = Some(lang.t(T::OnePerLine));
    text_area(
        out,
        "visit-info-obtain",
        lang.t(T::InfoToObtainOwn),
        per_line,
        &text_from_lines(&v.info_to_obtain),
        r#"data-act="obtain""#,
    );
    text_area(
        out,
        "visit-info-give",
        lang.t(T::InfoToGive),
        Some(lang.t(T::InfoToGiveHint)),
        &v.info_to_give,
        r#"data-act="give""#,
    );
    text_area(
        out,
        "visit-questions",
        lang.t(T::QuestionsToAsk),
        per_line,
        &text_from_lines(&v.questions),
        r#"data-act="questions""#,
    );
    out.push_str("</fieldset>");
}

/// Our attendees, one per line, and checkboxes over the plan's contacts:
/// who attends on the customer's side.
fn attendees_html(out: &mut String, lang: Lang, p: &Plan) {
    el(out, "<fieldset><legend>", lang.t(T::Attendees), "</legend>");
    text_area(
        out,
        "visit-ours",
        lang.t(T::OurAttendees),
        Some(lang.t(T::OnePerLine)),
        &text_from_lines(&p.visit.our_attendees),
        r#"data-act="ours""#,
    );
    el(
        out,
        r#"<div class="field" role="group" aria-labelledby="their-attendees-label"><p id="their-attendees-label" class="label">"#,
        lang.t(T::TheirAttendees),
        "</p>",
    );
    if p.contacts.is_empty() {
        el(
            out,
            r#"<p class="hint">"#,
            lang.t(T::TheirAttendeesNone),
            "</p>",
        );
    }
    for c in &p.contacts {
        let mut id = String::new();
        escape(&mut id, &c.id);
        let name = match c.name.trim() {
            "" => lang.t(T::NewContact),
            _ => &c.name,
        };
        check_field(
            out,
            "div",
            &format!("attendee-{id}"),
            name,
            p.visit.their_attendees.contains(&c.id),
            &format!(r#"data-act="attendee" data-c="{id}""#),
        );
    }
    out.push_str("</div></fieldset>");
}

/// Applies the edit `a` to the visit preparation.
fn apply(v: &mut VisitPrep, a: &Act) {
    let s = a.el.value();
    match a.name.as_str() {
        "date" => v.visit_date = parse_date(&s),
        "confirmed" => v.appointment_confirmed = a.el.checked(),
        "purpose" => v.purpose = s,
        "best" => v.commitment_best = s,
        "min" => v.commitment_min = s,
        "obtain" => v.info_to_obtain = lines_from_text(&s),
        "give" => v.info_to_give = s,
        "questions" => v.questions = lines_from_text(&s),
        "ours" => v.our_attendees = lines_from_text(&s),
        "attendee" => {
            let cid = a.el.data("c");
            v.their_attendees.retain(|x| *x != cid);
            if a.el.checked() {
                v.their_attendees.push(cid)
            }
        }
        _ => {}
    }
}

/// Appointment, purpose, commitment objective, information, questions,
/// objections and attendees.
pub fn visit_step() -> Node {
    let store = use_store();
    if store.with_current_untracked(|_| ()).is_none() {
        return fragment(&[]);
    }
    let on = move |a: &Act| {
        if a.kind == "input" {
            store.edit(|p| apply(&mut p.visit, a))
        }
    };
    let auto = auto_items();
    let prep = block(
        "",
        move || {
            let lang = store.lang.get();
            let mut out = String::new();
            auto.with(|auto| {
                store.with_current_untracked(|p| prep_html(&mut out, lang, &p.visit, auto))
            });
            out
        },
        on,
    );
    let attendees = block(
        "",
        move || {
            let lang = store.lang.get();
            let mut out = String::new();
            store.with_current_untracked(|p| attendees_html(&mut out, lang, p));
            out
        },
        on,
    );
    fragment(&[
        step_heading(Step::VisitPrep, T::VisitIntro),
        prep,
        objections_editor(),
        attendees,
    ])
}
