//! The list of plans: create, open, duplicate, delete (with confirmation).

use super::dom::focus_later;
use super::store::{today, tr, use_store, PLANS_HEADING_ID};
use crate::domain::model::{Plan, Step};
use crate::domain::summary::{self, DateStatus};
use crate::i18n::{Label, Lang, T};
use leptos::prelude::*;

/// What one row shows, computed once per render of the list.
#[derive(Clone, PartialEq)]
struct Row {
    id: String,
    title: Option<String>,
    updated: String,
    step_index: usize,
    step: Step,
    next_contact: DateStatus,
}

fn row(p: &Plan) -> Row {
    Row {
        id: p.id.clone(),
        title: summary::plan_title(p),
        updated: p.updated_at.get(..10).unwrap_or_default().to_string(),
        step_index: p.step.index() + 1,
        step: p.step,
        next_contact: summary::contact_date_status(p.opportunity.next_contact, today()),
    }
}

/// The home screen.
#[component]
pub fn PlanList() -> impl IntoView {
    let store = use_store();
    let rows = Memo::new(move |_| {
        store
            .plans
            .with(|ps| ps.iter().map(row).collect::<Vec<_>>())
    });
    let confirming = RwSignal::new(None::<String>);
    view! {
        <section class="plan-list" aria-labelledby="plans-heading">
            <div class="list-head">
                <h1 id=PLANS_HEADING_ID tabindex="-1">{tr(T::MyPlans)}</h1>
                <button type="button" class="primary" on:click=move |_| store.create()>
                    {tr(T::NewPlan)}
                </button>
            </div>
            {move || rows.with(|r| r.is_empty()).then(|| view! { <p class="empty">{tr(T::NoPlansYet)}</p> })}
            <ul class="cards">
                {move || rows.get().into_iter().map(|r| view! { <PlanCard r=r confirming=confirming /> }).collect_view()}
            </ul>
        </section>
    }
}

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

#[component]
fn PlanCard(r: Row, confirming: RwSignal<Option<String>>) -> impl IntoView {
    let store = use_store();
    let Row {
        id,
        title,
        updated,
        step_index,
        step,
        next_contact,
    } = r;
    let heading_id = format!("plan-{id}-title");
    let title_for_confirm = title.clone();
    let name = move || {
        title
            .clone()
            .unwrap_or_else(|| store.t(T::UntitledPlan).to_string())
    };
    let urgent = matches!(
        next_contact,
        DateStatus::Overdue { .. } | DateStatus::Missing | DateStatus::Today
    );
    let card_id = StoredValue::new(id.clone());
    let cancel_id = format!("plan-{id}-cancel");
    let del_id = format!("plan-{id}-delete");
    let is_confirming =
        move || card_id.with_value(|id| confirming.get().as_deref() == Some(id.as_str()));
    let actions = move || {
        let ask = move |_| {
            confirming.set(Some(card_id.get_value()));
            focus_later(format!("plan-{}-cancel", card_id.get_value()));
        };
        view! {
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| store.open(Some(card_id.get_value()))>
                    {tr(T::Open)}
                </button>
                <button type="button" on:click=move |_| card_id.with_value(|id| store.duplicate(id))>
                    {tr(T::Duplicate)}
                </button>
                <button type="button" class="danger" id=del_id.clone() on:click=ask>
                    {tr(T::Delete)}
                </button>
            </div>
        }
    };
    let confirm = move || {
        let t = title_for_confirm.clone();
        view! {
            <div class="confirm" role="group" aria-label=tr(T::ConfirmDelete)>
                <p>{move || {
                    let n = t.clone().unwrap_or_else(|| store.t(T::UntitledPlan).to_string());
                    store.lang.get().tf(T::ConfirmDeleteText, &[&n])
                }}</p>
                <button type="button" class="danger" on:click=move |_| {
                    card_id.with_value(|id| store.delete(id));
                    focus_later(PLANS_HEADING_ID.to_string());
                }>
                    {tr(T::DeleteForGood)}
                </button>
                <button type="button" id=cancel_id.clone() on:click=move |_| {
                    confirming.set(None);
                    focus_later(format!("plan-{}-delete", card_id.get_value()));
                }>
                    {tr(T::Cancel)}
                </button>
            </div>
        }
    };
    view! {
        <li class="card">
            <h2 id=heading_id class="card-title">{name.clone()}</h2>
            <p class="meta">
                <span>{move || store.lang.get().tf(T::StepOfTotal, &[&step_index.to_string(), &Step::ALL.len().to_string()])}
                    {tr(step.label())}</span>
                <span>{move || store.lang.get().tf(T::UpdatedOn, &[&updated])}</span>
                <span class:warn=urgent>{move || date_status_text(store.lang.get(), &next_contact)}</span>
            </p>
            {move || if is_confirming() { confirm().into_any() } else { actions().into_any() }}
        </li>
    }
}
