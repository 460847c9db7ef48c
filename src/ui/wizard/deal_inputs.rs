//! The deal inputs of the BANTCC step: how the stage is set (pick or
//! derive), the ordered criteria checklist, competitors, business volume,
//! this year's budget and the process length. The scoring panel reads them.

use crate::domain::facts;
use crate::domain::model::{lines_from_text, text_from_lines, StageMode, Tri, Volume};
use crate::domain::scoring::set_stage_mode;
use crate::domain::stages::{Criterion, Stage};
use crate::i18n::{Label, Lang, T};
use crate::ui::controls::{
    handler, lang, plan_edit, plan_value, tr, CheckField, Options, OptionsField, SelectField,
    TextField,
};
use crate::ui::store::use_store;
use leptos::prelude::*;

/// A stage's name in `lang` and its win rate, "Discover · 10%".
fn stage_text(s: &Stage, lang: Lang) -> String {
    format!("{} · {}%", s.name.get(lang == Lang::Zh), s.win_rate_pct)
}

/// The deal fieldset.
#[component]
pub fn DealInputs() -> impl IntoView {
    let store = use_store();
    let mode = plan_value(|p| p.deal.stage_mode.as_str());
    view! {
        <fieldset class="deal" id="deal">
            <legend>{tr(T::DealHeading)}</legend>
            <p class="hint">{tr(T::DealIntro)}</p>
            <SelectField
                id="deal-mode"
                label=T::StageModeLabel
                options=&StageMode::ALL
                value=mode
                on_change=plan_edit(move |p, v| set_stage_mode(p, v, &store.stages.read_untracked()))
            />
            // The stage select is only present in pick mode.
            <div id="deal-stage-field">
                {move || {
                    (mode.get() == StageMode::Pick.as_str()).then(|| view! {
                        <StagePick />
                    })
                }}
            </div>
            <Criteria />
            <div class="row">
                <TextField
                    id="deal-competitors"
                    label=T::CompetitorsLabel
                    hint=T::OnePerLine
                    multiline=true
                    value=plan_value(|p| text_from_lines(&p.deal.competitors))
                    on_input=plan_edit(|p, v: String| p.deal.competitors = lines_from_text(&v))
                />
                <div>
                    <CheckField
                        id="deal-competitors-known"
                        label=T::CompetitorsKnown
                        value=plan_value(facts::competitors_known)
                        on_change=plan_edit(facts::set_competitors_known)
                    />
                    <CheckField
                        id="deal-procurement-longer"
                        label=T::ProcurementLongerLabel
                        value=plan_value(|p| p.deal.procurement_longer_than_planned)
                        on_change=plan_edit(|p, v| p.deal.procurement_longer_than_planned = v)
                    />
                </div>
            </div>
            <div class="row">
                <SelectField
                    id="deal-budget-year"
                    label=T::BudgetThisYearLabel
                    options=&Tri::ALL
                    value=plan_value(|p| facts::budget_this_year(p).as_str())
                    on_change=plan_edit(|p, v| p.deal.budget_this_year = v)
                />
                <SelectField
                    id="deal-volume"
                    label=T::VolumeLabel
                    options=&Volume::ALL
                    value=plan_value(|p| p.deal.business_volume.as_str())
                    on_change=plan_edit(|p, v| p.deal.business_volume = v)
                />
            </div>
        </fieldset>
    }
}

/// The stage select (names come from the team's stage set).
#[component]
fn StagePick() -> impl IntoView {
    let store = use_store();
    let options: Options = std::sync::Arc::new(move || {
        let lang = store.lang.get();
        let mut all = vec![(String::new(), lang.t(T::NoStagePicked).to_string())];
        store.stages.with(|set| {
            all.extend(
                set.stages
                    .iter()
                    .map(|s| (s.id.clone(), stage_text(s, lang))),
            )
        });
        all
    });
    view! {
        <OptionsField
            id="deal-stage"
            label=T::PickedStage
            options=options
            value=plan_value(|p| p.deal.picked_stage.clone().unwrap_or_default())
            on_change=plan_edit(|p, v: String| p.deal.picked_stage = (!v.is_empty()).then_some(v))
        />
    }
}

/// The ordered checklist of every stage's criteria (ticked ones are read
/// in both modes: derive sets the stage, pick shows the support).
#[component]
fn Criteria() -> impl IntoView {
    let store = use_store();
    view! {
        <fieldset class="criteria">
            <legend>{tr(T::CriteriaLegend)}</legend>
            {move || {
                let stages = store.stages.get().stages.into_iter();
                stages.map(|stage| view! { <StageCriteria stage /> }).collect_view()
            }}
        </fieldset>
    }
}

/// One stage's name and its criteria, each a checkbox.
#[component]
fn StageCriteria(stage: Stage) -> impl IntoView {
    let lang = lang();
    let name = {
        let stage = stage.clone();
        move || stage_text(&stage, lang())
    };
    view! {
        <p class="label">{move || name()}</p>
        <ul class="checks-list">
            {stage.criteria.into_iter().map(|c| view! { <CriterionCheck criterion=c /> }).collect_view()}
        </ul>
    }
}

/// A criterion's checkbox, ticked by hand or from the plan's facts (then
/// marked "from your contacts", "from your pains"…). Unticking one the
/// plan states asks why.
#[component]
fn CriterionCheck(criterion: Criterion) -> impl IntoView {
    let Criterion { id, text } = criterion;
    let ticked = {
        let id = id.clone();
        plan_value(move |p| facts::is_ticked(p, &id))
    };
    // Text, so the memo shares the code of the other text fields' memos.
    let lang = lang();
    let from = {
        let id = id.clone();
        plan_value(move |p| facts::source(p, &id).map_or("", |s| lang().t(s.label())))
    };
    let overruled = {
        let id = id.clone();
        plan_value(move |p| facts::overrule(p, &id).is_some())
    };
    let tick = {
        let id = id.clone();
        plan_edit(move |p, on: bool| facts::tick(p, &id, on))
    };
    let label = move || text.get(lang() == Lang::Zh).to_string();
    let control = format!("crit-{id}");
    let reason = move || {
        overruled.get().then(|| {
            let id = id.clone();
            let get = id.clone();
            view! {
                <TextField
                    id=format!("crit-{id}-why")
                    label=T::OverruleReason
                    value=plan_value(move |p| {
                        facts::overrule(p, &get).map(|o| o.reason.clone()).unwrap_or_default()
                    })
                    on_input=plan_edit(move |p, v: String| {
                        let o = p.deal.overruled.iter_mut().find(|o| o.criterion == id);
                        o.into_iter().for_each(|o| o.reason = v.clone());
                    })
                />
            }
        })
    };
    view! {
        <li class="field check">
            <input
                id=control.clone()
                type="checkbox"
                prop:checked=ticked
                on:change=handler(move |ev| tick.run(event_target_checked(&ev)))
            />
            <label for=control>
                {move || label()}
                {move || {
                    let from = from.get();
                    (!from.is_empty()).then(|| view! { <span class="from">{from}</span> })
                }}
            </label>
            {move || reason()}
        </li>
    }
}
