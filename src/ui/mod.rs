//! The Leptos views, by feature. They render what the core computes and
//! send edits to the store; no scoring or validation happens here.

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

/// Runs the app: the root component mounted to `<body>`.
pub fn mount() {
    leptos::mount::mount_to_body(app::App);
}
