//! JSON for the stored and exported documents, through serde.
//!
//! The records derive `Serialize` / `Deserialize` (field names as
//! declared, enums by their [`str_enum!`] names, missing fields taking
//! their defaults). Reading goes in three steps, so a document written by
//! hand or by an older app is read tolerantly and every problem has a
//! path:
//!
//! 1. [`parse`]: text to a [`Value`] (serde_json, nesting limited to
//!    [`MAX_DEPTH`]), errors typed as truncated, too deep or malformed;
//! 2. the caller checks the envelope and runs the migrations on the tree;
//! 3. [`read`]: the tree checked against the record's [`Shape`] (objects
//!    and lists where the record has them; fields missing or `null` where
//!    a value is expected noted and given their default), then
//!    deserialised with `serde_path_to_error`, so the first value of the
//!    wrong kind is reported with its path
//!    (`plans[3].bantcc.budget.status: expected one of …, found "maybe"`).
//!
//! Leaf values with rules of their own (ids, dates, amounts, small
//! numbers, named enums) have their own (de)serialisers here, with
//! messages in the same words.

use std::fmt;

use chrono::NaiveDate;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
pub use serde_json::{Map, Value};

use super::format;

/// Deepest nesting of arrays and objects accepted: serde_json's recursion
/// limit of 128 refuses the 128th level.
pub const MAX_DEPTH: u32 = 127;

/// Why JSON text could not be parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SyntaxKind {
    /// The text ends before the document does (a truncated file).
    Truncated,
    /// The text is not JSON.
    Malformed,
    /// Arrays and objects nest deeper than [`MAX_DEPTH`].
    TooDeep,
}

/// JSON text that could not be parsed, with where.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SyntaxError {
    /// What kind of problem.
    pub kind: SyntaxKind,
    /// 1-based line.
    pub line: usize,
    /// 1-based column (0 for an empty text).
    pub column: usize,
    /// The parser's message, in English, with its line and column.
    pub detail: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.detail)
    }
}

/// Parses JSON text (RFC 8259, strict) into a tree. Nesting deeper than
/// [`MAX_DEPTH`] is refused, so hostile input cannot exhaust the stack.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    serde_json::from_str(text).map_err(|e| {
        let detail = e.to_string();
        let kind = if e.is_eof() {
            SyntaxKind::Truncated
        } else if e.is_syntax() && detail.starts_with("recursion limit exceeded") {
            SyntaxKind::TooDeep
        } else {
            SyntaxKind::Malformed
        };
        SyntaxError {
            kind,
            line: e.line(),
            column: e.column(),
            detail,
        }
    })
}

/// A whole, non-negative number (no sign, fraction or exponent), or `None`.
/// `Some(u64::MAX)` when it is a whole number too large for a `u64`.
pub fn whole_number(v: &Value) -> Option<u64> {
    let n = v.as_number()?;
    if let Some(n) = n.as_u64() {
        return Some(n);
    }
    // serde_json reads integers beyond u64 as floats.
    n.as_f64()
        .filter(|f| *f >= 18_446_744_073_709_551_615.0 && f.fract() == 0.0)
        .map(|_| u64::MAX)
}

/// A JSON object of strings, compact, keys in the order given.
pub fn string_object<'a>(pairs: impl IntoIterator<Item = (&'a String, &'a String)>) -> String {
    let mut out = String::from("{");
    for (i, (k, v)) in pairs.into_iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&to_compact(k));
        out.push(':');
        out.push_str(&to_compact(v));
    }
    out.push('}');
    out
}

/// Compact JSON of a record (records always serialise).
pub(crate) fn to_compact<T: Serialize + ?Sized>(value: &T) -> String {
    serde_json::to_string(value).unwrap_or_default()
}

/// JSON indented by two spaces, `"key": value`, exactly as
/// `serde_json::to_string_pretty` writes it. Made from the compact text,
/// so the records' `Serialize` code is compiled for one formatter only.
pub(crate) fn to_pretty<T: Serialize + ?Sized>(value: &T) -> String {
    indent(&to_compact(value))
}

