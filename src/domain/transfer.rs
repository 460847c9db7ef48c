//! Moving plans between devices and people as one JSON file: the export
//! file, reading a file back tolerantly (with every problem typed, so the
//! UI can word it in both languages), previewing what an import would do,
//! and applying it. Pure: the caller reads and writes files, keeps the old
//! plan list for undo and saves the result.
//!
//! The export file:
//!
//! ```json
//! {
//!   "format": "winplan-export",
//!   "schema_version": 1,
//!   "app_version": "0.1.0",
//!   "exported_at": "2026-11-23T10:00:00.000Z",
//!   "author": "张伟",
//!   "team": "华南组",
//!   "plans": [ { "id": "p-…", … } ]
//! }
//! ```
//!
//! `author` and `team` (left out while empty) name the rep who exported
//! it, from the settings; each plan names its own author (plans from
//! before authors were kept name none). Its `schema_version` is the plan
//! schema version of the plans in it
//! ([`codec::SCHEMA_VERSION`]); older plans are brought up to date by the
//! same migration chain as stored ones ([`codec::migrate_plan`]).

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

use super::codec::{self, decode_plan_value, VersionError};
use super::format;
use super::model::Plan;
use super::serial::{self, Map, SyntaxKind, Value};
pub use super::serial::{Found, Note, NoteKind, PathError};
use super::summary::plan_title;

/// The `format` tag of an export file.
pub const EXPORT_FORMAT: &str = "winplan-export";

/// The schema version written into export files: that of the plans in it.
pub const EXPORT_SCHEMA_VERSION: u32 = codec::SCHEMA_VERSION;

/// Largest import text read, in bytes (50 MB); larger files are refused
/// before parsing.
pub const MAX_IMPORT_BYTES: usize = 50 * 1024 * 1024;

/// The app version written into export files.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");

/// The export file for `plans`, pretty-printed (two-space indents, fields
/// in a fixed order, a final newline). `exported_at` is the RFC 3339 time
/// of the export (the caller's clock).
pub fn export_json(plans: &[Plan], exported_at: &str, by: [&str; 2]) -> String {
    #[derive(Serialize)]
    struct ExportFile<'a> {
        format: &'a str,
        schema_version: u32,
        app_version: &'a str,
        exported_at: &'a str,
        #[serde(skip_serializing_if = "blank")]
        author: &'a str,
        #[serde(skip_serializing_if = "blank")]
        team: &'a str,
        plans: &'a [Plan],
    }
    fn blank(s: &&str) -> bool {
        s.is_empty()
    }
    let mut text = serial::to_pretty(&ExportFile {
        format: EXPORT_FORMAT,
        schema_version: EXPORT_SCHEMA_VERSION,
        app_version: APP_VERSION,
        exported_at,
        author: by[0].trim(),
        team: by[1].trim(),
        plans,
    });
    text.push('\n');
    text
}

/// The file name offered for an export: `winplan-<account>-<author>-<date>.json`
/// when every plan is for the same (named) account, else
/// `winplan-<author>-<n>-plans-<date>.json` (`1-plan` for one plan); the
/// author part only when every plan has the same author (a plan without
/// one is `by`'s, the rep exporting it). Names are made safe for file
/// systems: letters and digits of any script (Chinese included) are kept,
/// runs of anything else become one `-`, and each is cut to 60 characters.
pub fn export_file_name(plans: &[Plan], by: &str, today: NaiveDate) -> String {
    let date = format::format_date(today);
    let author = |p: &Plan| match p.author.trim() {
        "" => by.trim().to_string(),
        a => a.to_string(),
    };
    let shared = |field: &dyn Fn(&Plan) -> String| {
        let first = field(plans.first()?);
        let one = !first.is_empty() && plans.iter().all(|p| field(p) == first);
        Some(safe_file_part(&first)).filter(|s| one && !s.is_empty())
    };
    let by = shared(&author).map(|a| a + "-").unwrap_or_default();
    match (shared(&|p| p.account.name.trim().to_string()), plans.len()) {
        (Some(name), _) => format!("winplan-{name}-{by}{date}.json"),
        (None, 1) => format!("winplan-{by}1-plan-{date}.json"),
        (None, n) => format!("winplan-{by}{n}-plans-{date}.json"),
    }
}

