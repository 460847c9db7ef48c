//! The stage settings screen: the team's stages (at most six), their win
//! rates and judging criteria in both languages, and the qualification
//! gate. The core validates; only a valid set can be saved.
//!
//! The stages are one block of HTML text (escaped), rebuilt only on a
//! structural change or a language switch, so typing never rebuilds an
//! input; one delegated listener per event kind reads what a control edits
//! from its `data-*` attributes (`f` field, `i` stage, `k` criterion, `a`
//! button action). This costs a fraction of the WASM of typed views.

pub mod forms;

use crate::domain::stages::{self, StageSet};
use crate::html::{button, check_field, el};
use crate::i18n::{stage_error_text, T};
use crate::ui::block::{block, heading, live, text_block, wrap, Act, Node};
use crate::ui::fields::Target;
use crate::ui::settings::forms::stages_html;
use crate::ui::store::{use_store, SETTINGS_HEADING_ID};
use leptos::prelude::*;

/// A structural change by the button action `a` on stage `i`, criterion `k`.
fn reshape(set: &mut StageSet, a: &str, i: usize, k: usize) {
    match a {
        "add-stage" => set.add_stage(),
        "rm-stage" => set.remove_stage(i),
        "add-crit" => set.add_criterion(i),
        "rm-crit" => set.remove_criterion(i, k),
        "reset" => *set = StageSet::default_set(),
        _ => {}
    }
}

/// The settings screen.
pub fn stage_settings() -> Node {
    let store = use_store();
    let draft = RwSignal::new(store.stages.get_untracked());
    // Bumped on structural changes only, so typing never rebuilds inputs.
    let shape = RwSignal::new(0u32);
    let status = RwSignal::new(None::<T>);
    let replace = RwSignal::new(false);
    let errors = Memo::new(move |_| draft.with(|d| stages::validate(d).err().unwrap_or_default()));
    let save = move || {
        let result = store.save_stages(draft.get_untracked(), replace.get_untracked());
        status.set(Some(if result.is_ok() {
            T::SettingsSaved
        } else {
            T::StorageWriteFailed
        }));
    };
    let stages = move || {
        shape.track();
        let lang = store.lang.get();
        draft.with_untracked(|set| stages_html(set, lang))
    };
    // Every control's edit: text, rate, gate, the replace checkbox.
    let on_input = move |ev: &web_sys::Event| {
        let Some(t) = Target::of(ev, "f") else {
            return;
        };
        let f = t.data("f");
        if f == "replace" {
            replace.set(t.checked());
            return;
        }
        let (i, k, v) = (t.num("i"), t.num("k"), t.value());
        if f == "rate" {
            let rate = v.trim().parse::<u8>().ok();
            t.set_invalid(rate.is_none());
            let Some(rate) = rate else { return };
            status.set(None);
            draft.update(|set| {
                if let Some(s) = set.stages.get_mut(i) {
                    s.win_rate_pct = rate
                }
            });
            return;
        }
        status.set(None);
        draft.update(|set| {
            if f == "gate" {
                set.qualification_gate = v;
                return;
            }
            let Some(s) = set.stages.get_mut(i) else {
                return;
            };
            let c = s.criteria.get_mut(k);
            match (f.as_str(), c) {
                ("zh", _) => s.name.zh = v,
                ("en", _) => s.name.en = v,
                ("czh", Some(c)) => c.text.zh = v,
                ("cen", Some(c)) => c.text.en = v,
                _ => {}
            }
        });
    };
    let on_click = move |ev: &web_sys::Event| {
        let Some(t) = Target::of(ev, "a") else {
            return;
        };
        status.set(None);
        draft.update(|set| reshape(set, &t.data("a"), t.num("i"), t.num("k")));
        shape.update(|n| *n += 1);
    };
    let error_list = move || {
        let lang = store.lang.get();
        let errs = errors.get();
        let mut out = String::new();
        if !errs.is_empty() {
            el(
                &mut out,
                r#"<div class="alert" role="alert"><p>"#,
                lang.t(T::SettingsInvalid),
                "</p><ul>",
            );
            for e in errs {
                el(&mut out, "<li>", &stage_error_text(lang, e), "</li>");
            }
            out.push_str("</ul></div>");
        }
        out
    };
    let unreadable = move || {
        let mut out = String::new();
        if !store.stages_writable.get() {
            let lang = store.lang.get();
            el(
                &mut out,
                r#"<div class="alert" role="alert"><p>"#,
                lang.t(T::SettingsUnreadable),
                "</p>",
            );
            check_field(
                &mut out,
                "div",
                "stage-replace",
                lang.t(T::ReplaceUnreadable),
                replace.get_untracked(),
                r#"data-f="replace""#,
            );
            out.push_str("</div>");
        }
        out
    };
    let blocked =
        move || !errors.with(Vec::is_empty) || (!store.stages_writable.get() && !replace.get());
    let on = move |a: &Act| {
        if a.click("save") {
            save()
        } else if a.kind == "input" {
            on_input(&a.ev)
        } else if a.kind == "click" {
            on_click(&a.ev)
        }
    };
    // Every block's markup sits in an element with `data-act`, so its
    // controls' events reach `on`, which reads `data-f` / `data-a`.
    let actions = move || {
        let lang = store.lang.get();
        let mut out = String::from(r#"<div class="actions" data-act="settings">"#);
        let disabled = if blocked() { " disabled" } else { "" };
        button(
            &mut out,
            &format!(r#"id="save-settings" class="primary" data-act="save"{disabled}"#),
            lang.t(T::SaveSettings),
        );
        button(
            &mut out,
            r#"id="reset-settings" data-a="reset""#,
            lang.t(T::ResetDefaults),
        );
        out.push_str("</div>");
        out
    };
    wrap(
        &format!(r#"<section class="settings" aria-labelledby="{SETTINGS_HEADING_ID}"></section>"#),
        &[
            heading(
                SETTINGS_HEADING_ID,
                |l| l.t(T::StageSettings).to_string(),
                T::SettingsIntro,
            ),
            block(
                "",
                move || format!(r#"<div data-act="settings">{}</div>"#, unreadable()),
                on,
            ),
            block(
                "",
                move || format!(r#"<div data-act="settings">{}</div>"#, stages()),
                on,
            ),
            text_block(error_list),
            block("", actions, on),
            live(r#"<p role="status"></p>"#, move || {
                status
                    .get()
                    .map(|t| store.t(t))
                    .unwrap_or_default()
                    .to_string()
            }),
        ],
    )
}
