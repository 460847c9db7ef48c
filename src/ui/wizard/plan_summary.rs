//! The readable one-page summary of a plan, with its readiness checks.

use crate::domain::diagnosis;
use crate::domain::format::{format_amount, format_date};
use crate::domain::model::{filled, BantccLetter, Plan, Step};
use crate::domain::summary::{self, CheckKind, DateStatus};
use crate::html::{self, el};
use crate::i18n::{Label, Lang, T};
use crate::ui::block::{block, Node};
use crate::ui::store::{today, use_store};
use crate::ui::wizard::info_list::info_item_text;
use leptos::prelude::*;

fn or_dash(lang: Lang, s: &str) -> String {
    let s = s.trim();
    if s.is_empty() {
        lang.t(T::NotSet).to_string()
    } else {
        s.to_string()
    }
}

fn date_text(lang: Lang, d: Option<chrono::NaiveDate>) -> String {
    d.map(format_date)
        .unwrap_or_else(|| lang.t(T::NotSet).to_string())
}

fn kv(out: &mut String, lang: Lang, label: T, value: &str) {
    el(out, "<dt>", lang.t(label), "</dt>");
    el(out, "<dd>", value, "</dd>");
}

fn heading(out: &mut String, tag: &str, lang: Lang, key: T) {
    el(out, &format!("<{tag}>"), lang.t(key), &format!("</{tag}>"));
}

