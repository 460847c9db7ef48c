//! The stored-document codec: versioned JSON envelopes for plans and
//! preferences, storage key names, and id helpers. The browser storage
//! adapter only moves the strings produced here.

use std::fmt;
use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::model::{Contact, GoOverride, Objection, Pain, Plan, Step};
use super::serial::{self, Found, Map, Note, PathError, Shape, Value};

/// The schema version written into every stored document.
pub const SCHEMA_VERSION: u32 = 1;

/// Prefix of every storage key this app owns.
pub const KEY_PREFIX: &str = "winplan:v1:";

/// Storage key of the preferences document.
pub const PREFS_KEY: &str = "winplan:v1:prefs";

// Kept as a literal (const string concatenation is not available); a test
// checks it extends KEY_PREFIX.
const PLAN_KEY_PREFIX: &str = "winplan:v1:plan:";

/// Why a stored document could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The text is not JSON (or is truncated).
    NotJson {
        /// The parser's message.
        detail: String,
    },
    /// The document was written by a newer version of the app.
    NewerVersion {
        /// The schema version found in the document.
        found: u32,
    },
    /// JSON, but not a valid document of this schema.
    Invalid {
        /// What is wrong, in technical terms.
        detail: String,
    },
}

impl DecodeError {
    fn invalid(detail: impl Into<String>) -> DecodeError {
        DecodeError::Invalid {
            detail: detail.into(),
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::NotJson { detail } => write!(f, "not JSON: {detail}"),
            DecodeError::NewerVersion { found } => write!(
                f,
                "schema_version {found} is newer than the supported {SCHEMA_VERSION}"
            ),
            DecodeError::Invalid { detail } => write!(f, "invalid document: {detail}"),
        }
    }
}

impl std::error::Error for DecodeError {}

impl From<PathError> for DecodeError {
    fn from(e: PathError) -> DecodeError {
        DecodeError::invalid(e.to_string())
    }
}

/// Writes `{"schema_version":<version>,"<field>":<body>}`, compact; `body`
/// is the compact JSON of the body.
pub(crate) fn write_document(version: u32, field: &str, body: &str) -> String {
    format!("{{\"schema_version\":{version},\"{field}\":{body}}}")
}

/// The stored document for a plan: `{"schema_version":1,"plan":{...}}`,
/// compact JSON, fields in declaration order.
pub fn encode_plan(plan: &Plan) -> String {
    write_document(SCHEMA_VERSION, "plan", &serial::to_compact(plan))
}

/// A plan as a share link carries it: `{"schema_version":1,"compact":{…}}`,
/// the plan's tree made short by [`Shape::compact`] (defaults left out,
/// keys as initials). [`decode_plan_link`] reads it back.
pub fn encode_plan_compact(plan: &Plan) -> String {
    let tree = serial::parse(&serial::to_compact(plan)).unwrap_or(Value::Null);
    let short = plan_shape().compact(&tree);
    write_document(SCHEMA_VERSION, "compact", &serial::to_compact(&short))
}

/// Reads the plan document a share link carried: [`encode_plan_compact`]'s,
/// or the full stored document that earlier links carried.
pub fn decode_plan_link(raw: &str) -> Result<Plan, DecodeError> {
    let mut doc = parse_document(raw)?;
    if let Value::Object(o) = &mut doc {
        // Expanded with the current shape: a newer schema_version is
        // refused below before the body is read. (When the schema changes,
        // older compact bodies must be expanded with their own shape.)
        if let Some(short) = o.remove("compact") {
            o.insert("plan".into(), plan_shape().expand(&short));
        }
    }
    Ok(decode_plan_value(open_envelope(doc, Body::Plan)?, "plan")?.0)
}

/// How many versions back a stored plan names its ancestry
/// ([`encode_plan_over`]): enough to span the writes two tabs typing at
/// once make before each sees the other's.
pub const ANCESTRY: usize = 16;

