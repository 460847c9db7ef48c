//! The pure core: records, diagnosis, BANTCC, summaries, project stages,
//! the scoring panel, the stored document codec and its serde glue,
//! export/import files, share links, the merge of two tabs' writes, the
//! workshop rubric, the pipeline's forecast, productivity's what-ifs and
//! the team's health indicators. No UI or browser crates here; tested
//! natively.

pub mod bantcc;
pub mod codec;
pub mod diagnosis;
pub mod facts;
pub mod format;
pub mod health;
pub mod model;
pub mod pipeline;
pub mod productivity;
pub mod saving;
pub mod scoring;
pub mod serial;
pub mod share;
pub mod stages;
pub mod summary;
pub mod sync;
pub mod transfer;
pub mod workshop;
