//! One pain: goal, owner, the four need conditions, and the core's verdict.

use super::dom::focus_later;
use super::fields::{EnumSelect, TextField};
use super::store::{tr, use_store};
use crate::domain::diagnosis::{self, NeedCondition, PainClass};
use crate::domain::model::{GoalKind, Pain, Plan, Tri};
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

fn edit_pain(id: StoredValue<String>, f: impl FnOnce(&mut Pain)) {
    use_store().edit_row(pains_mut, id, f);
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
    let live = Memo::new(move |_| {
        pid.with_value(|id| store.with_current(|p| p.pains.iter().find(|x| x.id == *id).cloned()))
            .flatten()
            .unwrap_or_default()
    });
    let class = move || diagnosis::classify(&live.get());
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
    view! {
        <li class="item pain">
            <TextField id=f("desc") label=T::PainDescription hint=T::PainDescriptionHint
                initial=pain.description.clone() on_change=move |v| edit_pain(pid, |x| x.description = v) />
            <TextField id=f("goal") label=T::PainGoal hint=T::PainGoalHint initial=pain.goal.clone()
                on_change=move |v| edit_pain(pid, |x| x.goal = v) />
            <div class="row">
                <EnumSelect id=f("goal-kind") label=T::GoalKind options=&GoalKind::ALL initial=pain.goal_kind
                    on_change=move |v| edit_pain(pid, |x| x.goal_kind = v) />
                <div class="field">
                    <label for=f("owner")>{tr(T::PainOwner)}</label>
                    <select id=f("owner") on:change=move |ev| {
                        let v = event_target_value(&ev);
                        edit_pain(pid, |x| x.owner = (!v.is_empty()).then_some(v))
                    }>
                        <option value="" selected=owner.is_empty()>{tr(T::OwnerUnknown)}</option>
                        {contacts.into_iter().map(|(cid, name)| {
                            let sel = cid == owner;
                            let name = if name.trim().is_empty() { None } else { Some(name) };
                            view! {
                                <option value=cid selected=sel>
                                    {move || name.clone().unwrap_or_else(|| store.t(T::NewContact).to_string())}
                                </option>
                            }
                        }).collect_view()}
                    </select>
                </div>
            </div>
            <fieldset class="conditions">
                <legend>{tr(T::NeedConditions)}</legend>
                <div class="grid2">
                    {NeedCondition::ALL.iter().map(|c| {
                        let c = *c;
                        view! {
                            <EnumSelect id=f(&format!("cond-{}", cond_key(c))) label=c.label() options=&Tri::ALL
                                initial=c.answer(&pain)
                                on_change=move |v| edit_pain(pid, |x| set_condition(x, c, v)) />
                        }
                    }).collect_view()}
                </div>
            </fieldset>
            <div class="verdict" aria-live="polite">
                <p class=move || format!("badge-class {}", class_css(class()))>
                    {move || store.lang.get().tf(T::Classification, &[store.t(class().label())])}
                </p>
                <p class="hint">{move || store.t(class_explanation(class()))}</p>
                {move || {
                    let open = diagnosis::open_questions(&live.get());
                    (!open.is_empty()).then(|| view! {
                        <p class="label">{tr(T::NextQuestions)}</p>
                        <ul class="questions">
                            {open.into_iter().map(|c| view! { <li>{tr(next_question(c))}</li> }).collect_view()}
                        </ul>
                    })
                }}
            </div>
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