fn safe_file_part(name: &str) -> String {
    let mut out = String::new();
    let mut gap = false;
    for c in name.chars() {
        if c.is_alphanumeric() {
            if gap && !out.is_empty() {
                out.push('-');
            }
            gap = false;
            out.push(c);
            if out.chars().count() >= 60 {
                break;
            }
        } else {
            gap = true;
        }
    }
    out
}

/// What kind of file an import was read from.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ImportSource {
    /// An export file.
    Export {
        /// The app version that wrote it (blank when missing).
        app_version: String,
        /// When it was exported (blank when missing).
        exported_at: String,
        /// The rep who exported it, and their team (blank when the file
        /// names none: older files, or no name in the settings).
        by: [String; 2],
    },
    /// One stored plan document, `{"schema_version":1,"plan":{…}}`.
    StoredPlan,
    /// A bare plan object, `{"id":…, …}`.
    PlanObject,
}

/// A file read for import.
#[derive(Clone, Debug, PartialEq)]
pub struct ImportFile {
    /// What kind of file it was.
    pub source: ImportSource,
    /// The schema version it was written at (before migration).
    pub schema_version: u32,
    /// Its plans, at the current schema version, in file order; ids are
    /// unique and non-blank.
    pub plans: Vec<Plan>,
    /// Fields that were missing (or null) and took their defaults.
    pub notes: Vec<Note>,
}

/// Why a file cannot be imported. Every variant is data, for the UI to
/// word in either language; `Display` gives a technical English text.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum ImportError {
    /// The text is larger than [`MAX_IMPORT_BYTES`]; it was not parsed.
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
        /// The limit.
        max: usize,
    },
    /// The text is not JSON.
    NotJson {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column (in characters).
        column: usize,
        /// The parser's message, in English.
        detail: String,
    },
    /// The text ends in the middle of the document: a truncated file.
    Truncated {
        /// Line where it ends.
        line: usize,
        /// Column where it ends.
        column: usize,
    },
    /// Arrays and objects nest deeper than [`serial::MAX_DEPTH`].
    TooDeep {
        /// Line of the level too deep.
        line: usize,
        /// Column of the level too deep.
        column: usize,
    },
    /// JSON, but neither an export file, nor a stored plan, nor a plan.
    NotWinPlan,
    /// A `format` tag other than [`EXPORT_FORMAT`].
    WrongFormat {
        /// The tag found.
        found: Found,
    },
    /// Made by a newer version of Win Plan: the app must be updated.
    NewerVersion {
        /// The schema version found.
        found: u32,
        /// The newest this app reads.
        supported: u32,
    },
    /// An old schema version this app cannot migrate.
    UnsupportedVersion {
        /// The schema version found.
        found: u32,
    },
    /// A value of the wrong kind, with its path, e.g.
    /// `plans[3].bantcc.budget.status: expected one of …`.
    Invalid(PathError),
    /// Two plans in the file have the same id.
    DuplicateId {
        /// The id.
        id: String,
        /// Position of the first plan with it.
        first: usize,
        /// Position of the second.
        second: usize,
    },
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes, max } => {
                write!(f, "the file is too large ({bytes} bytes, at most {max})")
            }
            ImportError::NotJson { detail, .. } => write!(f, "not JSON: {detail}"),
            ImportError::Truncated { line, column } => write!(
                f,
                "the file is truncated (it ends at line {line} column {column})"
            ),
            ImportError::TooDeep { line, column } => write!(
                f,
                "nested too deeply at line {line} column {column} (at most {} levels)",
                serial::MAX_DEPTH
            ),
            ImportError::NotWinPlan => f.write_str("not a Win Plan export, plan document or plan"),
            ImportError::WrongFormat { found } => {
                write!(f, "format {found} is not \"{EXPORT_FORMAT}\"")
            }
            ImportError::NewerVersion { found, supported } => write!(
                f,
                "made by a newer version of Win Plan (schema_version {found}, this app reads up \
                 to {supported}); update the app"
            ),
            ImportError::UnsupportedVersion { found } => {
                write!(f, "schema_version {found} is too old to be read")
            }
            ImportError::Invalid(e) => e.fmt(f),
            ImportError::DuplicateId { id, first, second } => write!(
                f,
                "plans[{first}] and plans[{second}] have the same id \"{id}\""
            ),
        }
    }
}

impl std::error::Error for ImportError {}

impl From<PathError> for ImportError {
    fn from(e: PathError) -> ImportError {
        ImportError::Invalid(e)
    }
}

