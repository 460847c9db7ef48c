//! The readable one-page summary of a plan, with its readiness checks.

use super::info_list::info_item_text;
use super::store::{today, use_store};
use crate::domain::diagnosis;
use crate::domain::format::{format_amount, format_date};
use crate::domain::model::{filled, BantccLetter, Plan};
use crate::domain::summary::{self, CheckKind, DateStatus};
use crate::i18n::{Label, Lang, T};
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

fn kv(lang: Lang, label: T, value: String) -> impl IntoView {
    view! { <dt>{lang.t(label)}</dt><dd>{value}</dd> }
}

/// A bulleted list of texts, or "not set" when empty.
pub(super) fn list(lang: Lang, items: Vec<String>) -> AnyView {
    if items.is_empty() {
        return view! { <p class="muted">{lang.t(T::NotSet)}</p> }.into_any();
    }
    view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }.into_any()
}

/// Readiness checks with a jump to the step that fixes each gap.
fn checks_view(lang: Lang, p: &Plan) -> impl IntoView {
    let store = use_store();
    let checks = summary::readiness(p, today());
    let ok = checks.iter().filter(|c| c.ok).count();
    let total = checks.len();
    view! {
        <section class="checks" aria-labelledby="checks-heading">
            <h2 id="checks-heading">{lang.tf(T::Readiness, &[&ok.to_string(), &total.to_string()])}</h2>
            <ul>
                {checks.into_iter().map(|c| {
                    let step = c.step;
                    view! {
                        <li class=if c.ok { "ok" } else { "todo" }>
                            <span class="mark">{lang.t(if c.ok { T::CheckDone } else { T::CheckTodo })}</span>
                            <span>{lang.t(check_text(c.kind))}</span>
                            {(!c.ok).then(|| view! {
                                <button type="button" class="small" on:click=move |_| store.go_to(step)>
                                    {lang.tf(T::FixIn, &[lang.t(step.label())])}
                                </button>
                            })}
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
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
#[component]
pub fn PlanSummary() -> impl IntoView {
    let store = use_store();
    move || {
        let lang = store.lang.get();
        store.with_current(|p| {
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
            let objections: Vec<String> = p.visit.objections.iter()
                .filter(|x| !x.objection.trim().is_empty())
                .map(|x| format!("{} → {}", x.objection.trim(), or_dash(lang, &x.answer)))
                .collect();
            let mut attendees: Vec<String> = filled(&p.visit.our_attendees).map(str::to_string).collect();
            attendees.extend(summary::attendees(p).iter().map(|c| or_dash(lang, &c.name)));
            let pains: Vec<String> = p.pains.iter()
                .filter(|x| !x.description.trim().is_empty() || !x.goal.trim().is_empty())
                .map(|x| format!("{} — {}", or_dash(lang, &x.description), lang.t(diagnosis::classify(x).label())))
                .collect();
            let bantcc: Vec<String> = BantccLetter::ALL.iter().map(|l| {
                let item = p.bantcc.item(*l);
                let notes = item.notes.trim();
                let base = format!("{} {}: {}", l.letter(), lang.t(l.label()), lang.t(item.status.label()));
                if notes.is_empty() { base } else { format!("{base} — {notes}") }
            }).collect();
            view! {
                <article class="summary" aria-label=lang.t(T::Summary)>
                    {checks_view(lang, p)}
                    <h2>{lang.t(T::AccountAndOpportunity)}</h2>
                    <dl>
                        {kv(lang, T::AccountName, or_dash(lang, &p.account.name))}
                        {kv(lang, T::Industry, or_dash(lang, &p.account.industry))}
                        {kv(lang, T::Region, or_dash(lang, &p.account.region))}
                        {kv(lang, T::OpportunityName, or_dash(lang, &o.name))}
                        {kv(lang, T::Amount, amount)}
                        {kv(lang, T::ExpectedWinDate, date_text(lang, o.expected_win_date))}
                        {kv(lang, T::LastContact, date_text(lang, o.last_contact))}
                        {kv(lang, T::NextContact, next_contact_text(lang, p))}
                    </dl>
                    <h2>{lang.t(T::Contacts)}</h2>
                    {list(lang, p.contacts.iter().map(|c| contact_line(lang, c)).collect())}
                    <h2>{lang.t(T::VisitPrepTitle)}</h2>
                    <dl>
                        {kv(lang, T::VisitDate, date_text(lang, p.visit.visit_date))}
                        {kv(lang, T::AppointmentConfirmed, lang.t(if p.visit.appointment_confirmed { T::Yes } else { T::No }).to_string())}
                        {kv(lang, T::StatedPurpose, or_dash(lang, &p.visit.purpose))}
                        {kv(lang, T::CommitmentBest, or_dash(lang, &p.visit.commitment_best))}
                        {kv(lang, T::CommitmentMin, or_dash(lang, &p.visit.commitment_min))}
                        {kv(lang, T::InfoToGive, or_dash(lang, &p.visit.info_to_give))}
                    </dl>
                    <h3>{lang.t(T::InfoToObtain)}</h3>
                    {list(lang, info)}
                    <h3>{lang.t(T::QuestionsToAsk)}</h3>
                    {list(lang, filled(&p.visit.questions).map(str::to_string).collect())}
                    <h3>{lang.t(T::Objections)}</h3>
                    {list(lang, objections)}
                    <h3>{lang.t(T::Attendees)}</h3>
                    {list(lang, attendees)}
                    <h2>{lang.t(T::DiagnosisTitle)}</h2>
                    {list(lang, pains)}
                    <dl>
                        {kv(lang, T::SurfaceNeed, or_dash(lang, &p.diagnosis.surface_need))}
                        {kv(lang, T::DeepNeedField, or_dash(lang, &p.diagnosis.deep_need))}
                        {kv(lang, T::WholeSolution, or_dash(lang, &p.diagnosis.whole_solution))}
                    </dl>
                    <h2>{lang.t(T::BantccTitle)}</h2>
                    {list(lang, bantcc)}
                </article>
            }
        })
    }
}
