//! The list of plans: create, open, duplicate, delete (with an inline
//! confirmation). One card per plan, keyed by the plan's id.

use crate::domain::model::{Plan, Step};
use crate::domain::summary::{self, DateStatus};
use crate::i18n::{Label, Lang, T};
use crate::ui::controls::{handler, lang, memo, tr, ForIds};
use crate::ui::dom::focus_later;
use crate::ui::store::{today, use_store, PLANS_HEADING_ID};
use leptos::either::Either;
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

/// What a card shows of its plan.
#[derive(Clone, PartialEq, Default)]
struct CardInfo {
    /// The plan's title; `None` when it has none yet.
    title: Option<String>,
    step: Step,
    /// The day of the last update (`YYYY-MM-DD`).
    updated: String,
    /// "name · team", empty for a plan without an author.
    author: String,
    next: Option<DateStatus>,
}

impl CardInfo {
    fn of(p: &Plan) -> CardInfo {
        CardInfo {
            title: summary::plan_title(p),
            step: p.step,
            updated: p.updated_at.get(..10).unwrap_or_default().to_string(),
            author: match (p.author.trim(), p.team.trim()) {
                ("", _) => String::new(),
                (name, "") => name.to_string(),
                (name, team) => format!("{name} · {team}"),
            },
            next: Some(summary::contact_date_status(
                p.opportunity.next_contact,
                today(),
            )),
        }
    }

    /// The title, or "untitled" in `lang`.
    fn name(&self, lang: Lang) -> String {
        self.title
            .clone()
            .unwrap_or_else(|| lang.t(T::UntitledPlan).to_string())
    }
}

/// The home screen.
#[component]
pub fn PlanList() -> impl IntoView {
    let store = use_store();
    // The plan whose card asks "delete for good?".
    let confirming = RwSignal::new(None::<String>);
    let ids = move || {
        store
            .plans
            .with(|ps| ps.iter().map(|p| p.id.clone()).collect::<Vec<_>>())
    };
    view! {
        <section class="plan-list" aria-labelledby=PLANS_HEADING_ID>
            <div class="list-head">
                <h1 id=PLANS_HEADING_ID tabindex="-1">
                    {tr(T::MyPlans)}
                </h1>
                <button type="button" id="new-plan" class="primary" on:click=handler(move |_| store.create())>
                    {tr(T::NewPlan)}
                </button>
            </div>
            {move || {
                store.plans.with(Vec::is_empty).then(|| view! {
                    <p class="empty">{tr(T::NoPlansYet)}</p>
                })
            }}
            <ul class="cards">
                <ForIds each=ids let:id>
                    <PlanCard id confirming />
                </ForIds>
            </ul>
        </section>
    }
}

/// One card: title, step, last update, next contact, and its actions (or
/// the delete confirmation).
#[component]
fn PlanCard(id: String, confirming: RwSignal<Option<String>>) -> impl IntoView {
    let store = use_store();
    // Derived, not a memo: a memo type of its own costs WASM, and a card's
    // facts are cheap to read again when the list changes.
    let info = {
        let id = StoredValue::new(id.clone());
        move || {
            store.plans.with(|ps| {
                let card = id.with_value(|id| ps.iter().find(|p| p.id == *id).map(CardInfo::of));
                card.unwrap_or_default()
            })
        }
    };
    let lang = lang();
    let name = move || info().name(lang());
    let step = move || {
        let (l, s) = (lang(), info().step);
        let of = [(s.index() + 1).to_string(), Step::ALL.len().to_string()];
        l.tf(T::StepOfTotal, &[&of[0], &of[1]]) + l.t(s.label())
    };
    let updated = move || lang().tf(T::UpdatedOn, &[&info().updated]);
    let author = move || match info().author.as_str() {
        "" => lang().t(T::NoAuthor).to_string(),
        by => lang().tf(T::ByAuthor, &[by]),
    };
    let next = move || info().next.unwrap_or(DateStatus::Missing);
    let urgent = move || {
        matches!(
            next(),
            DateStatus::Overdue { .. } | DateStatus::Missing | DateStatus::Today
        )
    };
    let asking = {
        let id = id.clone();
        // A memo: the other cards keep their buttons when this one asks.
        memo(move |_| confirming.with(|c| c.as_deref() == Some(id.as_str())))
    };
    let actions = {
        let id = id.clone();
        move || view! { <CardActions id=id.clone() confirming /> }
    };
    let title_id = format!("plan-{id}-title");
    view! {
        <li class="card">
            <h2 id=title_id class="card-title">
                {move || name()}
            </h2>
            <p class="meta">
                <span>{move || step()}</span>
                <span>{move || updated()}</span>
                <span class="author">{move || author()}</span>
                <span class:warn=urgent>{move || date_status_text(lang(), &next())}</span>
            </p>
            {move || {
                if asking.get() {
                    Either::Left(view! { <ConfirmDelete id=id.clone() name confirming /> })
                } else {
                    Either::Right(actions())
                }
            }}
        </li>
    }
}

/// Open, duplicate, delete.
#[component]
fn CardActions(id: String, confirming: RwSignal<Option<String>>) -> impl IntoView {
    let store = use_store();
    let (open, duplicate, delete) = (id.clone(), id.clone(), id.clone());
    view! {
        <div class="actions">
            <button
                type="button"
                id=format!("plan-{id}-open")
                class="primary"
                on:click=handler(move |_| store.open(Some(open.clone())))
            >
                {tr(T::Open)}
            </button>
            <button
                type="button"
                id=format!("plan-{id}-duplicate")
                on:click=handler(move |_| store.duplicate(&duplicate))
            >
                {tr(T::Duplicate)}
            </button>
            <button
                type="button"
                id=format!("plan-{id}-delete")
                class="danger"
                on:click=handler(move |_| {
                    focus_later(format!("plan-{delete}-cancel"));
                    confirming.set(Some(delete.clone()));
                })
            >
                {tr(T::Delete)}
            </button>
        </div>
    }
}

/// "Delete this plan for good?" with the two answers.
#[component]
fn ConfirmDelete(
    id: String,
    /// The plan's name in the current language.
    name: impl Fn() -> String + Send + Sync + 'static,
    confirming: RwSignal<Option<String>>,
) -> impl IntoView {
    let store = use_store();
    let lang = lang();
    let erase = id.clone();
    let cancel = id.clone();
    view! {
        <div class="confirm" role="group" aria-label=tr(T::ConfirmDelete)>
            <p>{move || lang().tf(T::ConfirmDeleteText, &[&name()])}</p>
            <button
                type="button"
                class="danger"
                on:click=handler(move |_| {
                    store.delete(&erase);
                    focus_later(PLANS_HEADING_ID.to_string());
                })
            >
                {tr(T::DeleteForGood)}
            </button>
            <button
                type="button"
                id=format!("plan-{id}-cancel")
                on:click=handler(move |_| {
                    confirming.set(None);
                    focus_later(format!("plan-{cancel}-delete"));
                })
            >
                {tr(T::Cancel)}
            </button>
        </div>
    }
}