impl From<VersionError> for ImportError {
    fn from(e: VersionError) -> ImportError {
        match e {
            VersionError::Newer { found } => ImportError::NewerVersion {
                found,
                supported: EXPORT_SCHEMA_VERSION,
            },
            VersionError::Unsupported { found } => ImportError::UnsupportedVersion { found },
        }
    }
}

fn syntax_error(e: serial::SyntaxError) -> ImportError {
    let (line, column) = (e.line, e.column);
    match e.kind {
        SyntaxKind::Truncated => ImportError::Truncated { line, column },
        SyntaxKind::TooDeep => ImportError::TooDeep { line, column },
        SyntaxKind::Malformed => ImportError::NotJson {
            line,
            column,
            detail: e.detail,
        },
    }
}

/// The `schema_version` field of a document: a whole number (saturated to
/// `u32::MAX`, which is always newer than this app).
fn read_version(doc: &Map<String, Value>) -> Result<u32, ImportError> {
    let v = doc.get("schema_version").unwrap_or(&Value::Null);
    match serial::whole_number(v) {
        Some(n) => Ok(u32::try_from(n).unwrap_or(u32::MAX)),
        None => Err(PathError::new(
            "schema_version",
            "a schema version (a whole number)",
            &Found::of(v),
        )
        .into()),
    }
}

/// One of the export file's own text fields (`app_version`,
/// `exported_at`): read from the envelope like `format` and
/// `schema_version` (the plans are the records, read through serde).
/// Missing or `null` is noted and empty; another kind is an error.
fn head_text(
    doc: &Map<String, Value>,
    key: &str,
    notes: &mut Vec<Note>,
) -> Result<String, PathError> {
    let kind = match doc.get(key) {
        Some(Value::String(s)) => return Ok(s.clone()),
        None => NoteKind::Missing,
        Some(Value::Null) => NoteKind::Null,
        Some(v) => return Err(PathError::new(key, "a string", &Found::of(v))),
    };
    notes.push(Note {
        path: key.to_string(),
        kind,
    });
    Ok(String::new())
}

/// Reads a file for import: an export file, a stored plan document or a
/// single plan object (a leading byte-order mark is ignored). Refuses text
/// over [`MAX_IMPORT_BYTES`] before parsing it; refuses files from a newer
/// version; migrates older ones. Missing fields take their defaults and are
/// listed in [`ImportFile::notes`]; the first value of the wrong kind is an
/// error naming its path; two plans with one id, or two rows of one list
/// with one id ([`check_row_ids`]), are refused.
pub fn parse_import(text: &str) -> Result<ImportFile, ImportError> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(ImportError::TooLarge {
            bytes: text.len(),
            max: MAX_IMPORT_BYTES,
        });
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let Value::Object(mut doc) = serial::parse(text).map_err(syntax_error)? else {
        return Err(ImportError::NotWinPlan);
    };
    let mut file = ImportFile {
        source: ImportSource::PlanObject,
        schema_version: codec::SCHEMA_VERSION,
        plans: Vec::new(),
        notes: Vec::new(),
    };
    if let Some(tag) = doc.get("format") {
        if tag.as_str() != Some(EXPORT_FORMAT) {
            return Err(ImportError::WrongFormat {
                found: Found::of(tag),
            });
        }
        let version = read_version(&doc)?;
        codec::check_plan_version(version)?;
        let plans = doc.remove("plans");
        let app_version = head_text(&doc, "app_version", &mut file.notes)?;
        let exported_at = head_text(&doc, "exported_at", &mut file.notes)?;
        let plans = match plans {
            Some(Value::Array(plans)) => plans,
            other => {
                let found = other.as_ref().map_or(Found::Null, Found::of);
                return Err(PathError::new("plans", "a list", &found).into());
            }
        };
        // Optional, and only ever shown: read as found, never an error.
        let by = ["author", "team"].map(|k| {
            doc.get(k)
                .and_then(Value::as_str)
                .unwrap_or_default()
                .trim()
                .to_string()
        });
        file.source = ImportSource::Export {
            app_version,
            exported_at,
            by,
        };
        file.schema_version = version;
        for (i, body) in plans.into_iter().enumerate() {
            let at = format!("plans[{i}]");
            let body = codec::migrate_plan(body, version)?;
            let (plan, notes) = decode_plan_value(body, &at)?;
            check_row_ids(&plan, &at)?;
            file.plans.push(plan);
            file.notes.extend(notes);
        }
    } else if doc.get("plan").is_some() {
        let version = read_version(&doc)?;
        let body = doc.remove("plan").unwrap_or(Value::Null);
        let body = codec::migrate_plan(body, version)?;
        let (plan, notes) = decode_plan_value(body, "plan")?;
        check_row_ids(&plan, "plan")?;
        file.source = ImportSource::StoredPlan;
        file.schema_version = version;
        file.plans.push(plan);
        file.notes = notes;
    } else if doc.get("id").is_some() {
        let (plan, notes) = decode_plan_value(Value::Object(doc), "")?;
        check_row_ids(&plan, "")?;
        file.plans.push(plan);
        file.notes = notes;
    } else {
        return Err(ImportError::NotWinPlan);
    }
    for (i, p) in file.plans.iter().enumerate() {
        if let Some(first) = file.plans[..i].iter().position(|q| q.id == p.id) {
            return Err(ImportError::DuplicateId {
                id: p.id.clone(),
                first,
                second: i,
            });
        }
    }
    Ok(file)
}