/// The stored document for a plan that replaces the entry text `over`:
/// [`encode_plan`]'s document with `"base":"<hex> <hex> …"` at the end, the
/// [`text_hash`] of `over` followed by `over`'s own ancestry (at most
/// [`ANCESTRY`] hashes in all). Another tab reading it can then tell which
/// version of the plan this write started from and which earlier versions
/// it includes, and so what it changed ([`super::sync`]).
pub fn encode_plan_over(plan: &Plan, over: Option<&str>) -> String {
    let mut doc = encode_plan(plan);
    if let Some(over) = over {
        let mut chain = vec![text_hash(over)];
        chain.extend(plan_ancestry(over));
        chain.truncate(ANCESTRY);
        let hex: Vec<String> = chain.iter().map(|h| format!("{h:016x}")).collect();
        doc.pop();
        doc.push_str(&format!(",\"base\":\"{}\"}}", hex.join(" ")));
    }
    doc
}

/// The versions a stored plan document was written over, latest first
/// ([`encode_plan_over`]); empty for a document without them.
pub fn plan_ancestry(raw: &str) -> Vec<u64> {
    let doc = parse_document(raw).ok();
    let base = doc.as_ref().and_then(|d| d.get("base")?.as_str());
    let hashes = base.unwrap_or_default().split(' ');
    hashes
        .map_while(|h| u64::from_str_radix(h, 16).ok())
        .collect()
}

/// A hash of a stored entry's text, the same in every tab of one version
/// of the app.
pub fn text_hash(text: &str) -> u64 {
    use std::hash::{DefaultHasher, Hash, Hasher};
    let mut h = DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

/// Reads a stored plan document, migrating older schema versions. Documents
/// from a newer version are refused, never read as the current one. Missing
/// fields take their defaults; a blank plan id is invalid.
pub fn decode_plan(raw: &str) -> Result<Plan, DecodeError> {
    let body = open_envelope(parse_document(raw)?, Body::Plan)?;
    Ok(decode_plan_value(body, "plan")?.0)
}

/// The body of a stored plan document as a tree, brought up to the
/// current schema (for merging two tabs' writes, [`super::sync`]).
pub fn plan_tree(raw: &str) -> Result<Value, DecodeError> {
    open_envelope(parse_document(raw)?, Body::Plan)
}

/// The shape of a plan for [`serial::read`]: one row in each list of
/// rows, and the optional Go override present.
fn plan_shape() -> &'static Shape {
    static SHAPE: OnceLock<Shape> = OnceLock::new();
    SHAPE.get_or_init(|| {
        let mut bare = Plan::default();
        bare.contacts.push(Contact::default());
        bare.pains.push(Pain::default());
        bare.visit.objections.push(Objection::default());
        let mut full = bare.clone();
        full.deal.go_override = Some(GoOverride::default());
        Shape::of(&full, &bare)
    })
}

/// Reads one plan (at the current schema version) from a JSON value found
/// at path `at` in a document, e.g. `"plans[3]"` (`""` for the whole
/// document): the plan and the fields that took their defaults (missing,
/// or null where a value is expected), or the first value of the wrong
/// kind with its path (`plans[3].bantcc.budget.status`). A blank id is an
/// error at `<at>.id`.
pub fn decode_plan_value(value: Value, at: &str) -> Result<(Plan, Vec<Note>), PathError> {
    let mut notes = Vec::new();
    let plan: Plan = serial::read(value, at, plan_shape(), &mut notes)?;
    serial::require_id(&plan.id, at)?;
    Ok((plan, notes))
}

/// Which body an envelope carries.
#[derive(Clone, Copy)]
pub(crate) enum Body {
    /// A plan, `"plan"`, at [`SCHEMA_VERSION`].
    Plan,
    /// The preferences, `"prefs"`, at [`SCHEMA_VERSION`].
    Prefs,
    /// A stage set, `"stages"`, at [`super::stages::STAGES_SCHEMA_VERSION`].
    Stages,
}

/// Parses a stored document's text; not JSON (or truncated) is
/// [`DecodeError::NotJson`].
pub(crate) fn parse_document(raw: &str) -> Result<Value, DecodeError> {
    serial::parse(raw).map_err(|e| DecodeError::NotJson {
        detail: e.to_string(),
    })
}

