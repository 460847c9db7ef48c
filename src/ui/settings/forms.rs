//! One stage in the settings: its names in both languages, its win rate,
//! its criteria (keyed by their ids, so a structural edit keeps the other
//! rows and their focus) and its add / remove buttons.
//!
//! Rows are keyed by id; their element ids (`stage-{i}-…`, `stage-{i}-c{k}-…`)
//! follow the row's current position, as the tests and labels expect.

use crate::domain::stages::{Criterion, LocalText, Stage, StageKind, StageSet, MAX_CRITERIA};
use crate::i18n::{Label, T};
use crate::ui::controls::{derived, handler, memo, tr, ForIds};
use crate::ui::dom::effect;
use crate::ui::settings::Draft;
use crate::ui::store::use_store;
use leptos::prelude::*;

/// The stage with this id.
fn stage<'a>(set: &'a StageSet, id: &str) -> Option<&'a Stage> {
    set.stages.iter().find(|s| s.id == id)
}

/// The criterion with this id (criterion ids are unique in a set).
fn criterion_mut<'a>(set: &'a mut StageSet, id: &str) -> Option<&'a mut Criterion> {
    let all = set.stages.iter_mut().flat_map(|s| s.criteria.iter_mut());
    all.into_iter().find(|c| c.id == id)
}

/// One language of a text, as typed (no fallback to the other one).
fn side(t: &LocalText, zh: bool) -> &str {
    if zh {
        &t.zh
    } else {
        &t.en
    }
}

/// One language of a text, to edit.
fn side_mut(t: &mut LocalText, zh: bool) -> &mut String {
    if zh {
        &mut t.zh
    } else {
        &mut t.en
    }
}

/// A stage's position in the set, from its text (`None` while it goes).
fn position(at: String) -> Option<usize> {
    at.parse().ok()
}

/// One stage: names, win rate, criteria and its buttons.
#[component]
pub fn StageEditor(draft: Draft, id: String) -> impl IntoView {
    let store = use_store();
    let (i1, i2) = (id.clone(), id.clone());
    // The stage's position as text ("" while it goes): a text memo, like
    // the others (a memo type of its own costs WASM); [`position`] reads it.
    let at = memo(move |_| {
        let at = draft.set.with(|s| s.index_of(&i1));
        at.map(|i| i.to_string()).unwrap_or_default()
    });
    // The kind's stored name ("" while the stage goes): a text memo, like
    // the others (a memo type of its own costs WASM).
    let kind = memo(move |_| {
        draft
            .set
            .with(|s| stage(s, &i2).map_or("", |s| s.kind.as_str()))
    });
    let legend = move || {
        let lang = store.lang.get();
        let number = lang.tf(T::StageNumber, &[&(position(at.get())? + 1).to_string()]);
        let kind = StageKind::from_name(kind.get())?;
        Some(format!("{number} · {}", lang.t(kind.label())))
    };
    let i3 = id.clone();
    let criteria = move || {
        let ids = |s: &Stage| s.criteria.iter().map(|c| c.id.clone()).collect::<Vec<_>>();
        draft
            .set
            .with(|set| stage(set, &i3).map(ids).unwrap_or_default())
    };
    view! {
        <fieldset class="stage-edit">
            <legend>{move || legend()}</legend>
            <div class="row three">
                <NameField draft=draft stage_id=id.clone() at=at zh=true />
                <NameField draft=draft stage_id=id.clone() at=at zh=false />
                <RateField draft=draft stage_id=id.clone() at=at />
            </div>
            <ForIds each=criteria let:crit>
                <CriterionRow draft=draft id=crit />
            </ForIds>
            <StageActions draft=draft stage_id=id at=at kind=kind />
        </fieldset>
    }
}