/// Compact JSON (as serde_json writes it: no whitespace outside strings)
/// indented by two spaces; empty arrays and objects stay `[]` and `{}`.
fn indent(compact: &str) -> String {
    fn newline(out: &mut String, depth: usize) {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    }
    let mut out = String::with_capacity(compact.len() * 2);
    let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                match chars.next_if(|n| matches!(n, '}' | ']')) {
                    Some(close) => out.push(close),
                    None => {
                        depth += 1;
                        newline(&mut out, depth);
                    }
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

// ------------------------------------------------------------------ errors

/// What a value was instead: enough to find it, never the whole value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Found {
    /// `null` or nothing.
    Null,
    /// `true` / `false`.
    Flag(bool),
    /// A number.
    Number(String),
    /// A string (its first 40 characters).
    Text(String),
    /// An array.
    List,
    /// An object.
    Object,
}

impl Found {
    /// Describes a value.
    pub fn of(v: &Value) -> Found {
        match v {
            Value::Null => Found::Null,
            Value::Bool(b) => Found::Flag(*b),
            Value::Number(n) => Found::Number(n.to_string().chars().take(40).collect()),
            Value::String(s) => Found::Text(s.chars().take(40).collect()),
            Value::Array(_) => Found::List,
            Value::Object(_) => Found::Object,
        }
    }
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Found::Null => f.write_str("null"),
            Found::Flag(b) => write!(f, "{b}"),
            Found::Number(n) => f.write_str(n),
            Found::Text(s) => write!(f, "\"{s}\""),
            Found::List => f.write_str("a list"),
            Found::Object => f.write_str("an object"),
        }
    }
}

/// A value of the wrong kind, with where it is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct PathError {
    /// Where: `plans[3].bantcc.budget.status`.
    pub path: String,
    /// What it should have been and what it was:
    /// `expected one of unknown/partial/confirmed/risk, found "maybe"`.
    pub detail: String,
}

impl PathError {
    /// `<path>: expected <expected>, found <found>`.
    pub fn new(path: impl Into<String>, expected: &str, found: &Found) -> PathError {
        PathError {
            path: path.into(),
            detail: expected_found(expected, found),
        }
    }
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.path.is_empty() {
            true => f.write_str(&self.detail),
            false => write!(f, "{}: {}", self.path, self.detail),
        }
    }
}

impl std::error::Error for PathError {}

fn expected_found(expected: &str, found: &Found) -> String {
    format!("expected {expected}, found {found}")
}

/// A deserialisation error `expected <expected>, found <the value>`.
fn wrong<E: serde::de::Error>(expected: &str, v: &Value) -> E {
    E::custom(expected_found(expected, &Found::of(v)))
}

/// `base` followed by `rest` (`plans[3]` + `bantcc.need` or `[0].id`).
pub(crate) fn join(base: &str, rest: &str) -> String {
    if base.is_empty() || rest.is_empty() {
        return format!("{base}{rest}");
    }
    match rest.starts_with('[') {
        true => format!("{base}{rest}"),
        false => format!("{base}.{rest}"),
    }
}

/// serde's own wording of a value of the wrong kind ("invalid type:
/// integer `7`, expected a string") in the words of this app's messages
/// ("expected a string, found 7"); other messages as they are.
fn plain_words(message: &str) -> String {
    let Some((unexpected, expected)) = message
        .strip_prefix("invalid type: ")
        .and_then(|rest| rest.rsplit_once(", expected "))
    else {
        return message.to_owned();
    };
    let expected = match expected {
        "a boolean" => "true or false",
        "a sequence" => "a list",
        e if e.starts_with("struct ") || e == "a map" => "an object",
        e => e,
    };
    let ticked = |kind: &str| {
        unexpected
            .strip_prefix(kind)
            .and_then(|v| v.strip_prefix(" `"))
            .and_then(|v| v.strip_suffix('`'))
            .map(str::to_owned)
    };
    let found = match unexpected {
        "sequence" => "a list".to_owned(),
        "map" => "an object".to_owned(),
        "null" | "unit value" => "null".to_owned(),
        u => ticked("boolean")
            .or_else(|| ticked("integer"))
            .or_else(|| ticked("floating point"))
            .or_else(|| {
                // serde quotes strings with Rust's escapes; keep 40 characters.
                let s = u.strip_prefix("string ")?;
                let inner = s.strip_prefix('"')?.strip_suffix('"')?;
                Some(format!(
                    "\"{}\"",
                    inner.chars().take(40).collect::<String>()
                ))
            })
            .unwrap_or_else(|| u.to_owned()),
    };
    format!("expected {expected}, found {found}")
}

// ------------------------------------------------------------------- notes

