//! The pure core: records, diagnosis, BANTCC, summaries, project stages,
//! the scoring panel, the stored document codec and its serde glue, and
//! export/import files, and the merge of two tabs' writes. No UI or browser crates here; tested
//! natively.

pub mod bantcc;
pub mod codec;
pub mod diagnosis;
pub mod facts;
pub mod format;
pub mod model;
pub mod saving;
pub mod scoring;
pub mod serial;
pub mod share;
pub mod stages;
pub mod summary;
pub mod sync;
pub mod transfer;
