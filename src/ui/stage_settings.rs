//! The stage settings screen: the team's stages (at most six), their win
//! rates and judging criteria in both languages, and the qualification
//! gate. The core validates; only a valid set can be saved.

use super::store::{tr, use_store, SETTINGS_HEADING_ID};
use crate::domain::codec::fresh_id;
use crate::domain::stages::{
    self, Criterion, Stage, StageKind, StageSet, MAX_CRITERIA, MAX_STAGES,
};
use crate::i18n::{stage_error_text, Label, Lang, T};
use leptos::prelude::*;

/// A labelled text input whose label is built from the language.
fn text_input(
    id: String,
    label: impl Fn(Lang) -> String + Send + Sync + 'static,
    initial: String,
    on_input: impl Fn(String) + 'static,
) -> impl IntoView {
    let store = use_store();
    view! {
        <div class="field">
            <label for=id.clone()>{move || label(store.lang.get())}</label>
            <input type="text" id=id prop:value=initial on:input=move |ev| on_input(event_target_value(&ev)) />
        </div>
    }
}

fn new_id(set: &StageSet, prefix: &str) -> String {
    let mut ids: Vec<&str> = set.stages.iter().map(|s| s.id.as_str()).collect();
    ids.extend(
        set.stages
            .iter()
            .flat_map(|s| s.criteria.iter().map(|c| c.id.as_str())),
    );
    fresh_id(prefix, &ids)
}

fn new_criterion(set: &StageSet) -> Criterion {
    Criterion {
        id: new_id(set, "k"),
        ..Criterion::default()
    }
}

/// The set being edited, unsaved until "Save".
#[derive(Clone, Copy)]
struct Draft {
    set: RwSignal<StageSet>,
    // Bumped on structural changes only, so typing never rebuilds inputs.
    shape: RwSignal<u32>,
    status: RwSignal<Option<T>>,
}

impl Draft {
    fn edit(self, f: impl FnOnce(&mut StageSet)) {
        self.status.set(None);
        self.set.update(f);
    }

    fn edit_stage(self, i: usize, f: impl FnOnce(&mut Stage)) {
        self.edit(|set| {
            if let Some(s) = set.stages.get_mut(i) {
                f(s)
            }
        });
    }

    fn reshape(self, f: impl FnOnce(&mut StageSet)) {
        self.edit(f);
        self.shape.update(|n| *n += 1);
    }
}

/// The settings screen.
#[component]
pub fn StageSettings() -> impl IntoView {
    let store = use_store();
    let d = Draft {
        set: RwSignal::new(store.stages.get_untracked()),
        shape: RwSignal::new(0),
        status: RwSignal::new(None),
    };
    let (draft, shape, status) = (d.set, d.shape, d.status);
    let replace = RwSignal::new(false);
    let errors = Memo::new(move |_| draft.with(|d| stages::validate(d).err().unwrap_or_default()));
    let save = move |_| {
        let result = store.save_stages(draft.get_untracked(), replace.get_untracked());
        status.set(Some(if result.is_ok() {
            T::SettingsSaved
        } else {
            T::StorageWriteFailed
        }));
    };
    let stage_rows = move || {
        shape.track();
        let set = draft.get_untracked();
        let open_count = set
            .stages
            .iter()
            .filter(|s| s.kind == StageKind::Open)
            .count();
        set.stages
            .iter()
            .enumerate()
            .map(|(i, s)| stage_row(d, i, s, open_count))
            .collect_view()
    };
    let gate = move || {
        shape.track();
        let lang = store.lang.get();
        let set = draft.get_untracked();
        view! {
            <div class="field">
                <label for="stage-gate">{lang.t(T::GateLabel)}</label>
                <select id="stage-gate" on:change=move |ev| {
                    let v = event_target_value(&ev);
                    d.edit(|set| set.qualification_gate = v);
                }>
                    {set.stages.iter().filter(|s| s.kind == StageKind::Open).map(|s| view! {
                        <option value=s.id.clone() selected=s.id == set.qualification_gate>
                            {s.name.get(lang == Lang::Zh).to_string()}
                        </option>
                    }).collect_view()}
                </select>
            </div>
        }
    };
    let add_stage = move |_| {
        d.reshape(|d| {
            let at = d
                .stages
                .iter()
                .position(|s| s.kind != StageKind::Open)
                .unwrap_or(d.stages.len());
            let rate = at
                .checked_sub(1)
                .and_then(|i| d.stages.get(i))
                .map_or(0, |s| s.win_rate_pct);
            let mut stage = Stage {
                id: new_id(d, "s"),
                win_rate_pct: rate,
                ..Stage::default()
            };
            for _ in 0..stages::MIN_CRITERIA {
                let mut c = new_criterion(d);
                // Unique against the ones added just before.
                c.id = format!("{}{}", c.id, stage.criteria.len());
                stage.criteria.push(c);
            }
            d.stages.insert(at, stage);
        })
    };
    let full = move || draft.with(|d| d.stages.len() >= MAX_STAGES);
    let error_list = move || {
        let lang = store.lang.get();
        let errs = errors.get();
        (!errs.is_empty()).then(|| view! {
            <div class="alert" role="alert">
                <p>{lang.t(T::SettingsInvalid)}</p>
                <ul>{errs.into_iter().map(|e| view! { <li>{stage_error_text(lang, e)}</li> }).collect_view()}</ul>
            </div>
        })
    };
    let unreadable = move || {
        (!store.stages_writable.get()).then(|| view! {
        <div class="alert" role="alert">
            <p>{tr(T::SettingsUnreadable)}</p>
            <div class="field check">
                <input type="checkbox" id="stage-replace" on:change=move |ev| replace.set(event_target_checked(&ev)) />
                <label for="stage-replace">{tr(T::ReplaceUnreadable)}</label>
            </div>
        </div>
    })
    };
    let blocked =
        move || !errors.with(Vec::is_empty) || (!store.stages_writable.get() && !replace.get());
    view! {
        <section class="settings" aria-labelledby=SETTINGS_HEADING_ID>
            <h1 id=SETTINGS_HEADING_ID tabindex="-1">{tr(T::StageSettings)}</h1>
            <p class="intro">{tr(T::SettingsIntro)}</p>
            {unreadable}
            {stage_rows}
            <div class="actions">
                <button type="button" on:click=add_stage disabled=full>{tr(T::AddStage)}</button>
                <span class="hint">{tr(T::MaxStagesNote)}</span>
            </div>
            {gate}
            {error_list}
            <div class="actions">
                <button type="button" class="primary" on:click=save disabled=blocked>{tr(T::SaveSettings)}</button>
                <button type="button" on:click=move |_| d.reshape(|set| *set = StageSet::default_set())>
                    {tr(T::ResetDefaults)}
                </button>
            </div>
            <p role="status">{move || status.get().map(|t| store.t(t))}</p>
        </section>
    }
}