/// Why a field took its default value.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NoteKind {
    /// The field is not in the document.
    Missing,
    /// The field is `null` where a value is expected.
    Null,
}

/// A field that took its default value, with where it is.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Note {
    /// Where: `plans[0].deal`.
    pub path: String,
    /// Missing or null.
    pub kind: NoteKind,
}

/// The shape of a record, from its serialised form: which fields it has,
/// which hold objects or lists (and the shape of their elements), and
/// which may be `null`. Fields are checked in key order, the order in
/// which serde then reads a document's fields, so the first problem
/// reported is the first in that order either way.
#[derive(Clone, Debug)]
pub struct Shape {
    /// The record with every optional object present and one element in
    /// every list of records.
    full: Value,
    /// The same with the optional fields `None`: where it has `null`, a
    /// `null` in a document is a value, not a missing one.
    bare: Value,
}

impl Shape {
    /// The shape of `full` (optional objects present, one element in each
    /// list of records); `bare` is the same record with them `None`.
    pub fn of<T: Serialize>(full: &T, bare: &T) -> Shape {
        // Read back from text (not `serde_json::to_value`): the records'
        // `Serialize` code is compiled for one serialiser only.
        let tree = |record| parse(&to_compact(record)).unwrap_or(Value::Null);
        Shape {
            full: tree(full),
            bare: tree(bare),
        }
    }
}

impl Shape {
    /// A record's tree (as this shape's record serialises) made short for
    /// a share link: fields at their default value left out, and each
    /// other key written as the initials of its words (`expected_win_date`
    /// is `ewd`), or in full where two keys of one object share initials.
    /// [`Shape::expand`] restores the tree exactly.
    pub fn compact(&self, value: &Value) -> Value {
        reshape(value, &self.full, &self.bare, true)
    }

    /// The tree [`Shape::compact`] made short, with its full keys and
    /// every field left out at its default value.
    pub fn expand(&self, value: &Value) -> Value {
        reshape(value, &self.full, &self.bare, false)
    }
}

/// A key's short form in an object with the keys of `fields`: its words'
/// initials, unless another key of `fields` has the same.
pub fn short_key(key: &str, fields: &Map<String, Value>) -> String {
    let initials = |k: &str| {
        k.split('_')
            .filter_map(|w| w.chars().next())
            .collect::<String>()
    };
    let short = initials(key);
    let shared = fields.keys().filter(|k| initials(k) == short).count() > 1;
    if shared {
        key.to_owned()
    } else {
        short
    }
}

// Both ways at once, so the two can never disagree on a key or a default.
// `bare` holds each field's default (`null` where the field is optional).
fn reshape(value: &Value, full: &Value, bare: &Value, to_short: bool) -> Value {
    match (value, full) {
        (Value::Object(obj), Value::Object(fields)) => {
            let mut out = Map::new();
            let mut known = Vec::new();
            let none = Value::Array(Vec::new());
            for (key, shape) in fields {
                // A list of records defaults to none (the shape has one row).
                let default = match shape {
                    Value::Array(one) if !one.is_empty() => &none,
                    _ => bare.get(key).unwrap_or(&Value::Null),
                };
                // An optional object present: its fields' defaults.
                let inner = if default.is_null() { shape } else { default };
                let short = short_key(key, fields);
                let (from, to) = if to_short {
                    (key, &short)
                } else {
                    (&short, key)
                };
                known.push(from.clone());
                let v = match obj.get(from) {
                    Some(v) if !(to_short && v == default) => reshape(v, shape, inner, to_short),
                    _ if to_short => continue,
                    // Left out: its default, and an object's fields theirs.
                    None if default.is_object() => {
                        reshape(&Value::Object(Map::new()), shape, inner, false)
                    }
                    _ => default.clone(),
                };
                // An object all of whose fields are at their default (but
                // not an optional one, which is there or not).
                let empty = v.as_object().is_some_and(Map::is_empty);
                if to_short && empty && !default.is_null() {
                    continue;
                }
                out.insert(to.clone(), v);
            }
            // Fields left out of the record's serialised form when empty
            // (so not in its shape) pass as they are.
            for (k, v) in obj.iter().filter(|(k, _)| !known.contains(k)) {
                out.insert(k.clone(), v.clone());
            }
            Value::Object(out)
        }
        // A list of records: each row has the shape of the shape's one row.
        (Value::Array(rows), Value::Array(one)) if !one.is_empty() => Value::Array(
            rows.iter()
                .map(|r| reshape(r, &one[0], &one[0], to_short))
                .collect(),
        ),
        _ => value.clone(),
    }
}