/// Checks an envelope's version and returns its body brought up to the
/// current version of that kind of body. A newer version is refused before
/// the body is looked at.
pub(crate) fn open_envelope(doc: Value, which: Body) -> Result<Value, DecodeError> {
    let Value::Object(mut doc) = doc else {
        return Err(DecodeError::invalid(
            "document is not a JSON object with the expected fields",
        ));
    };
    let version = match doc.get("schema_version") {
        None => return Err(DecodeError::invalid("missing schema_version")),
        Some(v) => serial::whole_number(v).ok_or_else(|| {
            DecodeError::invalid(format!("schema_version is not a number: {}", Found::of(v)))
        })?,
    };
    // Anything past u32 can only come from a (much) newer writer.
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    let current = match which {
        Body::Stages => super::stages::STAGES_SCHEMA_VERSION,
        Body::Plan | Body::Prefs => SCHEMA_VERSION,
    };
    if version > current {
        return Err(DecodeError::NewerVersion { found: version });
    }
    let field = match which {
        Body::Plan => "plan",
        Body::Prefs => "prefs",
        Body::Stages => "stages",
    };
    let body = doc
        .remove(field)
        .filter(|b| !b.is_null())
        .ok_or_else(|| DecodeError::invalid(format!("missing {field}")))?;
    match which {
        Body::Plan | Body::Prefs => migrate(body, version),
        // Stage sets have had one version only.
        Body::Stages if version == current => Ok(body),
        Body::Stages => Err(DecodeError::invalid(format!(
            "schema_version {version} is not supported"
        ))),
    }
}

/// Why a body cannot be brought to the current schema version.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum VersionError {
    /// Written by a newer version of the app.
    Newer {
        /// The version found.
        found: u32,
    },
    /// An older version no migration exists for.
    Unsupported {
        /// The version found.
        found: u32,
    },
}

impl From<VersionError> for DecodeError {
    fn from(e: VersionError) -> DecodeError {
        match e {
            VersionError::Newer { found } => DecodeError::NewerVersion { found },
            VersionError::Unsupported { found } => {
                DecodeError::invalid(format!("no migration from schema_version {found}"))
            }
        }
    }
}

/// Brings a plan body written at schema version `from` up to
/// [`SCHEMA_VERSION`], one version per step; stored documents and export
/// files both go through it. To add v2: bump `SCHEMA_VERSION`, write
/// `fn v1_to_v2(Value) -> Value` (renaming or moving fields in the tree,
/// with a golden v1 fixture kept as it is) and add the arm
/// `1 => migrate_plan(v1_to_v2(body), 2)`.
pub fn migrate_plan(body: Value, from: u32) -> Result<Value, VersionError> {
    match from {
        SCHEMA_VERSION => Ok(body),
        found if found > SCHEMA_VERSION => Err(VersionError::Newer { found }),
        found => Err(VersionError::Unsupported { found }),
    }
}

/// Whether plan bodies written at schema version `from` can be read: a
/// file's version is checked before any of its plans is looked at.
pub fn check_plan_version(from: u32) -> Result<(), VersionError> {
    // Migrating an empty body runs the same chain without data.
    migrate_plan(Value::Object(Map::new()), from).map(|_| ())
}

/// [`migrate_plan`] for the codec's documents (preferences have had one
/// version only, the same number).
fn migrate(body: Value, from: u32) -> Result<Value, DecodeError> {
    Ok(migrate_plan(body, from)?)
}

/// App preferences kept across sessions.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// The chosen UI language code (e.g. "zh", "en"); `None` follows the
    /// browser.
    pub language: Option<String>,
    /// Id of the plan open when the app was last used.
    pub current_plan: Option<String>,
    /// The rep's name, printed on their plans and stamped on new plans
    /// and exports (left out while empty).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub rep_name: String,
    /// The rep's team, stamped with their name (left out while empty).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub team: String,
    /// The trainer's workshop: its name (left out while empty). One
    /// workshop at a time, kept with the settings rather than as a record
    /// of its own (a record type costs about 1.5 KB of WASM).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub workshop_name: String,
    /// The workshop's day.
    #[serde(with = "serial::date", skip_serializing_if = "Option::is_none")]
    pub workshop_date: Option<NaiveDate>,
    /// The workshop's case.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub workshop_case: String,
    /// The day all the plans were last exported (the backup reminder).
    #[serde(with = "serial::date", skip_serializing_if = "Option::is_none")]
    pub last_export: Option<NaiveDate>,
}

/// The stored preferences document: `{"schema_version":1,"prefs":{...}}`.
pub fn encode_prefs(prefs: &Prefs) -> String {
    write_document(SCHEMA_VERSION, "prefs", &serial::to_compact(prefs))
}

