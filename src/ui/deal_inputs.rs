//! The deal inputs of the BANTCC step: how the stage is set (pick or
//! derive), the ordered criteria checklist, competitors, business volume,
//! this year's budget and the process length. The scoring panel reads them.

use super::fields::{CheckField, EnumSelect, LinesField};
use super::score_panel::stage_name;
use super::store::{tr, use_store};
use crate::domain::model::{StageMode, Tri, Volume};
use crate::domain::stages;
use crate::i18n::{Lang, T};
use leptos::prelude::*;

/// The deal fieldset.
#[component]
pub fn DealInputs() -> impl IntoView {
    let store = use_store();
    let Some(d) = store.with_current_untracked(|p| p.deal.clone()) else {
        return ().into_any();
    };
    let mode = RwSignal::new(d.stage_mode);
    view! {
        <fieldset class="deal" id="deal">
            <legend>{tr(T::DealHeading)}</legend>
            <p class="hint">{tr(T::DealIntro)}</p>
            <EnumSelect id="deal-mode" label=T::StageModeLabel options=&StageMode::ALL initial=d.stage_mode
                on_change=move |v| { mode.set(v); store.edit(|p| p.deal.stage_mode = v) } />
            {move || (mode.get() == StageMode::Pick).then(stage_pick)}
            <Checklist />
            <div class="row">
                <LinesField id="deal-competitors" label=T::CompetitorsLabel initial=d.competitors
                    on_change=move |v| store.edit(|p| p.deal.competitors = v) />
                <div>
                    <CheckField id="deal-competitors-known" label=T::CompetitorsKnown initial=d.competitors_known
                        on_change=move |v| store.edit(|p| p.deal.competitors_known = v) />
                    <CheckField id="deal-procurement-longer" label=T::ProcurementLongerLabel
                        initial=d.procurement_longer_than_planned
                        on_change=move |v| store.edit(|p| p.deal.procurement_longer_than_planned = v) />
                </div>
            </div>
            <div class="row">
                <EnumSelect id="deal-budget-year" label=T::BudgetThisYearLabel options=&Tri::ALL
                    initial=d.budget_this_year on_change=move |v| store.edit(|p| p.deal.budget_this_year = v) />
                <EnumSelect id="deal-volume" label=T::VolumeLabel options=&Volume::ALL
                    initial=d.business_volume on_change=move |v| store.edit(|p| p.deal.business_volume = v) />
            </div>
        </fieldset>
    }
    .into_any()
}

/// Pick mode: the stage select (names come from the team's stage set).
fn stage_pick() -> impl IntoView {
    let store = use_store();
    move || {
        let lang = store.lang.get();
        let picked = store
            .with_current_untracked(|p| p.deal.picked_stage.clone())
            .flatten();
        let set = store.stages.read();
        let options: Vec<(String, String, bool)> = set
            .stages
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let label = format!("{} · {}%", stage_name(&set, i, lang), s.win_rate_pct);
                (
                    s.id.clone(),
                    label,
                    picked.as_deref() == Some(s.id.as_str()),
                )
            })
            .collect();
        view! {
            <div class="field">
                <label for="deal-stage">{lang.t(T::PickedStage)}</label>
                <select id="deal-stage" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    store.edit(|p| p.deal.picked_stage = (!v.is_empty()).then_some(v));
                }>
                    <option value="" selected=picked.is_none()>{lang.t(T::NoStagePicked)}</option>
                    {options.into_iter().map(|(id, label, on)| view! {
                        <option value=id selected=on>{label}</option>
                    }).collect_view()}
                </select>
            </div>
        }
    }
}

/// The ordered checklist of every stage's criteria (ticked ones are read
/// in both modes: derive sets the stage, pick shows the support).
#[component]
fn Checklist() -> impl IntoView {
    let store = use_store();
    move || {
        let lang = store.lang.get();
        let zh = lang == Lang::Zh;
        let ticked = store
            .with_current_untracked(|p| p.deal.ticked.clone())
            .unwrap_or_default();
        let set = store.stages.read();
        view! {
            <fieldset class="criteria">
                <legend>{lang.t(T::CriteriaLegend)}</legend>
                {set.stages.iter().enumerate().map(|(i, s)| view! {
                    <p class="label">{format!("{} · {}%", stage_name(&set, i, lang), s.win_rate_pct)}</p>
                    <ul class="checks-list">
                        {s.criteria.iter().map(|c| {
                            let id = c.id.clone();
                            let dom_id = format!("crit-{id}");
                            let on = stages::is_ticked(&ticked, &id);
                            view! {
                                <li class="field check">
                                    <input type="checkbox" id=dom_id.clone() prop:checked=on
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            store.edit(|p| {
                                                p.deal.ticked.retain(|t| *t != id);
                                                if on {
                                                    p.deal.ticked.push(id.clone());
                                                }
                                            });
                                        } />
                                    <label for=dom_id>{c.text.get(zh).to_string()}</label>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                }).collect_view()}
            </fieldset>
        }
    }
}