/// A bulleted list of texts, or "not set" when empty.
fn list(out: &mut String, lang: Lang, items: Vec<String>) {
    if items.is_empty() {
        el(out, r#"<p class="muted">"#, lang.t(T::NotSet), "</p>");
        return;
    }
    html::items(out, &items);
}

/// Readiness checks with a jump to the step that fixes each gap.
fn checks_html(out: &mut String, lang: Lang, p: &Plan) {
    let checks = summary::readiness(p, today());
    let ok = checks.iter().filter(|c| c.ok).count();
    let total = checks.len();
    el(
        out,
        r#"<section class="checks" aria-labelledby="checks-heading"><h2 id="checks-heading">"#,
        &lang.tf(T::Readiness, &[&ok.to_string(), &total.to_string()]),
        "</h2><ul>",
    );
    for c in checks {
        el(
            out,
            &format!(
                r#"<li class="{}"><span class="mark">"#,
                if c.ok { "ok" } else { "todo" }
            ),
            lang.t(if c.ok { T::CheckDone } else { T::CheckTodo }),
            "</span>",
        );
        el(out, "<span>", lang.t(check_text(c.kind)), "</span>");
        if !c.ok {
            html::fix_button(out, c.step, &lang.tf(T::FixIn, &[lang.t(c.step.label())]));
        }
        out.push_str("</li>");
    }
    out.push_str("</ul></section>");
}

fn check_text(k: CheckKind) -> T {
    k.label()
}

fn contact_line(lang: Lang, c: &crate::domain::model::Contact) -> String {
    let mut parts = vec![or_dash(lang, &c.name)];
    for s in [&c.title, &c.department] {
        if !s.trim().is_empty() {
            parts.push(s.trim().to_string());
        }
    }
    parts.push(lang.t(c.role.label()).to_string());
    parts.push(lang.t(c.relationship.label()).to_string());
    parts.push(lang.t(c.decision_style.label()).to_string());
    if c.is_coach {
        parts.push(lang.t(T::CoachTag).to_string());
    }
    parts.join(" · ")
}

fn next_contact_text(lang: Lang, p: &Plan) -> String {
    let d = date_text(lang, p.opportunity.next_contact);
    match summary::contact_date_status(p.opportunity.next_contact, today()) {
        DateStatus::Overdue { days } => format!(
            "{d} ({})",
            lang.tf(T::NextContactOverdue, &[&days.to_string()])
        ),
        _ => d,
    }
}

/// The summary of the open plan (re-rendered as it changes).
pub fn plan_summary() -> Node {
    let store = use_store();
    let html = move || {
        let lang = store.lang.get();
        store
            .with_current(|p| {
                let o = &p.opportunity;
                let amount = o
                    .amount
                    .map(|a| format!("{} {}", format_amount(a), o.currency))
                    .unwrap_or_else(|| lang.t(T::NotSet).to_string());
                let info: Vec<String> = summary::info_to_obtain(p)
                    .iter()
                    .map(|i| match info_item_text(lang, p, i) {
                        (t, Some(src)) => format!("{t} ({src})"),
                        (t, None) => t,
                    })
                    .collect();
                let objections: Vec<String> = p
                    .visit
                    .objections
                    .iter()
                    .filter(|x| !x.objection.trim().is_empty())
                    .map(|x| format!("{} → {}", x.objection.trim(), or_dash(lang, &x.answer)))
                    .collect();
                let mut attendees: Vec<String> =
                    filled(&p.visit.our_attendees).map(str::to_string).collect();
                attendees.extend(summary::attendees(p).iter().map(|c| or_dash(lang, &c.name)));
                let pains: Vec<String> = p
                    .pains
                    .iter()
                    .filter(|x| !x.description.trim().is_empty() || !x.goal.trim().is_empty())
                    .map(|x| {
                        format!(
                            "{} — {}",
                            or_dash(lang, &x.description),
                            lang.t(diagnosis::classify(x).label())
                        )
                    })
                    .collect();
                let bantcc: Vec<String> = BantccLetter::ALL
                    .iter()
                    .map(|l| {
                        let item = p.bantcc.item(*l);
                        let notes = item.notes.trim();
                        let base = format!(
                            "{} {}: {}",
                            l.letter(),
                            lang.t(l.label()),
                            lang.t(item.status.label())
                        );
                        if notes.is_empty() {
                            base
                        } else {
                            format!("{base} — {notes}")
                        }
                    })
                    .collect();
                let mut out = String::new();
                let h = &mut out;
                checks_html(h, lang, p);
                heading(h, "h2", lang, T::AccountAndOpportunity);
                h.push_str("<dl>");
                kv(h, lang, T::AccountName, &or_dash(lang, &p.account.name));
                kv(h, lang, T::Industry, &or_dash(lang, &p.account.industry));
                kv(h, lang, T::Region, &or_dash(lang, &p.account.region));
                kv(h, lang, T::OpportunityName, &or_dash(lang, &o.name));
                kv(h, lang, T::Amount, &amount);
                kv(
                    h,
                    lang,
                    T::ExpectedWinDate,
                    &date_text(lang, o.expected_win_date),
                );
                kv(h, lang, T::LastContact, &date_text(lang, o.last_contact));
                kv(h, lang, T::NextContact, &next_contact_text(lang, p));
                h.push_str("</dl>");
                heading(h, "h2", lang, T::Contacts);
                list(
                    h,
                    lang,
                    p.contacts.iter().map(|c| contact_line(lang, c)).collect(),
                );
                heading(h, "h2", lang, T::VisitPrepTitle);
                h.push_str("<dl>");
                kv(h, lang, T::VisitDate, &date_text(lang, p.visit.visit_date));
                kv(
                    h,
                    lang,
                    T::AppointmentConfirmed,
                    lang.t(if p.visit.appointment_confirmed {
                        T::Yes
                    } else {
                        T::No
                    }),
                );
                kv(h, lang, T::StatedPurpose, &or_dash(lang, &p.visit.purpose));
                kv(
                    h,
                    lang,
                    T::CommitmentBest,
                    &or_dash(lang, &p.visit.commitment_best),
                );
                kv(
                    h,
                    lang,
                    T::CommitmentMin,
                    &or_dash(lang, &p.visit.commitment_min),
                );
                kv(
                    h,
                    lang,
                    T::InfoToGive,
                    &or_dash(lang, &p.visit.info_to_give),
                );
                h.push_str("</dl>");
                heading(h, "h3", lang, T::InfoToObtain);
                list(h, lang, info);
                heading(h, "h3", lang, T::QuestionsToAsk);
                list(
                    h,
                    lang,
                    filled(&p.visit.questions).map(str::to_string).collect(),
                );
                heading(h, "h3", lang, T::Objections);
                list(h, lang, objections);
                heading(h, "h3", lang, T::Attendees);
                list(h, lang, attendees);
                heading(h, "h2", lang, T::DiagnosisTitle);
                list(h, lang, pains);
                h.push_str("<dl>");
                kv(
                    h,
                    lang,
                    T::SurfaceNeed,
                    &or_dash(lang, &p.diagnosis.surface_need),
                );
                kv(
                    h,
                    lang,
                    T::DeepNeedField,
                    &or_dash(lang, &p.diagnosis.deep_need),
                );
                kv(
                    h,
                    lang,
                    T::WholeSolution,
                    &or_dash(lang, &p.diagnosis.whole_solution),
                );
                h.push_str("</dl>");
                heading(h, "h2", lang, T::BantccTitle);
                list(h, lang, bantcc);
                out
            })
            .unwrap_or_default()
    };
    let article = move || {
        let mut out = String::new();
        el(
            &mut out,
            r#"<article class="summary" aria-label=""#,
            store.t(T::Summary),
            r#"">"#,
        );
        out.push_str(&html());
        out.push_str("</article>");
        out
    };
    block("", article, move |a| {
        if let Some(step) = Step::ALL.get(a.el.num("step")).filter(|_| a.click("fix")) {
            store.go_to(*step);
        }
    })
}