/// Reads a stored preferences document; missing fields take their defaults.
pub fn decode_prefs(raw: &str) -> Result<Prefs, DecodeError> {
    static SHAPE: OnceLock<Shape> = OnceLock::new();
    let shape = SHAPE.get_or_init(|| Shape::of(&Prefs::default(), &Prefs::default()));
    let body = open_envelope(parse_document(raw)?, Body::Prefs)?;
    Ok(serial::read(body, "prefs", shape, &mut Vec::new())?)
}

/// A JSON object of strings, compact, keys in the order given (the
/// unreadable stored documents, offered for download).
pub fn string_object<'a>(pairs: impl IntoIterator<Item = (&'a String, &'a String)>) -> String {
    serial::string_object(pairs)
}

/// The storage key of a plan: `winplan:v1:plan:<id>`.
pub fn plan_key(id: &str) -> String {
    format!("{PLAN_KEY_PREFIX}{id}")
}

/// The plan id in a plan storage key; `None` for any other key.
pub fn plan_id_from_key(key: &str) -> Option<&str> {
    key.strip_prefix(PLAN_KEY_PREFIX)
        .filter(|id| !id.is_empty())
}

/// A new id `prefix` + (largest numeric suffix among `existing` ids with that
/// prefix, plus one): "c1", "c2", … for contacts, pains and objections
/// within a plan.
pub fn fresh_id(prefix: &str, existing: &[&str]) -> String {
    let max = existing
        .iter()
        .filter_map(|id| id.strip_prefix(prefix))
        .filter(|rest| !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_digit()))
        .filter_map(|rest| rest.parse::<u64>().ok())
        .max()
        .unwrap_or(0);
    format!("{prefix}{}", max.saturating_add(1))
}

const RANDOM_DIGITS: u32 = 6;

/// A plan id from the current time in milliseconds and a random number in
/// [0, 1), both in base 36: `p-<time>-<6 random digits>`, e.g.
/// "p-lx3k9a2b-08f2qz". The same inputs give the same id.
pub fn plan_id(millis: f64, random: f64) -> String {
    let time = if millis.is_finite() && millis > 0.0 {
        // Saturating float-to-int cast; fractions of a millisecond dropped.
        millis as u64
    } else {
        0
    };
    let span = 36u64.pow(RANDOM_DIGITS);
    let random = if random.is_finite() {
        random.clamp(0.0, 1.0)
    } else {
        0.0
    };
    let draw = ((random * span as f64) as u64).min(span - 1);
    let mut tail = base36(draw);
    while tail.len() < RANDOM_DIGITS as usize {
        tail.insert(0, '0');
    }
    format!("p-{}-{tail}", base36(time))
}

fn base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.iter().rev().map(|&b| char::from(b)).collect()
}

/// A deep copy of `plan` under `new_id`, created and updated at `now`, back
/// at the first wizard step; everything else is kept.
pub fn duplicate_plan(plan: &Plan, new_id: &str, now: &str) -> Plan {
    Plan {
        id: new_id.to_string(),
        created_at: now.to_string(),
        updated_at: now.to_string(),
        step: Step::Customer,
        ..plan.clone()
    }
}

