//! The root: provides the store, the header with the language switch, the
//! storage alerts, and either the plan list or the open plan's wizard.

use super::alerts::Alerts;
use super::plan_list::PlanList;
use super::score_panel::ScorePanel;
use super::share::{read_fragment, SharedPlan};
use super::stage_settings::StageSettings;
use super::store::{tr, use_store, SaveState, Store};
use super::transfer::export_plans;
use super::transfer::TransferScreen;
use super::wizard::Wizard;
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
fn ExportOffer() -> impl IntoView {
    let store = use_store();
    move || {
        matches!(store.save_state.get(), SaveState::Failed(StorageError::QuotaExceeded)).then(|| view! {
            // Not an alert itself: it goes with the storage-full alert above.
            <div class="alert no-print">
                <p>{tr(T::ExportInstead)}</p>
                <button type="button" class="primary" on:click=move |_| store.plans.with_untracked(|ps| export_plans(ps))>
                    {move || store.lang.get().tf(T::ExportAll, &[&store.plans.with(Vec::len).to_string()])}
                </button>
            </div>
        })
    }
}

#[component]
fn Header() -> impl IntoView {
    let store = use_store();
    let switch = move |_| store.set_lang(store.lang.get_untracked().other());
    view! {
        <header class="topbar no-print">
            <a class="skip" href="#main">{tr(T::SkipToContent)}</a>
            <span class="brand">{tr(T::AppName)}</span>
            <nav class="topnav" aria-label=tr(T::MainNav)>
                {move || (store.current.get().is_some() || store.settings_open.get() || store.transfer_open.get()).then(|| view! {
                    <button type="button" class="link" on:click=move |_| store.open(None)>
                        {tr(T::MyPlans)}
                    </button>
                })}
                {move || (!store.settings_open.get()).then(|| view! {
                    <button type="button" class="link" on:click=move |_| store.open_settings()>
                        {tr(T::StageSettings)}
                    </button>
                })}
                {move || (!store.transfer_open.get()).then(|| view! {
                    <button type="button" class="link" on:click=move |_| store.open_transfer()>
                        {tr(T::Transfer)}
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
