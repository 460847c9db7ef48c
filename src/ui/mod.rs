//! The Leptos views. They render what the core computes and send edits to
//! the store; no scoring or validation happens here.

mod alerts;
mod app;
mod block;
pub mod compress;
mod contacts;
mod deal_inputs;
mod dom;
mod fields;
mod info_list;
mod objections;
mod pain_row;
mod plan_list;
mod plan_summary;
mod score_lines;
mod score_panel;
mod score_parts;
mod share;
mod stage_forms;
mod stage_settings;
mod step_bantcc;
mod step_customer;
mod step_diagnosis;
mod step_review;
mod step_visit;
mod store;
mod transfer;
mod transfer_parts;
mod wizard;

pub use app::app;
pub use block::mount;