/// Refuses a plan (read at path `at`, e.g. `plans[0]`) in which two rows
/// of one list (contacts, objections, pains) have the same id: typing into
/// one would change the other. The error names the second one, e.g.
/// `plans[0].contacts[1].id: duplicate id "c1"`. Files and share links are
/// checked; stored plans are not, so nothing stored stops opening.
pub fn check_row_ids(plan: &Plan, at: &str) -> Result<(), PathError> {
    // Plain loops: no iterator adapters per row type (WASM size).
    let mut rows: Vec<(&str, &str)> = Vec::new();
    for r in &plan.contacts {
        rows.push(("contacts", &r.id));
    }
    for r in &plan.visit.objections {
        rows.push(("visit.objections", &r.id));
    }
    for r in &plan.pains {
        rows.push(("pains", &r.id));
    }
    let mut start = 0;
    for (i, &(list, id)) in rows.iter().enumerate() {
        if rows[start].0 != list {
            start = i;
        }
        if rows[start..i].iter().any(|r| r.1 == id) {
            let n = (i - start).to_string();
            return Err(PathError {
                path: serial::join(at, &[list, "[", &n, "].id"].concat()),
                detail: ["duplicate id \"", id, "\""].concat(),
            });
        }
    }
    Ok(())
}

/// A plan in the file whose id is already used here.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ExistingPlan {
    /// The id.
    pub id: String,
    /// The account name in the file's copy.
    pub account: String,
    /// The two copies differ.
    pub differs: bool,
    /// The file's copy was updated later (so [`ImportMode::Merge`] takes it).
    pub file_is_newer: bool,
}

/// What an import would do, for the confirmation screen.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Preview {
    /// Plans in the file.
    pub plans: usize,
    /// The distinct account names in the file, trimmed, in file order
    /// (plans without one are not listed).
    pub accounts: Vec<String>,
    /// Ids in the file not used here.
    pub new_ids: Vec<String>,
    /// Plans in the file whose id is used here, in file order.
    pub existing: Vec<ExistingPlan>,
    /// Ids in the file of plans stored here that could not be read (kept
    /// aside): a conflict every mode settles by importing the file's plan
    /// under a fresh id, leaving the stored entry untouched.
    pub kept_aside: Vec<String>,
    /// Ids whose plan here [`ImportMode::Merge`] would replace: the file's
    /// copy differs and is newer.
    pub overwritten_by_merge: Vec<String>,
    /// Plans here that [`ImportMode::ReplaceAll`] would drop.
    pub replaced: usize,
    /// Fields that took their defaults while reading the file.
    pub notes: usize,
}

/// What an import would do with `existing` plans, when the stored plans
/// with the ids `kept` could not be read (see [`apply`]).
pub fn preview(existing: &[Plan], kept: &[String], file: &ImportFile) -> Preview {
    let mut out = Preview {
        plans: file.plans.len(),
        replaced: existing.len(),
        notes: file.notes.len(),
        ..Preview::default()
    };
    for p in &file.plans {
        let name = p.account.name.trim();
        if !name.is_empty() && !out.accounts.iter().any(|a| a == name) {
            out.accounts.push(name.to_string());
        }
        if kept.contains(&p.id) {
            out.kept_aside.push(p.id.clone());
            continue;
        }
        match existing.iter().find(|e| e.id == p.id) {
            None => out.new_ids.push(p.id.clone()),
            Some(local) => {
                let differs = local != p;
                let file_is_newer = format::is_later(&p.updated_at, &local.updated_at);
                if differs && file_is_newer {
                    out.overwritten_by_merge.push(p.id.clone());
                }
                out.existing.push(ExistingPlan {
                    id: p.id.clone(),
                    account: name.to_string(),
                    differs,
                    file_is_newer,
                });
            }
        }
    }
    out
}