/// Sorts plans most recently updated first (RFC 3339 strings in one format
/// compare chronologically); ties by id ascending.
pub fn sort_recent_first(plans: &mut [Plan]) {
    // A stable insertion sort: plan lists are short, and std's stable sort
    // (driftsort) costs kilobytes of WASM per element type.
    let before = |a: &Plan, b: &Plan| (&b.updated_at, &a.id) < (&a.updated_at, &b.id);
    for i in 1..plans.len() {
        let mut j = i;
        while j > 0 && before(&plans[j], &plans[j - 1]) {
            plans.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{BantccStatus, Contact, Pain, Tri};
    use chrono::NaiveDate;

    fn sample() -> Plan {
        let mut plan = Plan::new("p-1", "2024-05-01T08:00:00Z");
        plan.step = Step::Bantcc;
        plan.account.name = "佛山万科".into();
        plan.opportunity.name = "文印外包".into();
        plan.opportunity.amount = Some(20000.0);
        plan.opportunity.next_contact = NaiveDate::from_ymd_opt(2024, 5, 20);
        plan.contacts.push(Contact {
            id: "c1".into(),
            name: "李总".into(),
            is_coach: true,
            ..Contact::default()
        });
        plan.pains.push(Pain {
            id: "c1".into(),
            description: "打印机经常卡纸".into(),
            acknowledged: Tri::Yes,
            ..Pain::default()
        });
        plan.bantcc.budget.status = BantccStatus::Risk;
        plan
    }

    #[test]
    fn plan_round_trips() {
        let plan = sample();
        let raw = encode_plan(&plan);
        assert!(raw.starts_with(r#"{"schema_version":1,"plan":{"#));
        assert!(!raw.contains('\n'));
        assert_eq!(decode_plan(&raw), Ok(plan));
    }

    #[test]
    fn typed_amount_text_round_trips_and_is_left_out_when_plain() {
        let mut plan = sample();
        assert!(!encode_plan(&plan).contains("amount_text"));
        for typed in ["20,000", "2万", "abc"] {
            plan.opportunity.type_amount(typed.into());
            let raw = encode_plan(&plan);
            assert_eq!(raw.contains("amount_text"), typed != "20,000", "{raw}");
            let back = decode_plan(&raw).unwrap();
            assert_eq!(back.opportunity.amount_field(), typed);
            assert_eq!(back, plan);
        }
        // An export file and its import keep the text as typed.
        let file =
            super::super::transfer::export_json(&[plan.clone()], "2024-05-01T08:00:00Z", ["", ""]);
        let read = super::super::transfer::parse_import(&file).unwrap();
        assert_eq!(read.plans, [plan]);
    }

    #[test]
    fn minimal_v1_document_loads_with_defaults() {
        let plan =
            decode_plan(r#"{"schema_version":1,"plan":{"id":"p9","account":{"name":"万科"}}}"#)
                .expect("minimal document loads");
        assert_eq!(plan.id, "p9");
        assert_eq!(plan.account.name, "万科");
        assert_eq!(plan.opportunity.currency, "CNY");
        assert_eq!(plan.step, Step::Customer);
        assert!(plan.contacts.is_empty());
    }

    #[test]
    fn the_last_of_repeated_keys_counts() {
        let plan = decode_plan(
            r#"{"schema_version":1,"plan":{"id":"a","account":{"name":"x"},"id":"b"}}"#,
        )
        .expect("repeated keys tolerated");
        assert_eq!((plan.id.as_str(), plan.account.name.as_str()), ("b", "x"));
    }

    #[test]
    fn unknown_fields_are_ignored() {
        let plan = decode_plan(r#"{"schema_version":1,"plan":{"id":"p9","later":1},"x":2}"#)
            .expect("extra fields tolerated");
        assert_eq!(plan.id, "p9");
    }

    #[test]
    fn not_json_and_truncated() {
        assert!(matches!(
            decode_plan("hello"),
            Err(DecodeError::NotJson { .. })
        ));
        assert!(matches!(decode_plan(""), Err(DecodeError::NotJson { .. })));
        let raw = encode_plan(&sample());
        let cut = &raw[..raw.len() / 2];
        // Cut on a char boundary: the sample is mostly ASCII up front.
        assert!(matches!(decode_plan(cut), Err(DecodeError::NotJson { .. })));
    }

    #[test]
    fn newer_version_is_refused_without_parsing() {
        // The body would not even parse as v1: it must not be looked at.
        let raw = r#"{"schema_version":2,"plan":{"id":42}}"#;
        assert_eq!(
            decode_plan(raw),
            Err(DecodeError::NewerVersion { found: 2 })
        );
        let huge = r#"{"schema_version":99999999999,"plan":{}}"#;
        assert_eq!(
            decode_plan(huge),
            Err(DecodeError::NewerVersion { found: u32::MAX })
        );
    }

    #[test]
    fn bad_envelopes_are_invalid() {
        for raw in [
            r#"{"plan":{"id":"p1"}}"#,
            r#"{"schema_version":"1","plan":{"id":"p1"}}"#,
            r#"{"schema_version":-1,"plan":{"id":"p1"}}"#,
            r#"{"schema_version":0,"plan":{"id":"p1"}}"#,
            r#"{"schema_version":1}"#,
            r#"{"schema_version":1,"plan":null}"#,
            r#"{"schema_version":1,"plan":{"id":"  "}}"#,
            r#"{"schema_version":1,"plan":{}}"#,
            r#"[1,2]"#,
        ] {
            assert!(
                matches!(decode_plan(raw), Err(DecodeError::Invalid { .. })),
                "{raw}"
            );
        }
    }

    #[test]
    fn wrong_enum_value_is_invalid_and_says_so() {
        let raw =
            r#"{"schema_version":1,"plan":{"id":"p1","bantcc":{"budget":{"status":"maybe"}}}}"#;
        match decode_plan(raw) {
            Err(DecodeError::Invalid { detail }) => assert_eq!(
                detail,
                "plan.bantcc.budget.status: expected one of \
                 unknown/partial/confirmed/risk, found \"maybe\""
            ),
            other => panic!("expected Invalid, got {other:?}"),
        }
    }

    #[test]
    fn migrate_is_identity_for_current_and_refuses_others() {
        let v = serial::parse(r#"{"id":"p1"}"#).unwrap();
        assert_eq!(migrate(v.clone(), SCHEMA_VERSION), Ok(v.clone()));
        assert!(matches!(
            migrate(v.clone(), 0),
            Err(DecodeError::Invalid { .. })
        ));
        assert_eq!(
            migrate(v, SCHEMA_VERSION + 1),
            Err(DecodeError::NewerVersion {
                found: SCHEMA_VERSION + 1
            })
        );
    }

    #[test]
    fn errors_display_plainly() {
        assert_eq!(
            DecodeError::NewerVersion { found: 3 }.to_string(),
            "schema_version 3 is newer than the supported 1"
        );
        assert_eq!(
            DecodeError::Invalid {
                detail: "missing plan".into()
            }
            .to_string(),
            "invalid document: missing plan"
        );
        let e: Box<dyn std::error::Error> = Box::new(DecodeError::NotJson {
            detail: "EOF".into(),
        });
        assert_eq!(e.to_string(), "not JSON: EOF");
    }

    #[test]
    fn prefs_round_trip_and_tolerate_missing_fields() {
        let prefs = Prefs {
            language: Some("zh".into()),
            current_plan: Some("p-1".into()),
            rep_name: "张伟".into(),
            team: "华南组".into(),
            last_export: NaiveDate::from_ymd_opt(2026, 11, 30),
            ..Prefs::default()
        };
        let raw = encode_prefs(&prefs);
        assert!(raw.starts_with(r#"{"schema_version":1,"prefs":{"#));
        assert!(raw.contains(r#""last_export":"2026-11-30""#), "{raw}");
        assert_eq!(decode_prefs(&raw), Ok(prefs));
        assert!(matches!(
            decode_prefs(r#"{"schema_version":1,"prefs":{"last_export":"30/11/2026"}}"#),
            Err(DecodeError::Invalid { .. })
        ));
        assert_eq!(
            decode_prefs(r#"{"schema_version":1,"prefs":{}}"#),
            Ok(Prefs::default())
        );
        assert_eq!(
            decode_prefs(r#"{"schema_version":5,"prefs":{}}"#),
            Err(DecodeError::NewerVersion { found: 5 })
        );
        assert!(matches!(
            decode_prefs(r#"{"schema_version":1,"prefs":{"language":3}}"#),
            Err(DecodeError::Invalid { .. })
        ));
        assert!(matches!(
            decode_prefs(r#"{"schema_version":0,"prefs":{}}"#),
            Err(DecodeError::Invalid { .. })
        ));
        assert!(matches!(
            decode_prefs("{"),
            Err(DecodeError::NotJson { .. })
        ));
    }

    #[test]
    fn key_helpers() {
        assert!(PLAN_KEY_PREFIX.starts_with(KEY_PREFIX));
        assert!(PREFS_KEY.starts_with(KEY_PREFIX));
        assert_eq!(plan_key("p-abc"), "winplan:v1:plan:p-abc");
        assert_eq!(plan_id_from_key("winplan:v1:plan:p-abc"), Some("p-abc"));
        assert_eq!(plan_id_from_key(&plan_key("p-x")), Some("p-x"));
        assert_eq!(plan_id_from_key("winplan:v1:plan:"), None);
        assert_eq!(plan_id_from_key(PREFS_KEY), None);
        assert_eq!(plan_id_from_key("other:plan:p1"), None);
    }

    #[test]
    fn fresh_id_follows_the_largest_suffix() {
        assert_eq!(fresh_id("c", &[]), "c1");
        assert_eq!(fresh_id("c", &["c1", "c2"]), "c3");
        assert_eq!(fresh_id("c", &["c7", "c2"]), "c8");
        // Foreign or odd ids do not count.
        assert_eq!(fresh_id("c", &["o5", "c", "cx", "c+4", "c-9"]), "c1");
        assert_eq!(fresh_id("o", &["o09"]), "o10");
    }

    #[test]
    fn plan_id_is_deterministic_base36() {
        assert_eq!(plan_id(0.0, 0.0), "p-0-000000");
        assert_eq!(plan_id(36.0, 0.5), plan_id(36.0, 0.5));
        assert_eq!(plan_id(36.0, 0.0), "p-10-000000");
        assert_eq!(plan_id(1_700_000_000_000.0, 0.0), "p-loyw3v28-000000");
        assert_eq!(plan_id(1.0, 0.999_999_999_999), "p-1-zzzzzz");
        assert_ne!(plan_id(1.0, 0.25), plan_id(1.0, 0.75));
        // Garbage inputs still give a well-formed id.
        assert_eq!(plan_id(f64::NAN, f64::NAN), "p-0-000000");
        assert_eq!(plan_id(-5.0, 2.0), "p-0-zzzzzz");
        let id = plan_id(1_716_000_000_123.0, 0.123_456);
        assert!(id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
    }

    #[test]
    fn duplicate_keeps_content_under_new_identity() {
        let plan = sample();
        let copy = duplicate_plan(&plan, "p-2", "2024-06-01T09:00:00Z");
        assert_eq!(copy.id, "p-2");
        assert_eq!(copy.created_at, "2024-06-01T09:00:00Z");
        assert_eq!(copy.updated_at, "2024-06-01T09:00:00Z");
        assert_eq!(copy.step, Step::Customer);
        assert_eq!(copy.opportunity, plan.opportunity);
        assert_eq!(copy.contacts, plan.contacts);
        assert_eq!(copy.pains, plan.pains);
        assert_eq!(copy.bantcc, plan.bantcc);
        assert_eq!(plan.id, "p-1");
    }

    #[test]
    fn sort_recent_first_with_id_ties() {
        let mk = |id: &str, at: &str| {
            let mut p = Plan::new(id, "2024-01-01T00:00:00Z");
            p.updated_at = at.into();
            p
        };
        let mut plans = vec![
            mk("b", "2024-05-01T08:00:00Z"),
            mk("c", "2024-05-03T08:00:00Z"),
            mk("a", "2024-05-01T08:00:00Z"),
            mk("d", "2024-04-30T23:59:59Z"),
        ];
        sort_recent_first(&mut plans);
        let ids: Vec<&str> = plans.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, vec!["c", "a", "b", "d"]);
    }

    #[test]
    fn a_write_names_the_version_it_replaced() {
        let plan = Plan::new("p1", "2026-01-01T00:00:00.000Z");
        let before = encode_plan(&plan);
        let base = text_hash(&before);
        let doc = encode_plan_over(&plan, Some(&before));
        assert!(doc.starts_with(&before[..before.len() - 1]));
        assert!(doc.ends_with(&format!(",\"base\":\"{base:016x}\"}}")));
        assert_eq!(plan_ancestry(&doc), [base]);
        assert_eq!(decode_plan(&doc), Ok(plan.clone()));
        assert_eq!(encode_plan_over(&plan, None), before);
        assert!(plan_ancestry(&before).is_empty());
        assert_ne!(text_hash(&before), text_hash(&doc));
    }

    #[test]
    fn a_write_names_its_ancestry_latest_first_up_to_a_limit() {
        let plan = Plan::new("p1", "2026-01-01T00:00:00.000Z");
        let mut texts = vec![encode_plan(&plan)];
        for _ in 0..ANCESTRY + 3 {
            let next = encode_plan_over(&plan, texts.last().map(String::as_str));
            texts.push(next);
        }
        let last = texts.last().unwrap();
        let chain = plan_ancestry(last);
        assert_eq!(chain.len(), ANCESTRY);
        let expected: Vec<u64> = texts
            .iter()
            .rev()
            .skip(1)
            .take(ANCESTRY)
            .map(|t| text_hash(t))
            .collect();
        assert_eq!(chain, expected);
        // Written by an older version: one hash.
        let old = format!(
            "{},\"base\":\"{:016x}\"}}",
            &texts[0][..texts[0].len() - 1],
            7
        );
        assert_eq!(plan_ancestry(&old), vec![7]);
    }
}