/// One stage: names, win rate, criteria; remove for open stages.
fn stage_row(d: Draft, i: usize, s: &Stage, open_count: usize) -> impl IntoView {
    let store = use_store();
    let kind = s.kind;
    let number = move |lang: Lang| lang.tf(T::StageNumber, &[&(i + 1).to_string()]);
    let rate_id = format!("stage-{i}-rate");
    let rate_invalid = RwSignal::new(false);
    let removable = kind == StageKind::Open && open_count > 1;
    let can_add = s.criteria.len() < MAX_CRITERIA;
    let on_rate = move |ev| match event_target_value(&ev).trim().parse::<u8>() {
        Ok(v) => {
            rate_invalid.set(false);
            d.edit_stage(i, |s| s.win_rate_pct = v)
        }
        Err(_) => rate_invalid.set(true),
    };
    view! {
        <fieldset class="stage-edit">
            <legend>{move || format!("{} · {}", number(store.lang.get()), store.t(kind.label()))}</legend>
            <div class="row three">
                {text_input(format!("stage-{i}-zh"), |l| l.t(T::NameZh).to_string(), s.name.zh.clone(),
                    move |v| d.edit_stage(i, |s| s.name.zh = v))}
                {text_input(format!("stage-{i}-en"), |l| l.t(T::NameEn).to_string(), s.name.en.clone(),
                    move |v| d.edit_stage(i, |s| s.name.en = v))}
                <div class="field">
                    <label for=rate_id.clone()>{tr(T::WinRatePct)}</label>
                    <input type="number" id=rate_id min="0" max="100" step="1" inputmode="numeric"
                        prop:value=s.win_rate_pct.to_string()
                        aria-invalid=move || rate_invalid.get().then_some("true")
                        on:input=on_rate />
                </div>
            </div>
            {s.criteria.iter().enumerate().map(|(k, c)| {
                let n = (k + 1).to_string();
                let n2 = n.clone();
                let n3 = n.clone();
                view! {
                    <div class="row three crit">
                        {text_input(format!("stage-{i}-c{k}-zh"), move |l| l.tf(T::CriterionZh, &[&n]),
                            c.text.zh.clone(), move |v| d.edit_stage(i, |s| if let Some(c) = s.criteria.get_mut(k) { c.text.zh = v }))}
                        {text_input(format!("stage-{i}-c{k}-en"), move |l| l.tf(T::CriterionEn, &[&n2]),
                            c.text.en.clone(), move |v| d.edit_stage(i, |s| if let Some(c) = s.criteria.get_mut(k) { c.text.en = v }))}
                        <button type="button" class="small danger"
                            on:click=move |_| d.reshape(|set| if let Some(s) = set.stages.get_mut(i) {
                                if k < s.criteria.len() { s.criteria.remove(k); }
                            })>
                            {move || store.lang.get().tf(T::RemoveCriterion, &[&n3])}
                        </button>
                    </div>
                }
            }).collect_view()}
            <div class="actions">
                {can_add.then(|| view! {
                    <button type="button" class="small" on:click=move |_| d.reshape(|set| {
                        let c = new_criterion(set);
                        if let Some(s) = set.stages.get_mut(i) { s.criteria.push(c) }
                    })>{tr(T::AddCriterion)}</button>
                })}
                {removable.then(|| view! {
                    <button type="button" class="small danger"
                        on:click=move |_| d.reshape(|set| if i < set.stages.len() { set.stages.remove(i); })>
                        {tr(T::RemoveStage)}
                    </button>
                })}
            </div>
        </fieldset>
    }
}
