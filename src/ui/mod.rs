//! The Leptos views, by feature. They render what the core computes and
//! send edits to the store; no scoring or validation happens here.
//!
//! A reactive child is written in `view!` as a closure, `{move || f()}`,
//! never as a named closure `{f}` nor returned bare from a component: the
//! build's `--cfg erase_components` makes `view!` type-erase closure
//! blocks only, so each other closure compiles its own copy of Leptos's
//! render code (writing them this way took 5 KB gzip off the WASM). For
//! the same reason every event handler is boxed,
//! `on:click=handler(move |_| …)` ([`controls::handler`]): one copy of the
//! listener code per event type instead of one per closure (−7.9 KB); and
//! memos and derived signals are made through [`controls::memo`] and
//! [`controls::derived`], which box their function (−2.8 KB).

mod alerts;
mod app;
mod controls;
mod dom;
mod panel;
mod plans;
mod router;
mod settings;
mod store;
pub mod transfer;
mod wizard;
mod workshop;

/// Runs the app: the root component mounted to `<body>`.
pub fn mount() {
    leptos::mount::mount_to_body(app::App);
}