/// A labelled text input of the draft; `id` is empty (and left out) while
/// its row is going away.
#[component]
fn DraftField(
    #[prop(into)] id: Signal<String>,
    #[prop(into)] label: Signal<String>,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=move || Some(id.get()).filter(|i| !i.is_empty())>{label}</label>
            <input
                id=move || Some(id.get()).filter(|i| !i.is_empty())
                type="text"
                prop:value=value
                on:input=handler(move |ev| on_input.run(event_target_value(&ev)))
            />
        </div>
    }
}

/// The stage's name in Chinese (`zh`) or English.
#[component]
fn NameField(draft: Draft, stage_id: String, at: Memo<String>, zh: bool) -> impl IntoView {
    let (key, label) = if zh {
        ("zh", T::NameZh)
    } else {
        ("en", T::NameEn)
    };
    let sid = stage_id.clone();
    let value = memo(move |_| {
        let name = |s: &Stage| side(&s.name, zh).to_string();
        draft
            .set
            .with(|set| stage(set, &sid).map(name).unwrap_or_default())
    });
    let edit = Callback::new(move |v: String| {
        draft.edit(|set| {
            if let Some(s) = set.stages.iter_mut().find(|s| s.id == stage_id) {
                *side_mut(&mut s.name, zh) = v;
            }
        })
    });
    let label = tr(label);
    view! {
        <DraftField
            id=derived(move || position(at.get()).map(|i| format!("stage-{i}-{key}")).unwrap_or_default())
            label=derived(move || label().to_string())
            value=value
            on_input=edit
        />
    }
}

/// The stage's win rate in percent. Text that is not a whole number from 0
/// to 255 is flagged with `aria-invalid` and leaves the draft as it was
/// (the core's validation reports rates above 100).
#[component]
fn RateField(draft: Draft, stage_id: String, at: Memo<String>) -> impl IntoView {
    let sid = stage_id.clone();
    // The draft's rate as text ("" while the stage goes).
    let rate = memo(move |_| {
        let rate = |set: &StageSet| stage(set, &sid).map(|s| s.win_rate_pct.to_string());
        draft.set.with(rate).unwrap_or_default()
    });
    // What the control holds: the draft's rate, or the last text typed.
    let text = RwSignal::new(rate.get_untracked());
    let parse = |t: &str| t.trim().parse::<u8>().ok();
    // The draft changed under the control (restore defaults): show it.
    effect(move || {
        draft.epoch.track();
        let r = rate.get();
        if text.with_untracked(|t| parse(t)) != parse(&r) {
            text.set(r);
        }
    });
    let input = move |ev| {
        let v = event_target_value(&ev);
        if let Some(r) = parse(&v) {
            draft.edit(|set| {
                if let Some(s) = set.stages.iter_mut().find(|s| s.id == stage_id) {
                    s.win_rate_pct = r;
                }
            });
        }
        text.set(v);
    };
    let id = move || position(at.get()).map(|i| format!("stage-{i}-rate"));
    let invalid = move || text.with(|t| parse(t).is_none()).then_some("true");
    view! {
        <div class="field">
            <label for=id>{tr(T::WinRatePct)}</label>
            <input
                id=id
                type="number"
                min="0"
                max="100"
                step="1"
                inputmode="numeric"
                aria-invalid=invalid
                prop:value=move || text.get()
                on:input=handler(input)
            />
        </div>
    }
}

/// A criterion's stage and place in it, from its ids' prefix
/// `stage-<i>-c<k>` (`None` while it goes).
fn place(prefix: String) -> Option<(usize, usize)> {
    let (i, k) = prefix.strip_prefix("stage-")?.split_once("-c")?;
    Some((i.parse().ok()?, k.parse().ok()?))
}

