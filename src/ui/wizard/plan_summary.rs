//! The readable one-page summary of a plan, with its readiness checks.
//! Each line is a memo over the open plan and the language, so an edit
//! rewrites only the lines it changes.

use crate::domain::diagnosis;
use crate::domain::format::{format_amount, format_date};
use crate::domain::model::{filled, BantccLetter, Contact, Plan};
use crate::domain::summary::{self, Check, DateStatus};
use crate::i18n::{Label, Lang, T};
use crate::ui::controls::{handler, memo, tr};
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

/// Something shown from the open plan in the current language, as a memo.
fn plan_text<V>(f: impl Fn(Lang, &Plan) -> V + Send + Sync + 'static) -> Signal<V>
where
    V: Clone + Default + PartialEq + Send + Sync + 'static,
{
    let store = use_store();
    memo(move |_| {
        let lang = store.lang.get();
        store.with_current(|p| f(lang, p)).unwrap_or_default()
    })
    .into()
}

/// The summary of the open plan (kept up to date as it changes).
#[component]
pub fn PlanSummary() -> impl IntoView {
    view! {
        <article class="summary" aria-label=tr(T::Summary)>
            <PrintedBy />
            <Checks />
            <h2>{tr(T::AccountAndOpportunity)}</h2>
            <AccountFacts />
            <h2>{tr(T::Contacts)}</h2>
            <List items=plan_text(|l, p| p.contacts.iter().map(|c| contact_line(l, c)).collect()) />
            <h2>{tr(T::VisitPrepTitle)}</h2>
            <VisitFacts />
            <h3>{tr(T::InfoToObtain)}</h3>
            <List items=plan_text(info_lines) />
            <h3>{tr(T::QuestionsToAsk)}</h3>
            <List items=plan_text(|_, p| filled(&p.visit.questions).map(str::to_string).collect()) />
            <h3>{tr(T::Objections)}</h3>
            <List items=plan_text(objection_lines) />
            <h3>{tr(T::Attendees)}</h3>
            <List items=plan_text(attendee_lines) />
            <h2>{tr(T::DiagnosisTitle)}</h2>
            <List items=plan_text(pain_lines) />
            <dl>
                <Fact label=T::SurfaceNeed value=plan_text(|l, p| or_dash(l, &p.diagnosis.surface_need)) />
                <Fact label=T::DeepNeedField value=plan_text(|l, p| or_dash(l, &p.diagnosis.deep_need)) />
                <Fact
                    label=T::WholeSolution
                    value=plan_text(|l, p| or_dash(l, &p.diagnosis.whole_solution))
                />
            </dl>
            <h2>{tr(T::BantccTitle)}</h2>
            <List items=plan_text(bantcc_lines) />
        </article>
    }
}

/// On paper only: the date printed and the rep's name (from the settings).
#[component]
fn PrintedBy() -> impl IntoView {
    let store = use_store();
    let text = move || {
        let lang = store.lang.get();
        let date = format_date(today());
        match store.rep_name.get().trim() {
            "" => lang.tf(T::PrintedOn, &[&date]),
            rep => lang.tf(T::PrintedBy, &[&date, rep]),
        }
    };
    view! { <p class="print-only" id="printed-by">{move || text()}</p> }
}

/// Readiness checks with a jump to the step that fixes each gap.
#[component]
fn Checks() -> impl IntoView {
    let store = use_store();
    // Derived, not a memo: a memo type of its own costs WASM, and the list
    // is short.
    let checks = move || {
        store
            .with_current(|p| summary::readiness(p, today()))
            .unwrap_or_default()
    };
    let heading = move || {
        let c = checks();
        let (ok, total) = (c.iter().filter(|c| c.ok).count(), c.len());
        store
            .lang
            .get()
            .tf(T::Readiness, &[&ok.to_string(), &total.to_string()])
    };
    view! {
        <section class="checks" aria-labelledby="checks-heading">
            <h2 id="checks-heading">{move || heading()}</h2>
            <ul>
                {move || {
                    checks().into_iter().map(|check| view! { <CheckItem check /> }).collect_view()
                }}
            </ul>
        </section>
    }
}

/// One readiness check: its mark, its text and, when not met, a button to
/// the step that fixes it.
#[component]
fn CheckItem(check: Check) -> impl IntoView {
    let store = use_store();
    let Check { kind, ok, step } = check;
    let fix = (!ok).then(|| {
        let text = move || {
            let lang = store.lang.get();
            lang.tf(T::FixIn, &[lang.t(step.label())])
        };
        view! {
            <button type="button" class="small" on:click=handler(move |_| store.go_to(step))>
                {move || text()}
            </button>
        }
    });
    view! {
        <li class=if ok { "ok" } else { "todo" }>
            <span class="mark">{tr(if ok { T::CheckDone } else { T::CheckTodo })}</span>
            <span>{tr(kind.label())}</span>
            {fix}
        </li>
    }
}

/// A term and its value.
#[component]
fn Fact(label: T, #[prop(into)] value: Signal<String>) -> impl IntoView {
    view! {
        <dt>{tr(label)}</dt>
        <dd>{value}</dd>
    }
}

/// A bulleted list of texts, or "not set" when empty.
#[component]
fn List(#[prop(into)] items: Signal<Vec<String>>) -> impl IntoView {
    let list = move || {
        if items.with(Vec::is_empty) {
            view! { <p class="muted">{tr(T::NotSet)}</p> }.into_any()
        } else {
            let lines = items
                .get()
                .into_iter()
                .map(|t| view! { <li>{t}</li> })
                .collect_view();
            view! { <ul>{lines}</ul> }.into_any()
        }
    };
    view! { {move || list()} }
}

/// The account's and the opportunity's facts.
#[component]
fn AccountFacts() -> impl IntoView {
    let amount = plan_text(|l, p| {
        let o = &p.opportunity;
        let typed = o.amount_field();
        match o.amount {
            Some(a) => format!("{} {}", format_amount(a), o.currency),
            None if typed.trim().is_empty() => l.t(T::NotSet).to_string(),
            None => typed + l.t(T::AmountNotCounted),
        }
    });
    view! {
        <dl>
            <Fact label=T::AccountName value=plan_text(|l, p| or_dash(l, &p.account.name)) />
            <Fact label=T::Industry value=plan_text(|l, p| or_dash(l, &p.account.industry)) />
            <Fact label=T::Region value=plan_text(|l, p| or_dash(l, &p.account.region)) />
            <Fact
                label=T::OpportunityName
                value=plan_text(|l, p| or_dash(l, &p.opportunity.name))
            />
            <Fact label=T::Amount value=amount />
            <Fact
                label=T::ExpectedWinDate
                value=plan_text(|l, p| date_text(l, p.opportunity.expected_win_date))
            />
            <Fact
                label=T::LastContact
                value=plan_text(|l, p| date_text(l, p.opportunity.last_contact))
            />
            <Fact label=T::NextContact value=plan_text(next_contact_text) />
        </dl>
    }
}

/// The visit's date, appointment, purpose, commitments and what to give.
#[component]
fn VisitFacts() -> impl IntoView {
    let confirmed = plan_text(|l, p| {
        l.t(if p.visit.appointment_confirmed {
            T::Yes
        } else {
            T::No
        })
        .to_string()
    });
    view! {
        <dl>
            <Fact label=T::VisitDate value=plan_text(|l, p| date_text(l, p.visit.visit_date)) />
            <Fact label=T::AppointmentConfirmed value=confirmed />
            <Fact label=T::StatedPurpose value=plan_text(|l, p| or_dash(l, &p.visit.purpose)) />
            <Fact
                label=T::CommitmentBest
                value=plan_text(|l, p| or_dash(l, &p.visit.commitment_best))
            />
            <Fact
                label=T::CommitmentMin
                value=plan_text(|l, p| or_dash(l, &p.visit.commitment_min))
            />
            <Fact label=T::InfoToGive value=plan_text(|l, p| or_dash(l, &p.visit.info_to_give)) />
        </dl>
    }
}

fn contact_line(lang: Lang, c: &Contact) -> String {
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

fn info_lines(lang: Lang, p: &Plan) -> Vec<String> {
    summary::info_to_obtain(p)
        .iter()
        .map(|i| match info_item_text(lang, p, i) {
            (t, Some(src)) => format!("{t} ({src})"),
            (t, None) => t,
        })
        .collect()
}

fn objection_lines(lang: Lang, p: &Plan) -> Vec<String> {
    p.visit
        .objections
        .iter()
        .filter(|x| !x.objection.trim().is_empty())
        .map(|x| format!("{} → {}", x.objection.trim(), or_dash(lang, &x.answer)))
        .collect()
}

fn attendee_lines(lang: Lang, p: &Plan) -> Vec<String> {
    let mut all: Vec<String> = filled(&p.visit.our_attendees).map(str::to_string).collect();
    all.extend(summary::attendees(p).iter().map(|c| or_dash(lang, &c.name)));
    all
}

fn pain_lines(lang: Lang, p: &Plan) -> Vec<String> {
    p.pains
        .iter()
        .filter(|x| !x.description.trim().is_empty() || !x.goal.trim().is_empty())
        .map(|x| {
            format!(
                "{} — {}",
                or_dash(lang, &x.description),
                lang.t(diagnosis::classify(x).label())
            )
        })
        .collect()
}

fn bantcc_lines(lang: Lang, p: &Plan) -> Vec<String> {
    BantccLetter::ALL
        .iter()
        .map(|l| {
            let item = p.bantcc.item(*l);
            let mut line = format!(
                "{} {}: {}",
                l.letter(),
                lang.t(l.label()),
                lang.t(item.status.label())
            );
            for text in [&item.notes, &item.evidence] {
                if !text.trim().is_empty() {
                    line = format!("{line} — {}", text.trim());
                }
            }
            line
        })
        .collect()
}
