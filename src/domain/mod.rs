//! The pure core: records, diagnosis, BANTCC, summaries and the stored
//! document codec. No UI or browser crates here; tested natively.

pub mod bantcc;
pub mod codec;
pub mod diagnosis;
pub mod format;
pub mod model;
pub mod summary;
