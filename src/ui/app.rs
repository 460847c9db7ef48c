//! The root: provides the store, the header with the language switch, the
//! storage alerts, and either the plan list or the open plan's wizard.

use crate::i18n::T;
use crate::route::Route;
use crate::ui::alerts::Alerts;
use crate::ui::controls::{handler, memo, tr};
use crate::ui::dom::effect;
use crate::ui::panel::ScorePanel;
use crate::ui::plans::PlanList;
use crate::ui::router;
use crate::ui::settings::StageSettings;
use crate::ui::store::{use_store, Store};
use crate::ui::transfer::share::{read_fragment, SharedPlan};
use crate::ui::transfer::TransferScreen;
use crate::ui::wizard::Wizard;
use crate::ui::workshop::WorkshopScreen;
use leptos::prelude::*;

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    let store = Store::load();
    provide_context(store);
    effect(move || {
        let lang = store.lang.get();
        if let Some(el) = document().document_element() {
            let _ = el.set_attribute("lang", lang.html_lang());
        }
        document().set_title(lang.t(T::AppTitle));
    });
    // Another tab changed storage: keep this tab's plans in step with it.
    let _ = window_event_listener(leptos::ev::storage, move |e| {
        store.apply_external(e.key(), e.old_value(), e.new_value())
    });
    // Ask once per start: browsers that grant it keep the data under
    // storage pressure (the settings say whether this one agreed).
    store.ask_to_persist();
    let incoming = RwSignal::new(None);
    read_fragment(incoming, None);
    router::start(store);
    // A share link opened in this tab while the app runs: show it, and put
    // back the address of the screen under it.
    let _ = window_event_listener(leptos::ev::hashchange, move |e| {
        read_fragment(incoming, Some(e.old_url()))
    });
    // What `<main>` shows: the screen the address names, whatever the step
    // (the wizard switches steps itself).
    // Kept as its fragment text, a text memo (a memo type of its own costs
    // WASM); `Route::parse` reads it back.
    let hash = memo(move |_| router::current(store).without_step().to_hash());
    let screen = move || Route::parse(&hash.get()).unwrap_or(Route::List);
    // Keyed by plan id: opening another plan builds the wizard again. An
    // edit from another tab does not: the fields follow the plan.
    // What a screen reads while it is built must not build it again.
    let content = move || {
        let s = screen();
        untrack(|| match s {
            Route::Transfer => view! { <TransferScreen /> }.into_any(),
            Route::Settings => view! { <StageSettings /> }.into_any(),
            Route::Workshop => view! { <WorkshopScreen /> }.into_any(),
            Route::Plan { id, .. } => view! {
                <div class="workspace">
                    <Wizard plan_id=id />
                    <ScorePanel />
                </div>
            }
            .into_any(),
            Route::List => view! { <PlanList /> }.into_any(),
        })
    };
    // The plan's workspace (wizard and panel) gets the wide layout.
    let wide = move || matches!(screen(), Route::Plan { .. });
    view! {
        <Header />
        <Alerts />
        <SharedPlan incoming />
        <main id="main" class:wide=wide>
            {move || content()}
        </main>
    }
}

/// A header button to one of the screens beside the plans, while that
/// screen (`open`) is not the one shown.
#[component]
fn ScreenButton(id: &'static str, open: RwSignal<bool>, label: T, go: fn(&Store)) -> impl IntoView {
    let store = use_store();
    let button = move || {
        (!open.get()).then(|| {
            view! {
                <button type="button" id=id class="link" on:click=handler(move |_| go(&store))>
                    {tr(label)}
                </button>
            }
        })
    };
    view! { {move || button()} }
}

/// The top bar: the app's name, where to go, and the language switch.
#[component]
fn Header() -> impl IntoView {
    let store = use_store();
    let away = move || store.current.get().is_some() || store.screens().iter().any(|s| s.get());
    let lang = move || store.lang.get();
    view! {
        <header class="topbar no-print">
            <a class="skip" href="#main">
                {tr(T::SkipToContent)}
            </a>
            <span class="brand">{tr(T::AppName)}</span>
            <nav class="topnav" aria-label=tr(T::MainNav)>
                {move || {
                    away().then(|| view! {
                        <button type="button" id="nav-plans" class="link" on:click=handler(move |_| store.open(None))>
                            {tr(T::MyPlans)}
                        </button>
                    })
                }}
                <ScreenButton id="nav-settings" open=store.settings_open label=T::StageSettings go=Store::open_settings />
                <ScreenButton id="nav-transfer" open=store.transfer_open label=T::Transfer go=Store::open_transfer />
                <ScreenButton id="nav-workshop" open=store.workshop_open label=T::Workshop go=Store::open_workshop />
                <button
                    type="button"
                    id="nav-lang"
                    class="lang"
                    lang=move || lang().other().html_lang()
                    title=tr(T::SwitchLanguageLabel)
                    on:click=handler(move |_| store.set_lang(lang().other()))
                >
                    {tr(T::OtherLanguageName)}
                </button>
            </nav>
        </header>
    }
}