/// One criterion: its text in both languages and its remove button.
#[component]
fn CriterionRow(draft: Draft, id: String) -> impl IntoView {
    let store = use_store();
    let cid = id.clone();
    // "stage-<i>-c<k>", the prefix of the row's ids ("" while it goes): a
    // text memo (a memo type of its own costs WASM); [`place`] reads it.
    let pos = memo(move |_| {
        let at = draft.set.with(|s| s.criterion_position(&cid));
        at.map(|(i, k)| format!("stage-{i}-c{k}"))
            .unwrap_or_default()
    });
    let n = move || place(pos.get()).map_or(String::new(), |(_, k)| (k + 1).to_string());
    let remove = move |_| {
        if let Some((i, k)) = place(pos.get_untracked()) {
            let button = format!("stage-{i}-c{k}-remove");
            draft.reshape(button, |s| s.remove_criterion(i, k));
        }
    };
    view! {
        <div class="row three crit">
            <CriterionField draft=draft id=id.clone() pos=pos zh=true />
            <CriterionField draft=draft id=id pos=pos zh=false />
            <button
                type="button"
                class="small danger"
                id=move || Some(pos.get()).filter(|p| !p.is_empty()).map(|p| p + "-remove")
                on:click=handler(remove)
            >
                {move || store.lang.get().tf(T::RemoveCriterion, &[&n()])}
            </button>
        </div>
    }
}

/// A criterion's text in Chinese (`zh`) or English.
#[component]
fn CriterionField(draft: Draft, id: String, pos: Memo<String>, zh: bool) -> impl IntoView {
    let store = use_store();
    let (key, label) = if zh {
        ("zh", T::CriterionZh)
    } else {
        ("en", T::CriterionEn)
    };
    let cid = id.clone();
    let value = memo(move |_| {
        let text = |s: &StageSet| {
            let (i, k) = s.criterion_position(&cid)?;
            Some(side(&s.stages[i].criteria[k].text, zh).to_string())
        };
        draft.set.with(text).unwrap_or_default()
    });
    let edit = Callback::new(move |v: String| {
        draft.edit(|set| {
            if let Some(c) = criterion_mut(set, &id) {
                *side_mut(&mut c.text, zh) = v;
            }
        })
    });
    let text = move || {
        let n = place(pos.get()).map_or(String::new(), |(_, k)| (k + 1).to_string());
        store.lang.get().tf(label, &[&n])
    };
    view! {
        <DraftField
            id=derived(move || {
                let p = pos.get();
                if p.is_empty() { p } else { format!("{p}-{key}") }
            })
            label=derived(text)
            value=value
            on_input=edit
        />
    }
}

/// "Add criterion" (up to the maximum) and "Remove stage" (an open stage,
/// while another open stage is left).
#[component]
fn StageActions(
    draft: Draft,
    stage_id: String,
    at: Memo<String>,
    kind: Memo<&'static str>,
) -> impl IntoView {
    let room = memo(move |_| {
        let count = |set: &StageSet| stage(set, &stage_id).map_or(0, |s| s.criteria.len());
        draft.set.with(count) < MAX_CRITERIA
    });
    let removable = memo(move |_| {
        let open = |set: &StageSet| {
            set.stages
                .iter()
                .filter(|s| s.kind == StageKind::Open)
                .count()
        };
        kind.get() == StageKind::Open.as_str() && draft.set.with(open) > 1
    });
    let add = move |_| {
        if let Some(i) = position(at.get_untracked()) {
            draft.reshape(format!("stage-{i}-add-crit"), |s| s.add_criterion(i));
        }
    };
    let remove = move |_| {
        if let Some(i) = position(at.get_untracked()) {
            draft.reshape(format!("stage-{i}-remove"), |s| s.remove_stage(i));
        }
    };
    view! {
        <div class="actions">
            {move || {
                room.get().then(|| view! {
                    <button
                        type="button"
                        class="small"
                        id=move || position(at.get()).map(|i| format!("stage-{i}-add-crit"))
                        on:click=handler(add)
                    >
                        {tr(T::AddCriterion)}
                    </button>
                })
            }}
            {move || {
                removable.get().then(|| view! {
                    <button
                        type="button"
                        class="small danger"
                        id=move || position(at.get()).map(|i| format!("stage-{i}-remove"))
                        on:click=handler(remove)
                    >
                        {tr(T::RemoveStage)}
                    </button>
                })
            }}
        </div>
    }
}
