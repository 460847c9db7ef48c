//! The pains of the diagnosis step: each with its goal, owner, the four
//! need conditions and the core's verdict. Rows are keyed by pain id, so
//! adding or removing a pain leaves the other rows (and what is typed in
//! them) alone; a condition's change rewrites only its pain's verdict, a
//! persistent live region.

use crate::domain::diagnosis::{self, NeedCondition, PainClass};
use crate::domain::model::{row_mut, GoalKind, Pain, Plan, Tri};
use crate::i18n::{next_question, Label, T};
use crate::ui::controls::{
    handler, memo, plan_edit, plan_value, tr, ForIds, Options, OptionsField, SelectField, TextField,
};
use crate::ui::dom::focus_later;
use crate::ui::store::use_store;
use leptos::prelude::*;

/// The plan's pains (shared with the diagnosis step's list).
pub fn pains(p: &Plan) -> &Vec<Pain> {
    &p.pains
}

/// The plan's pains, mutably.
pub fn pains_mut(p: &mut Plan) -> &mut Vec<Pain> {
    &mut p.pains
}

fn set_condition(pain: &mut Pain, c: NeedCondition, v: Tri) {
    match c {
        NeedCondition::Acknowledged => pain.acknowledged = v,
        NeedCondition::Priority => pain.priority = v,
        NeedCondition::WeSolve => pain.we_solve = v,
        NeedCondition::Budget => pain.budget = v,
    }
}

/// One field of the pain `id`, as a memo (the default once it is gone).
fn pain_value<V>(id: &str, get: impl Fn(&Pain) -> V + Send + Sync + 'static) -> Signal<V>
where
    V: Clone + Default + PartialEq + Send + Sync + 'static,
{
    let id = id.to_string();
    plan_value(move |p| {
        p.pains
            .iter()
            .find(|x| x.id == id)
            .map(&get)
            .unwrap_or_default()
    })
}

/// An edit of the pain `id`, saved at once.
fn pain_edit<V: 'static>(
    id: &str,
    set: impl Fn(&mut Pain, V) + Send + Sync + 'static,
) -> Callback<V> {
    let id = id.to_string();
    plan_edit(move |p, v| {
        if let Some(x) = row_mut(&mut p.pains, &id) {
            set(x, v)
        }
    })
}

/// The pains (or a note that there are none) and "add pain".
#[component]
pub fn PainList() -> impl IntoView {
    let store = use_store();
    let ids = memo(move |_| store.row_ids(pains));
    let add = move |_| {
        let new_id = store.add_row(pains_mut);
        focus_later(format!("pain-{new_id}-desc"));
    };
    view! {
        {move || {
            ids.with(Vec::is_empty).then(|| view! {
                <p class="empty">{tr(T::NoPainsYet)}</p>
            })
        }}
        <ol class="items">
            <ForIds each=ids let:id>
                <PainRow id=id />
            </ForIds>
        </ol>
        <button type="button" id="add-pain" on:click=handler(add)>
            {tr(T::AddPain)}
        </button>
    }
}