/// How an import combines the file with the plans here.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ImportMode {
    /// Keep every plan here and add the file's plans as new plans, each
    /// under a fresh id.
    AddAsCopies,
    /// Per id, keep whichever copy was updated later (the one here on a
    /// tie); plans with new ids are added.
    Merge,
    /// Drop the plans here and keep the file's.
    ReplaceAll,
}

/// The plan list after importing `file` into `existing`: the plans here in
/// their order (replaced in place by newer copies when merging), then the
/// added ones in file order. `new_id` gives the fresh plan ids (for
/// [`ImportMode::AddAsCopies`], and for the conflicts with `kept`), e.g.
/// `|| codec::plan_id(now, random())`;
/// an id already taken is asked for again, and after a few tries a
/// numbered `p-import-<n>` id is used. The caller keeps `existing` for undo.
///
/// `kept` are the ids of stored plans that could not be read (corrupted,
/// or from a newer version): they are kept aside untouched, so in every
/// mode a plan of the file with such an id is added under a fresh id
/// instead, and no plan of the result ever has one of these ids.
pub fn apply(
    existing: &[Plan],
    kept: &[String],
    file: &ImportFile,
    mode: ImportMode,
    new_id: &mut dyn FnMut() -> String,
) -> Vec<Plan> {
    let mut out = match mode {
        ImportMode::ReplaceAll => Vec::new(),
        _ => existing.to_vec(),
    };
    for p in &file.plans {
        let found = match mode {
            ImportMode::AddAsCopies => None,
            _ if kept.contains(&p.id) => None,
            _ => Some(out.iter().position(|local| local.id == p.id)),
        };
        match found {
            None => {
                let id = fresh_plan_id(&[existing, &out, &file.plans], kept, new_id);
                let copy = numbered(Plan { id, ..p.clone() }, &out);
                out.push(copy);
            }
            Some(None) => out.push(p.clone()),
            Some(Some(i)) => {
                if format::is_later(&p.updated_at, &out[i].updated_at) {
                    out[i] = p.clone();
                }
            }
        }
    }
    out
}

/// A copy whose title ([`plan_title`]) a plan in `others` already has gets
/// a number after its opportunity's name (or the account's, without one):
/// "文印外包 (2)", "(3)"…, so two copies can be told apart in the list.
fn numbered(mut copy: Plan, others: &[Plan]) -> Plan {
    let taken = |p: &Plan| {
        let title = plan_title(p);
        title.is_some() && others.iter().any(|o| plan_title(o) == title)
    };
    if !taken(&copy) {
        return copy;
    }
    fn field(p: &mut Plan, account: bool) -> &mut String {
        match account {
            true => &mut p.account.name,
            false => &mut p.opportunity.name,
        }
    }
    let account = copy.opportunity.name.trim().is_empty();
    let name = field(&mut copy, account).trim().to_string();
    for n in 2.. {
        *field(&mut copy, account) = format!("{name} ({n})");
        if !taken(&copy) {
            break;
        }
    }
    copy
}

fn fresh_plan_id(taken: &[&[Plan]], kept: &[String], new_id: &mut dyn FnMut() -> String) -> String {
    let mut ids: Vec<&str> = kept.iter().map(String::as_str).collect();
    for plans in taken {
        ids.extend(plans.iter().map(|p| p.id.as_str()));
    }
    for _ in 0..8 {
        let id = new_id();
        if !id.trim().is_empty() && !ids.contains(&id.as_str()) {
            return id;
        }
    }
    codec::fresh_id("p-import-", &ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_name_parts_are_safe() {
        assert_eq!(
            safe_file_part("佛山万科物业发展有限公司"),
            "佛山万科物业发展有限公司"
        );
        assert_eq!(safe_file_part("  Acme, Inc. / R&D  "), "Acme-Inc-R-D");
        assert_eq!(
            safe_file_part("a:b*c?d\"e<f>g|h\\i\u{0}j"),
            "a-b-c-d-e-f-g-h-i-j"
        );
        assert_eq!(safe_file_part("../../etc"), "etc");
        assert_eq!(safe_file_part("¿?"), "");
        assert_eq!(safe_file_part(&"长".repeat(100)).chars().count(), 60);
    }
}