/// Checks `value` against a shape: where the shape has an object or a
/// list, so must the value (the first one that is not is the error).
/// Fields missing are noted; fields `null` where a value is expected are
/// noted and removed, so that the record's default is used.
fn check(
    value: &mut Value,
    full: &Value,
    bare: Option<&Value>,
    path: &str,
    notes: &mut Vec<Note>,
) -> Result<(), PathError> {
    match full {
        Value::Object(fields) => {
            let Value::Object(obj) = value else {
                return Err(PathError::new(path, "an object", &Found::of(value)));
            };
            for (key, shape) in fields {
                let at = join(path, key);
                let nullable = match bare {
                    Some(b) => b.get(key).is_some_and(Value::is_null),
                    None => shape.is_null(),
                };
                match obj.get_mut(key) {
                    None => notes.push(Note {
                        path: at,
                        kind: NoteKind::Missing,
                    }),
                    Some(Value::Null) => {
                        obj.remove(key);
                        if !nullable {
                            notes.push(Note {
                                path: at,
                                kind: NoteKind::Null,
                            });
                        }
                    }
                    Some(v) => {
                        let bare = bare.and_then(|b| b.get(key)).filter(|b| !b.is_null());
                        check(v, shape, bare, &at, notes)?;
                    }
                }
            }
            Ok(())
        }
        Value::Array(items) => {
            let Value::Array(values) = value else {
                return Err(PathError::new(path, "a list", &Found::of(value)));
            };
            if let Some(shape) = items.first() {
                let bare = bare.and_then(|b| b.get(0));
                for (i, v) in values.iter_mut().enumerate() {
                    check(v, shape, bare, &format!("{path}[{i}]"), notes)?;
                }
            }
            Ok(())
        }
        // Leaves are checked by their deserialisers.
        _ => Ok(()),
    }
}

/// Reads a record from a tree found at `path` in a document: checked
/// against `shape` (fields missing or null noted in `notes` and given
/// their defaults), then deserialised; the first value of the wrong kind
/// is an error naming its path.
pub fn read<T: DeserializeOwned>(
    mut value: Value,
    path: &str,
    shape: &Shape,
    notes: &mut Vec<Note>,
) -> Result<T, PathError> {
    check(&mut value, &shape.full, Some(&shape.bare), path, notes)?;
    serde_path_to_error::deserialize(value).map_err(|e| {
        let at = e.path().to_string();
        let at = if at == "." { String::new() } else { at };
        PathError {
            path: join(path, &at),
            detail: plain_words(&e.into_inner().to_string()),
        }
    })
}

// ------------------------------------------------------------ named enums

/// A unit enum stored as one of a fixed set of names.
pub trait Named: Copy + 'static {
    /// The stored names, in declaration order.
    const NAMES: &'static [&'static str];
    /// The variants, in the order of [`Named::NAMES`].
    const VARIANTS: &'static [Self];
    /// This variant's stored name.
    fn name(self) -> &'static str;
}

/// Reads the name of a [`Named`] enum value; anything else is
/// `expected one of a/b/c, found …`.
pub fn named<'de, D: Deserializer<'de>, E: Named>(d: D) -> Result<E, D::Error> {
    let v = Value::deserialize(d)?;
    v.as_str()
        .and_then(|s| E::NAMES.iter().position(|n| *n == s))
        .map(|i| E::VARIANTS[i])
        .ok_or_else(|| wrong(&format!("one of {}", E::NAMES.join("/")), &v))
}

