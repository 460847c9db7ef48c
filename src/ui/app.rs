//! The root: provides the store, the header with the language switch, the
//! storage alerts, and either the plan list or the open plan's wizard.

use super::alerts::Alerts;
use super::plan_list::PlanList;
use super::score_panel::ScorePanel;
use super::stage_settings::StageSettings;
use super::store::{tr, use_store, Store};
use super::wizard::Wizard;
use crate::i18n::T;
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
    view! {
        <Header />
        <Alerts />
        <main id="main" class:wide=move || store.current.get().is_some() && !store.settings_open.get()>
            {move || match (store.settings_open.get(), store.current.get()) {
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

#[component]
fn Header() -> impl IntoView {
    let store = use_store();
    let switch = move |_| store.set_lang(store.lang.get_untracked().other());
    view! {
        <header class="topbar">
            <a class="skip" href="#main">{tr(T::SkipToContent)}</a>
            <span class="brand">{tr(T::AppName)}</span>
            <nav class="topnav" aria-label=tr(T::MainNav)>
                {move || (store.current.get().is_some() || store.settings_open.get()).then(|| view! {
                    <button type="button" class="link" on:click=move |_| store.open(None)>
                        {tr(T::MyPlans)}
                    </button>
                })}
                {move || (!store.settings_open.get()).then(|| view! {
                    <button type="button" class="link" on:click=move |_| store.open_settings()>
                        {tr(T::StageSettings)}
                    </button>
                })}
                <button type="button" class="lang" on:click=switch
                    title=tr(T::SwitchLanguageLabel)
                    lang=move || store.lang.get().other().html_lang()>
                    {tr(T::OtherLanguageName)}
                </button>
            </nav>
        </header>
    }
}
