//! The stage settings screen: the team's stages (at most six), their win
//! rates and judging criteria in both languages, and the qualification
//! gate. The screen edits a draft; the core reshapes and validates it, and
//! only a valid set can be saved.

pub mod forms;

use crate::domain::format::size_text;
use crate::domain::stages::{self, StageKind, StageSet, StageSetError, MAX_STAGES};
use crate::i18n::{stage_error_text, Lang, T};
use crate::storage;
use crate::ui::controls::TextField;
use crate::ui::controls::{derived, handler, lang, memo, tr, CheckField, ForIds, Heading};
use crate::ui::dom::focus_later;
use crate::ui::settings::forms::StageEditor;
use crate::ui::store::{use_store, SETTINGS_HEADING_ID};
use leptos::prelude::*;

/// The set being edited, apart from the saved one until "Save".
#[derive(Clone, Copy)]
pub struct Draft {
    /// The edited set.
    pub set: RwSignal<StageSet>,
    /// What the last save did ("saved", "failed"); cleared by any edit.
    pub status: RwSignal<Option<T>>,
    /// Bumped when the whole set is replaced (restore defaults), so
    /// controls that keep their own text show the new values.
    pub epoch: RwSignal<u32>,
}

impl Draft {
    /// What is wrong with the draft, from the core's validation (reactive;
    /// derived, not a memo: a memo type of its own costs WASM).
    pub fn errors(self) -> Vec<StageSetError> {
        self.set
            .with(|s| stages::validate(s).err().unwrap_or_default())
    }

    /// Edits the draft.
    pub fn edit(self, f: impl FnOnce(&mut StageSet)) {
        self.status.set(None);
        self.set.update(f);
    }

    /// A structural edit by the button `button_id` (add / remove a stage or
    /// a criterion). Focus then goes to the control that has this id after
    /// the change (the same button, or the one now in its place).
    pub fn reshape(self, button_id: String, f: impl FnOnce(&mut StageSet)) {
        self.edit(f);
        focus_later(button_id);
    }
}

/// The settings screen.
#[component]
pub fn StageSettings() -> impl IntoView {
    let store = use_store();
    let set = RwSignal::new(store.stages.get_untracked());
    let draft = Draft {
        set,
        status: RwSignal::new(None),
        epoch: RwSignal::new(0),
    };
    let replace = RwSignal::new(false);
    let title = derived(move || store.t(T::StageSettings).to_string());
    let status = move || draft.status.get().map(|t| store.t(t)).unwrap_or_default();
    view! {
        <section class="settings" aria-labelledby=SETTINGS_HEADING_ID>
            <Heading id=SETTINGS_HEADING_ID title=title intro=T::SettingsIntro />
            <Unreadable replace=replace />
            <ForIds
                each=move || draft.set.with(|s| s.stages.iter().map(|s| s.id.clone()).collect::<Vec<_>>())
                let:id
            >
                <StageEditor draft=draft id=id />
            </ForIds>
            <AddStage draft=draft />
            <GateField draft=draft />
            <Errors draft=draft />
            <SettingsActions draft=draft replace=replace />
            <p role="status">{move || status()}</p>
            <TextField
                id="rep-name"
                label=T::RepName
                value=store.rep_name
                on_input=Callback::new(move |v| store.set_rep_name(v))
            />
            <TextField
                id="rep-team"
                label=T::RepTeam
                value=store.team
                on_input=Callback::new(move |v| store.set_team(v))
            />
            <StorageKept />
        </section>
    }
}

/// Whether the browser agreed to keep this device's data when space runs
/// low (asked at start-up, `navigator.storage.persist()`), and the space
/// its data takes ([`storage::used_bytes`]).
#[component]
fn StorageKept() -> impl IntoView {
    let store = use_store();
    let text = move || match store.tab.with(|t| t.persisted) {
        Some(true) => T::PersistGranted,
        Some(false) => T::PersistRefused,
        None => T::PersistUnknown,
    };
    // The space used when the settings open.
    let used = storage::used_bytes().map(size_text);
    let used = move || Some(lang()().tf(T::StorageUsed, &[used.as_deref()?]));
    view! {
        <h3>{tr(T::DataOnDevice)}</h3>
        <p id="storage-persisted">{move || store.t(text())}</p>
        <p id="storage-used">{move || used()}</p>
    }
}