/// Gives a unit-only enum its stored names: `as_str`, `from_name`,
/// `NAMES`, [`Named`], and `Serialize` / `Deserialize` by name.
macro_rules! str_enum {
    ($ty:ident { $($variant:ident => $name:literal),* $(,)? }) => {
        impl $ty {
            /// The stored names, in declaration order.
            pub const NAMES: &'static [&'static str] = &[$($name),*];

            /// The name used in stored JSON.
            pub fn as_str(self) -> &'static str {
                match self { $($ty::$variant => $name),* }
            }

            /// The value with this stored name.
            pub fn from_name(name: &str) -> Option<$ty> {
                <$ty as $crate::domain::serial::Named>::VARIANTS
                    .get(Self::NAMES.iter().position(|n| *n == name)?)
                    .copied()
            }
        }
        impl $crate::domain::serial::Named for $ty {
            const NAMES: &'static [&'static str] = $ty::NAMES;
            const VARIANTS: &'static [$ty] = &[$($ty::$variant),*];
            fn name(self) -> &'static str {
                self.as_str()
            }
        }
        impl ::serde::Serialize for $ty {
            fn serialize<S: ::serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }
        impl<'de> ::serde::Deserialize<'de> for $ty {
            fn deserialize<D: ::serde::Deserializer<'de>>(d: D) -> Result<$ty, D::Error> {
                $crate::domain::serial::named(d)
            }
        }
    };
}
pub(crate) use str_enum;

// ------------------------------------------------------------ leaf fields

/// Whether `id` is made of ASCII letters, digits, '-', '_' and '.' only.
pub fn is_safe_id(id: &str) -> bool {
    id.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
}

/// An id: text of letters, digits, '-', '_' and '.' (ids end up in the
/// page's markup as element ids and attributes). A blank one is left to
/// the caller.
pub fn id<'de, D: Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    let v = Value::deserialize(d)?;
    match v {
        Value::String(s) if s.trim().is_empty() || is_safe_id(&s) => Ok(s),
        Value::String(_) => Err(wrong("an id of letters, digits, '-', '_' or '.'", &v)),
        _ => Err(wrong("a string", &v)),
    }
}

/// A non-blank id is required at `path` (`plans[3].id`).
pub fn require_id(id: &str, path: &str) -> Result<(), PathError> {
    match id.trim().is_empty() {
        true => Err(PathError::new(
            join(path, "id"),
            "a non-blank id",
            &Found::Text(id.chars().take(40).collect()),
        )),
        false => Ok(()),
    }
}

/// A whole number from 0 to 255.
pub fn small_uint<'de, D: Deserializer<'de>>(d: D) -> Result<u8, D::Error> {
    let v = Value::deserialize(d)?;
    whole_number(&v)
        .and_then(|n| u8::try_from(n).ok())
        .ok_or_else(|| wrong("a whole number from 0 to 255", &v))
}

/// A date stored as `"YYYY-MM-DD"`; `null` or `""` is none.
pub mod date {
    use super::*;

    /// `"YYYY-MM-DD"` or `null`.
    pub fn serialize<S: Serializer>(value: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match value {
            Some(d) => s.serialize_str(&format::format_date(*d)),
            None => s.serialize_none(),
        }
    }

    /// A date, `""` or `null`.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        let v = Value::deserialize(d)?;
        match &v {
            Value::Null => Ok(None),
            Value::String(s) if s.trim().is_empty() => Ok(None),
            Value::String(s) => format::parse_date(s)
                .map(Some)
                .ok_or_else(|| wrong("a date YYYY-MM-DD or null", &v)),
            _ => Err(wrong("a date YYYY-MM-DD or null", &v)),
        }
    }
}

/// A non-negative amount kept to cents: written as a plain number
/// (`1200000`, `20000.5`), read from a number, numeric text such as
/// `"1,200,000"`, or `null` / `""` for none.
pub mod amount {
    use super::*;

    /// The amount to cents, or `null`.
    pub fn serialize<S: Serializer>(value: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
        let number = value
            .and_then(format::amount_number_text)
            .and_then(|text| text.parse::<serde_json::Number>().ok());
        match number {
            Some(n) => n.serialize(s),
            None => s.serialize_none(),
        }
    }

