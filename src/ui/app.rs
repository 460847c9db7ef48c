//! The root: provides the store, the header with the language switch, the
//! storage alerts, and either the plan list or the open plan's wizard.

use crate::html::{button, el};
use crate::i18n::T;
use crate::storage::StorageError;
use crate::ui::alerts::alerts;
use crate::ui::block::{block, listen, live_attr, switch, wrap, Node};
use crate::ui::panel::score_panel;
use crate::ui::plans::plan_list;
use crate::ui::settings::stage_settings;
use crate::ui::store::{use_store, SaveState, Store};
use crate::ui::transfer::share::{read_fragment, shared_plan};
use crate::ui::transfer::{export_plans, transfer_screen};
use crate::ui::wizard::wizard;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// What `<main>` shows.
#[derive(Clone, PartialEq)]
enum Screen {
    Transfer,
    Settings,
    /// The open plan, and how many times another tab changed the plans.
    Plan(String, u32),
    List,
}

/// The whole application.
pub fn app() -> Node {
    let store = Store::load();
    provide_context(store);
    Effect::new(move |_| {
        let lang = store.lang.get();
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("lang", lang.html_lang());
        }
        document().set_title(lang.t(T::AppTitle));
    });
    // Another tab changed storage: keep this tab's plans in step with it.
    listen(&window(), "storage", move |e| {
        if let Some(e) = e.dyn_ref::<web_sys::StorageEvent>() {
            store.apply_external(e.key(), e.new_value());
        }
    });
    let incoming = RwSignal::new(None);
    read_fragment(incoming);
    let screen = Memo::new(move |_| {
        if store.transfer_open.get() {
            Screen::Transfer
        } else if store.settings_open.get() {
            Screen::Settings
        } else {
            match store.current.get() {
                Some(id) => Screen::Plan(id, store.external_rev.get()),
                None => Screen::List,
            }
        }
    });
    let main = wrap(
        r#"<main id="main"></main>"#,
        // Keyed by plan id (and outside edits): opening another plan
        // rebuilds the wizard so every field starts from that plan's values.
        &[switch(
            move || screen.get(),
            |s| match s {
                Screen::Transfer => transfer_screen(),
                Screen::Settings => stage_settings(),
                Screen::Plan(id, _) => wrap(
                    r#"<div class="workspace"></div>"#,
                    &[wizard(&id), score_panel()],
                ),
                Screen::List => plan_list(),
            },
        )],
    );
    // The plan's workspace (wizard and panel) gets the wide layout.
    live_attr(&main, "class", move || {
        screen
            .with(|s| matches!(s, Screen::Plan(..)))
            .then(|| "wide".to_string())
    });
    wrap(
        r#"<div class="contents"></div>"#,
        &[
            header(),
            alerts(),
            export_offer(),
            shared_plan(incoming),
            main,
        ],
    )
}

/// When storage is full, the way out that loses nothing: export first.
fn export_offer() -> Node {
    let store = use_store();
    let html = move || {
        let mut out = String::new();
        if matches!(
            store.save_state.get(),
            SaveState::Failed(StorageError::QuotaExceeded)
        ) {
            let lang = store.lang.get();
            // Not an alert itself: it goes with the storage-full alert above.
            el(
                &mut out,
                r#"<div class="alert no-print"><p>"#,
                lang.t(T::ExportInstead),
                "</p>",
            );
            let all = lang.tf(T::ExportAll, &[&store.plans.with(Vec::len).to_string()]);
            button(
                &mut out,
                r#"id="offer-export" class="primary" data-act="export""#,
                &all,
            );
            out.push_str("</div>");
        }
        out
    };
    block("", html, move |a| {
        if a.click("export") {
            store.plans.with_untracked(|ps| export_plans(ps))
        }
    })
}

/// The top bar: the app's name, where to go, and the language switch.
fn header() -> Node {
    let store = use_store();
    let html = move || {
        let lang = store.lang.get();
        let (plan, settings, transfer) = (
            store.current.get().is_some(),
            store.settings_open.get(),
            store.transfer_open.get(),
        );
        let mut out = String::new();
        el(
            &mut out,
            r##"<header class="topbar no-print"><a class="skip" href="#main">"##,
            lang.t(T::SkipToContent),
            "</a>",
        );
        el(
            &mut out,
            r#"<span class="brand">"#,
            lang.t(T::AppName),
            "</span>",
        );
        el(
            &mut out,
            r#"<nav class="topnav" aria-label=""#,
            lang.t(T::MainNav),
            r#"">"#,
        );
        if plan || settings || transfer {
            button(
                &mut out,
                r#"id="nav-plans" class="link" data-act="plans""#,
                lang.t(T::MyPlans),
            );
        }
        if !settings {
            button(
                &mut out,
                r#"id="nav-settings" class="link" data-act="settings""#,
                lang.t(T::StageSettings),
            );
        }
        if !transfer {
            button(
                &mut out,
                r#"id="nav-transfer" class="link" data-act="transfer""#,
                lang.t(T::Transfer),
            );
        }
        let other = lang.other();
        el(
            &mut out,
            &format!(
                r#"<button type="button" id="nav-lang" class="lang" data-act="lang" lang="{}" title=""#,
                other.html_lang()
            ),
            lang.t(T::SwitchLanguageLabel),
            r#"">"#,
        );
        el(
            &mut out,
            "",
            lang.t(T::OtherLanguageName),
            "</button></nav></header>",
        );
        out
    };
    block("contents", html, move |a| {
        if a.kind != "click" {
            return;
        }
        match a.name.as_str() {
            "plans" => store.open(None),
            "settings" => store.open_settings(),
            "transfer" => store.open_transfer(),
            "lang" => store.set_lang(store.lang.get_untracked().other()),
            _ => {}
        }
    })
}