/// The stored set could not be read: it stays aside (the storage alert
/// offers its download) until the user agrees to replace it.
#[component]
fn Unreadable(replace: RwSignal<bool>) -> impl IntoView {
    let store = use_store();
    view! {
        {move || {
            (!store.stages_writable.get()).then(|| view! {
                <div class="alert" role="alert">
                    <p>{tr(T::SettingsUnreadable)}</p>
                    <CheckField
                        id="stage-replace"
                        label=T::ReplaceUnreadable
                        value=replace
                        on_change=Callback::new(move |on| replace.set(on))
                    />
                </div>
            })
        }}
    }
}

/// "Add stage" (disabled at the maximum) and the note about the maximum.
#[component]
fn AddStage(draft: Draft) -> impl IntoView {
    let full = move || draft.set.with(|s| s.stages.len() >= MAX_STAGES);
    let add = move |_| draft.reshape("add-stage".into(), StageSet::add_stage);
    view! {
        <div class="actions">
            <button type="button" id="add-stage" disabled=full on:click=handler(add)>
                {tr(T::AddStage)}
            </button>
            <span class="hint">{tr(T::MaxStagesNote)}</span>
        </div>
    }
}

/// The qualification gate: one of the open stages.
#[component]
fn GateField(draft: Draft) -> impl IntoView {
    let store = use_store();
    let gate = memo(move |_| draft.set.with(|s| s.qualification_gate.clone()));
    let options = move || {
        let zh = store.lang.get() == Lang::Zh;
        draft.set.with(|set| {
            let open = set.stages.iter().filter(|s| s.kind == StageKind::Open);
            let each = open.map(|s| {
                let id = s.id.clone();
                let selected = id == set.qualification_gate;
                view! {
                    <option value=id selected=selected>
                        {s.name.get(zh).to_string()}
                    </option>
                }
            });
            each.collect_view()
        })
    };
    let change = move |ev| {
        let v = event_target_value(&ev);
        draft.edit(|s| s.qualification_gate = v);
    };
    view! {
        <div class="field">
            <label for="stage-gate">{tr(T::GateLabel)}</label>
            <select id="stage-gate" prop:value=move || gate.get() on:change=handler(change)>
                {move || options()}
            </select>
        </div>
    }
}

/// What makes the draft invalid, from the core's validation.
#[component]
fn Errors(draft: Draft) -> impl IntoView {
    let store = use_store();
    let errors = move || {
        let lang = store.lang.get();
        let each = draft.errors().into_iter();
        let each = each.map(move |e| view! { <li>{stage_error_text(lang, e)}</li> });
        each.collect_view()
    };
    let invalid = move || !draft.errors().is_empty();
    view! {
        {move || {
            invalid().then(|| view! {
                <div class="alert" role="alert">
                    <p>{tr(T::SettingsInvalid)}</p>
                    <ul>{move || errors()}</ul>
                </div>
            })
        }}
    }
}

/// Save (disabled while the draft is invalid, or while an unreadable
/// stored set is not to be replaced) and restore defaults.
#[component]
fn SettingsActions(draft: Draft, replace: RwSignal<bool>) -> impl IntoView {
    let store = use_store();
    let blocked =
        move || !draft.errors().is_empty() || (!store.stages_writable.get() && !replace.get());
    let save = move |_| {
        let result = store.save_stages(draft.set.get_untracked(), replace.get_untracked());
        draft.status.set(Some(if result.is_ok() {
            T::SettingsSaved
        } else {
            T::StorageWriteFailed
        }));
    };
    let reset = move |_| {
        draft.edit(|s| *s = StageSet::default_set());
        draft.epoch.update(|n| *n += 1);
    };
    view! {
        <div class="actions">
            <button type="button" id="save-settings" class="primary" disabled=blocked on:click=handler(save)>
                {tr(T::SaveSettings)}
            </button>
            <button type="button" id="reset-settings" on:click=handler(reset)>
                {tr(T::ResetDefaults)}
            </button>
        </div>
    }
}