    /// A number, numeric text, `""` or `null`.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
        let v = Value::deserialize(d)?;
        let read = match &v {
            Value::Null => Some(None),
            // Read from the number's shortest text, without float maths.
            Value::Number(n) => format::parse_amount_number(&n.to_string()).map(Some),
            Value::String(s) => {
                let cleaned: String = s.chars().filter(|c| !matches!(c, ',' | ' ')).collect();
                if cleaned.is_empty() {
                    Some(None)
                } else {
                    format::parse_decimal(&cleaned).map(Some)
                }
            }
            _ => None,
        };
        read.ok_or_else(|| wrong("a non-negative amount or null", &v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serde_wording_is_rewritten() {
        for (serde, ours) in [
            (
                "invalid type: integer `7`, expected a string",
                "expected a string, found 7",
            ),
            (
                "invalid type: string \"yes\", expected a boolean",
                "expected true or false, found \"yes\"",
            ),
            (
                "invalid type: null, expected a string",
                "expected a string, found null",
            ),
            (
                "invalid type: map, expected a sequence",
                "expected a list, found an object",
            ),
            (
                "invalid type: sequence, expected struct Account",
                "expected an object, found a list",
            ),
            (
                "invalid type: floating point `1.5`, expected a string",
                "expected a string, found 1.5",
            ),
            (
                "invalid type: boolean `false`, expected a string",
                "expected a string, found false",
            ),
            ("something else", "something else"),
        ] {
            assert_eq!(plain_words(serde), ours, "{serde}");
        }
    }

    #[test]
    fn indent_writes_what_serde_json_pretty_writes() {
        let tricky = Value::from(vec![
            Value::from("a\u{0}\"\\/\n{[,:]}é😀"),
            Value::from(vec![] as Vec<Value>),
            Value::Object(Map::new()),
            serde_json::json!({"k": {"e": {}, "l": [], "n": null, "x": [1, 2.5, true]}}),
        ]);
        for v in [tricky, Value::from(1), Value::Object(Map::new())] {
            assert_eq!(
                indent(&to_compact(&v)),
                serde_json::to_string_pretty(&v).unwrap()
            );
        }
    }

    #[test]
    fn paths_join() {
        assert_eq!(join("plans[3]", "bantcc"), "plans[3].bantcc");
        assert_eq!(join("plans", "[0]"), "plans[0]");
        assert_eq!(join("", "id"), "id");
        assert_eq!(join("plan", ""), "plan");
    }

    #[test]
    fn syntax_errors_say_where_and_what() {
        let e = parse("{\n  \"a\": x\n}").unwrap_err();
        assert_eq!((e.kind, e.line, e.column), (SyntaxKind::Malformed, 2, 8));
        assert_eq!(e.to_string(), "expected value at line 2 column 8");
        let e = parse("{\n  \"名字\": \"李\",\n  \"x\": ?\n}").unwrap_err();
        assert_eq!((e.line, e.column), (3, 8));
        assert_eq!(parse("[1, tru]").unwrap_err().kind, SyntaxKind::Malformed);
        assert_eq!(parse("[1, 2] x").unwrap_err().kind, SyntaxKind::Malformed);
        assert_eq!(parse("\"a\u{0}\"").unwrap_err().kind, SyntaxKind::Malformed);
        for cut in ["", "{\"a\": [1, 2", "{\"plans\": [{\"id\": \"p1\"", "\"abc"] {
            assert_eq!(
                parse(cut).unwrap_err().kind,
                SyntaxKind::Truncated,
                "{cut:?}"
            );
        }
    }

    #[test]
    fn nesting_is_limited_without_overflowing_the_stack() {
        let at = |n: usize, open: &str, close: &str| {
            parse(&format!("{}1{}", open.repeat(n), close.repeat(n)))
        };
        let max = MAX_DEPTH as usize;
        assert!(at(max, "[", "]").is_ok());
        assert!(at(max, "{\"a\":", "}").is_ok());
        assert!(at(max / 2, "[{\"k\":", "}]").is_ok());
        assert!(at(max + 1, "{\"a\":", "}").is_err());
        for (open, close) in [("[", "]"), ("{\"a\":", "}"), ("[{\"k\":", "}]")] {
            let e = at(1_000_000, open, close).unwrap_err();
            assert_eq!(e.kind, SyntaxKind::TooDeep, "{open}");
            assert_eq!(e.line, 1);
        }
        let e = at(max + 1, "[", "]").unwrap_err();
        assert_eq!(e.kind, SyntaxKind::TooDeep);
        assert!(e.to_string().starts_with("recursion limit exceeded"), "{e}");
        // Unclosed: too deep before it is truncated.
        assert_eq!(
            parse(&"[".repeat(5000)).unwrap_err().kind,
            SyntaxKind::TooDeep
        );
    }

    #[test]
    fn string_object_keeps_order_and_escapes() {
        let (a, b, c, d) = (
            "k2".to_string(),
            "v\"".to_string(),
            "k1".to_string(),
            String::new(),
        );
        assert_eq!(
            string_object([(&a, &b), (&c, &d)]),
            r#"{"k2":"v\"","k1":""}"#
        );
        assert_eq!(string_object([]), "{}");
    }

    #[derive(Clone, Copy, Debug, Default, PartialEq)]
    enum Colour {
        #[default]
        Red,
        DarkBlue,
    }
    str_enum!(Colour { Red => "red", DarkBlue => "dark_blue" });

    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(default)]
    struct Row {
        #[serde(deserialize_with = "id")]
        id: String,
        colour: Colour,
        tags: Vec<String>,
        #[serde(with = "date")]
        d: Option<NaiveDate>,
        #[serde(with = "amount")]
        a: Option<f64>,
        #[serde(deserialize_with = "small_uint")]
        n: u8,
        f: bool,
        o: Option<String>,
    }

    #[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
    #[serde(default)]
    struct Doc {
        rows: Vec<Row>,
    }

    fn read_doc(text: &str) -> Result<(Doc, Vec<Note>), PathError> {
        let full = Doc {
            rows: vec![Row::default()],
        };
        let shape = Shape::of(&full, &full);
        let mut notes = Vec::new();
        let doc = read(
            parse(text).expect("test JSON parses"),
            "doc",
            &shape,
            &mut notes,
        )?;
        Ok((doc, notes))
    }

    fn row_error(row: &str) -> String {
        read_doc(&format!(r#"{{"rows":[{{}},{row}]}}"#))
            .expect_err("refused")
            .to_string()
    }

    #[test]
    fn named_enums() {
        assert_eq!(Colour::NAMES, ["red", "dark_blue"]);
        assert_eq!(Colour::from_name("dark_blue"), Some(Colour::DarkBlue));
        assert_eq!(Colour::from_name("blue"), None);
        assert_eq!(Colour::DarkBlue.as_str(), "dark_blue");
        assert_eq!(to_compact(&Colour::DarkBlue), r#""dark_blue""#);
    }

    #[test]
    fn errors_name_the_path_and_what_was_found() {
        for (row, want) in [
            (
                r#"{"colour":"blue"}"#,
                r#"doc.rows[1].colour: expected one of red/dark_blue, found "blue""#,
            ),
            (
                r#"{"colour":3}"#,
                "doc.rows[1].colour: expected one of red/dark_blue, found 3",
            ),
            (
                r#"{"tags":["x", 3]}"#,
                "doc.rows[1].tags[1]: expected a string, found 3",
            ),
            (
                r#"{"id":true}"#,
                "doc.rows[1].id: expected a string, found true",
            ),
            (
                r#"{"id":"a b"}"#,
                r#"doc.rows[1].id: expected an id of letters, digits, '-', '_' or '.', found "a b""#,
            ),
            (
                r#"{"tags":{}}"#,
                "doc.rows[1].tags: expected a list, found an object",
            ),
            ("[]", "doc.rows[1]: expected an object, found a list"),
            ("null", "doc.rows[1]: expected an object, found null"),
            (
                r#"{"a":-3}"#,
                "doc.rows[1].a: expected a non-negative amount or null, found -3",
            ),
            (
                r#"{"a":"lots"}"#,
                r#"doc.rows[1].a: expected a non-negative amount or null, found "lots""#,
            ),
            (
                r#"{"a":true}"#,
                "doc.rows[1].a: expected a non-negative amount or null, found true",
            ),
            (
                r#"{"d":"tomorrow"}"#,
                r#"doc.rows[1].d: expected a date YYYY-MM-DD or null, found "tomorrow""#,
            ),
            (
                r#"{"d":20240101}"#,
                "doc.rows[1].d: expected a date YYYY-MM-DD or null, found 20240101",
            ),
            (
                r#"{"n":256}"#,
                "doc.rows[1].n: expected a whole number from 0 to 255, found 256",
            ),
            (
                r#"{"n":4.5}"#,
                "doc.rows[1].n: expected a whole number from 0 to 255, found 4.5",
            ),
            (
                r#"{"f":"yes"}"#,
                r#"doc.rows[1].f: expected true or false, found "yes""#,
            ),
            (r#"{"o":5}"#, "doc.rows[1].o: expected a string, found 5"),
        ] {
            assert_eq!(row_error(row), want, "{row}");
        }
        let e = read_doc("[]").unwrap_err();
        assert_eq!(e.to_string(), "doc: expected an object, found a list");
        let e = read_doc(r#"{"rows":{}}"#).unwrap_err();
        assert_eq!(e.path, "doc.rows");
        assert_eq!(e.detail, "expected a list, found an object");
        // Long text found is cut to 40 characters.
        let long = "x".repeat(100);
        let e = row_error(&format!(r#"{{"f":"{long}"}}"#));
        assert!(e.ends_with(&format!("found \"{}\"", "x".repeat(40))), "{e}");
    }

    #[test]
    fn missing_and_null_fields_are_noted_and_extras_ignored() {
        let (doc, notes) =
            read_doc(r#"{"rows":[{"id":"a","colour":null,"o":null,"extra":{"deep":[1]}}],"x":1}"#)
                .unwrap();
        assert_eq!(
            doc.rows,
            [Row {
                id: "a".into(),
                ..Row::default()
            }]
        );
        let noted: Vec<(&str, NoteKind)> =
            notes.iter().map(|n| (n.path.as_str(), n.kind)).collect();
        assert_eq!(
            noted,
            [
                ("doc.rows[0].a", NoteKind::Missing),
                ("doc.rows[0].colour", NoteKind::Null),
                ("doc.rows[0].d", NoteKind::Missing),
                ("doc.rows[0].f", NoteKind::Missing),
                ("doc.rows[0].n", NoteKind::Missing),
                ("doc.rows[0].tags", NoteKind::Missing),
            ],
            "fields in key order (as serde reads them); a null optional field is a value"
        );
        let (doc, notes) = read_doc("{}").unwrap();
        assert!(doc.rows.is_empty());
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].path, "doc.rows");
    }

    #[test]
    fn dates_amounts_and_numbers_read_and_write() {
        let (doc, notes) = read_doc(
            r#"{"rows":[{"id":"r","colour":"dark_blue","tags":["t"],"d":"2026-11-23","a":200000.0,"n":40,"f":true,"o":"x"}]}"#,
        )
        .unwrap();
        assert_eq!(notes, []);
        let row = &doc.rows[0];
        assert_eq!(row.d, NaiveDate::from_ymd_opt(2026, 11, 23));
        assert_eq!(row.a, Some(200_000.0));
        assert_eq!((row.n, row.f, row.o.as_deref()), (40, true, Some("x")));
        assert_eq!(
            to_compact(row),
            r#"{"id":"r","colour":"dark_blue","tags":["t"],"d":"2026-11-23","a":200000,"n":40,"f":true,"o":"x"}"#
        );
        for (text, amount) in [
            ("1200000", Some(1_200_000.0)),
            ("20000.5", Some(20_000.5)),
            ("12.345", Some(12.35)),
            ("1e5", Some(100_000.0)),
            ("1.5E-1", Some(0.15)),
            ("\"1,200,000\"", Some(1_200_000.0)),
            ("\"\"", None),
            ("null", None),
            ("-0", Some(0.0)),
        ] {
            let (doc, _) = read_doc(&format!(r#"{{"rows":[{{"a":{text}}}]}}"#)).unwrap();
            assert_eq!(doc.rows[0].a, amount, "{text}");
        }
        // Amounts are written to cents, integral ones as integers.
        for (amount, text) in [
            (Some(12.5), "12.5"),
            (Some(0.1 + 0.2), "0.3"),
            (Some(1_200_000.0), "1200000"),
            (Some(35_929_463_658_408.84), "35929463658408.84"),
            (None, "null"),
            (Some(f64::NAN), "null"),
        ] {
            let row = Row {
                a: amount,
                ..Row::default()
            };
            assert!(
                to_compact(&row).contains(&format!(r#""a":{text},"#)),
                "{amount:?}"
            );
        }
        // A number too large for a float is not JSON this app reads.
        assert_eq!(
            parse(r#"{"a":1e400}"#).unwrap_err().kind,
            SyntaxKind::Malformed
        );
        let (doc, _) = read_doc(r#"{"rows":[{"d":""}]}"#).unwrap();
        assert_eq!(doc.rows[0].d, None);
    }

    #[test]
    fn whole_numbers() {
        let n = |t: &str| whole_number(&parse(t).unwrap());
        assert_eq!(n("7"), Some(7));
        assert_eq!(n("99999999999999999999"), Some(u64::MAX));
        assert_eq!(n("-1"), None);
        assert_eq!(n("1.0"), None);
        assert_eq!(n("\"1\""), None);
    }
}