/// The editor of one pain, as a list item.
#[component]
fn PainRow(id: String) -> impl IntoView {
    let store = use_store();
    let f = {
        let id = id.clone();
        move |name: &str| format!("pain-{id}-{name}")
    };
    let remove = {
        let id = id.clone();
        move |_| {
            store.edit(|p| p.pains.retain(|x| x.id != id));
            // The removed row and its button are gone: keep keyboard focus in the list.
            focus_later("add-pain".to_string());
        }
    };
    view! {
        <li class="item pain">
            <TextField
                id=f("desc")
                label=T::PainDescription
                hint=T::PainDescriptionHint
                value=pain_value(&id, |x| x.description.clone())
                on_input=pain_edit(&id, |x, v| x.description = v)
            />
            <TextField
                id=f("goal")
                label=T::PainGoal
                hint=T::PainGoalHint
                value=pain_value(&id, |x| x.goal.clone())
                on_input=pain_edit(&id, |x, v| x.goal = v)
            />
            <div class="row">
                <SelectField
                    id=f("goal-kind")
                    label=T::GoalKind
                    options=&GoalKind::ALL
                    value=pain_value(&id, |x| x.goal_kind.as_str())
                    on_change=pain_edit(&id, |x, v| x.goal_kind = v)
                />
                <OwnerField id=id.clone() />
            </div>
            <fieldset class="conditions">
                <legend>{tr(T::NeedConditions)}</legend>
                <div class="grid2">
                    {NeedCondition::ALL
                        .into_iter()
                        .map(|c| {
                            view! {
                                <SelectField
                                    id=f(&format!("cond-{}", cond_key(c)))
                                    label=c.label()
                                    options=&Tri::ALL
                                    value=pain_value(&id, move |x| c.answer(x).as_str())
                                    on_change=pain_edit(&id, move |x, v| set_condition(x, c, v))
                                />
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            <Verdict id=id.clone() />
            <button type="button" class="danger small" id=f("remove") on:click=handler(remove)>
                {tr(T::RemovePain)}
            </button>
        </li>
    }
}

/// Whose pain it is: one of the plan's contacts, or not known.
#[component]
fn OwnerField(id: String) -> impl IntoView {
    let store = use_store();
    // Derived from the plan on each edit (a short list) rather than a memo
    // of a type of its own: each memo type costs about 0.5 KB of WASM.
    let options: Options = std::sync::Arc::new(move || {
        let lang = store.lang.get();
        let mut all = vec![(String::new(), lang.t(T::OwnerUnknown).to_string())];
        store.with_current(|p| {
            all.extend(p.contacts.iter().map(|c| {
                let name = match c.name.trim() {
                    "" => lang.t(T::NewContact),
                    name => name,
                };
                (c.id.clone(), name.to_string())
            }))
        });
        all
    });
    view! {
        <OptionsField
            id=format!("pain-{id}-owner")
            label=T::PainOwner
            options=options
            value=pain_value(&id, |x| x.owner.clone().unwrap_or_default())
            on_change=pain_edit(&id, |x, v: String| x.owner = (!v.is_empty()).then_some(v))
        />
    }
}

/// The core's verdict on the pain `id` and the next questions to ask: a
/// live region, announced when the verdict changes.
#[component]
fn Verdict(id: String) -> impl IntoView {
    let store = use_store();
    // The class's CSS name ("" only while the row is being removed, never
    // on screen): a text memo, like the fields' (WASM size).
    let css = pain_value(&id, |x| class_css(diagnosis::classify(x)));
    let class = move || {
        let css = css.get();
        let mut all = PainClass::ALL.into_iter();
        all.find(|c| class_css(*c) == css)
            .unwrap_or(PainClass::PainOnly)
    };
    // The open conditions as their keys ("priority budget"): a text memo
    // (a memo type of its own costs WASM).
    let open = pain_value(&id, |x| {
        let keys = diagnosis::open_questions(x).into_iter().map(cond_key);
        keys.collect::<Vec<_>>().join(" ")
    });
    let open = move || {
        let keys = open.get();
        let all = NeedCondition::ALL.into_iter();
        all.filter(|c| keys.split(' ').any(|k| k == cond_key(*c)))
            .collect::<Vec<_>>()
    };
    let badge = move || format!("badge-class {}", class_css(class()));
    let verdict = move || {
        let lang = store.lang.get();
        lang.tf(T::Classification, &[lang.t(class().label())])
    };
    let explanation = move || store.t(class_explanation(class()));
    let questions = move || {
        open()
            .into_iter()
            .map(|c| view! { <li>{tr(next_question(c))}</li> })
            .collect_view()
    };
    view! {
        <div class="verdict" aria-live="polite" id=format!("pain-{id}-verdict")>
            <p class=badge>{move || verdict()}</p>
            <p class="hint">{move || explanation()}</p>
            {move || {
                (!open().is_empty()).then(|| view! {
                    <p class="label">{tr(T::NextQuestions)}</p>
                    <ul class="questions">{move || questions()}</ul>
                })
            }}
        </div>
    }
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
