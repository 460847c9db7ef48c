//! The Leptos views, by feature. They render what the core computes and
//! send edits to the store; no scoring or validation happens here.

mod alerts;
mod app;
mod block;
mod dom;
mod fields;
mod panel;
mod plans;
mod settings;
mod store;
pub mod transfer;
mod wizard;

pub use app::app;
pub use block::mount;
