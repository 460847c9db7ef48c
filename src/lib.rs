//! Win Plan (赢单计划): a local-first visit planner for B2B sales reps.

pub mod domain;
pub mod i18n;
pub mod qr;
pub mod route;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
