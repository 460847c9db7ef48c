//! The root: provides the store, the header with the language switch, the
//! storage alerts, and either the plan list or the open plan's wizard.

use super::alerts::Alerts;
use super::block::block;
use super::plan_list::PlanList;
use super::score_panel::ScorePanel;
use super::share::{read_fragment, SharedPlan};
use super::stage_settings::StageSettings;
use super::store::{use_store, SaveState, Store};
use super::transfer::export_plans;
use super::transfer::TransferScreen;
use super::wizard::Wizard;
use crate::html::{button, el, escape};
use crate::i18n::T;
use crate::storage::StorageError;
use leptos::prelude::*;

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
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
    let _ = window_event_listener(leptos::ev::storage, move |e| {
        store.apply_external(e.key(), e.new_value());
    });
    let incoming = RwSignal::new(None);
    read_fragment(incoming);
    view! {
        <Header />
        <Alerts />
        <ExportOffer />
        <SharedPlan incoming=incoming />
        <main id="main" class:wide=move || store.current.get().is_some() && !store.settings_open.get() && !store.transfer_open.get()>
            {move || match (store.settings_open.get(), store.current.get()) {
                _ if store.transfer_open.get() => view! { <TransferScreen /> }.into_any(),
                (true, _) => view! { <StageSettings /> }.into_any(),
                // Keyed by plan id: opening another plan rebuilds the wizard
                // so every field starts from that plan's values.
                (false, Some(id)) => {
                    store.external_rev.track();
                    view! {
                        <div class="workspace">
                            <Wizard plan_id=id />
                            <ScorePanel />
                        </div>
                    }
                    .into_any()
                }
                (false, None) => view! { <PlanList /> }.into_any(),
            }}
        </main>
    }
}

/// When storage is full, the way out that loses nothing: export first.
#[component]
fn ExportOffer() -> AnyView {
    let store = use_store();
    let html = move || {
        let mut out = String::new();
        if matches!(
            store.save_state.get(),
            SaveState::Failed(StorageError::QuotaExceeded)
        ) {
            let lang = store.lang.get();
            let n = store.plans.with(Vec::len).to_string();
            // Not an alert itself: it goes with the storage-full alert above.
            el(
                &mut out,
                r#"<div class="alert no-print"><p>"#,
                lang.t(T::ExportInstead),
                "</p>",
            );
            button(
                &mut out,
                r#"id="offer-export" class="primary" data-act="export""#,
                &lang.tf(T::ExportAll, &[&n]),
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

/// The top bar: skip link, name, navigation and the language switch.
#[component]
fn Header() -> AnyView {
    let store = use_store();
    let html = move || {
        let lang = store.lang.get();
        let settings = store.settings_open.get();
        let transfer = store.transfer_open.get();
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
        if store.current.with(Option::is_some) || settings || transfer {
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
        let mut attrs = String::from(r#"id="nav-lang" class="lang" data-act="lang" title=""#);
        escape(&mut attrs, lang.t(T::SwitchLanguageLabel));
        attrs.push_str(r#"" lang=""#);
        attrs.push_str(lang.other().html_lang());
        attrs.push('"');
        button(&mut out, &attrs, lang.t(T::OtherLanguageName));
        out.push_str("</nav></header>");
        out
    };
    block("", html, move |a| {
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
