//! JSON for the stored and exported documents, without serde derives.
//!
//! Text is parsed into a [`Value`] tree by a small strict parser (nesting
//! limited to 128 levels, errors with line and column); numbers stay text,
//! so no float parser or printer is compiled in, and objects keep their
//! field order. Records are read from the tree by a [`Reader`]
//! that tracks the path (`plan.contacts[2].role`), takes defaults for
//! missing fields (recorded as [`Note`]s) and reports the first value of
//! the wrong kind ([`PathError`]). Records are written by a [`Writer`] straight
//! to text, in struct field order, compact for storage or pretty (two
//! spaces) for files.
//!
//! Non-generic on purpose (the few generic methods are thin wrappers): the
//! serde derives this replaces cost about 130 KB of WASM before
//! optimisation, one copy per record type and format, and serde_json's
//! parser about 6 KB gzip more than the one here.

use std::fmt;

use chrono::NaiveDate;

use super::format;

/// A parsed JSON document. Numbers keep their text; objects keep their
/// fields in document order.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` / `false`.
    Bool(bool),
    /// A number, as written (e.g. `200000.0`, `1e+5`).
    Number(String),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object.
    Object(Map),
}

/// A JSON object: its fields in document order. Lookups take the last of
/// repeated keys, as serde_json does.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Map(Vec<(String, Value)>);

impl Map {
    /// The value of a field.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.0.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v)
    }

    /// Takes a field's value out.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        let i = self.0.iter().rposition(|(k, _)| k == key)?;
        Some(self.0.remove(i).1)
    }

    /// The fields in document order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// The number of fields.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True without fields.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Sets a field, replacing an existing one with that key.
    pub fn insert(&mut self, key: impl Into<String>, value: Value) {
        let key = key.into();
        match self.0.iter_mut().rev().find(|(k, _)| *k == key) {
            Some(slot) => slot.1 = value,
            None => self.0.push((key, value)),
        }
    }
}

impl Value {
    /// The string, if this is one.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// The number's text, if this is a number.
    pub fn as_number(&self) -> Option<&str> {
        match self {
            Value::Number(n) => Some(n),
            _ => None,
        }
    }

    /// The flag, if this is `true` or `false`.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The elements, if this is an array.
    pub fn as_array(&self) -> Option<&Vec<Value>> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The fields, if this is an object.
    pub fn as_object(&self) -> Option<&Map> {
        match self {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// True for `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
}

/// Why JSON text could not be parsed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SyntaxKind {
    /// The text ends before the document does (a truncated file).
    Truncated,
    /// The text is not JSON.
    Malformed,
    /// Arrays and objects nest deeper than the parser allows (128).
    TooDeep,
}

/// JSON text that could not be parsed, with where.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SyntaxError {
    /// What kind of problem.
    pub kind: SyntaxKind,
    /// 1-based line (0 for an empty text).
    pub line: usize,
    /// 1-based column.
    pub column: usize,
    /// The parser's message, in English.
    pub detail: String,
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.detail)
    }
}

/// Deepest nesting of arrays and objects accepted (serde_json's limit).
pub const MAX_DEPTH: u32 = 128;

/// Parses JSON text (RFC 8259, strict: no comments, no trailing commas)
/// into a tree. Nesting deeper than [`MAX_DEPTH`] is refused, so hostile
/// input cannot exhaust the stack.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let mut p = Parser {
        text,
        pos: 0,
        depth: 0,
    };
    let parsed = p.value().and_then(|v| {
        p.skip_ws();
        match p.pos < text.len() {
            true => Err(p.fail(SyntaxKind::Malformed, "trailing characters")),
            false => Ok(v),
        }
    });
    parsed.map_err(|(kind, what, pos)| {
        let before = &text[..pos];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let line = before.matches('\n').count() + 1;
        let column = before[line_start..].chars().count() + 1;
        SyntaxError {
            kind,
            line,
            column,
            detail: format!("{what} at line {line} column {column}"),
        }
    })
}

/// What went wrong and the byte offset where.
type Fail = (SyntaxKind, &'static str, usize);

struct Parser<'a> {
    text: &'a str,
    pos: usize,
    depth: u32,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn fail(&self, kind: SyntaxKind, what: &'static str) -> Fail {
        (kind, what, self.pos.min(self.text.len()))
    }

    /// `what` at the current byte, or a truncation when the text ended.
    fn unexpected(&self, what: &'static str) -> Fail {
        match self.peek() {
            Some(_) => self.fail(SyntaxKind::Malformed, what),
            None => self.fail(SyntaxKind::Truncated, "EOF while parsing a value"),
        }
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.pos += 1;
        }
    }

    fn value(&mut self) -> Result<Value, Fail> {
        self.skip_ws();
        match self.peek() {
            Some(b'{') => self.nested(b'}'),
            Some(b'[') => self.nested(b']'),
            Some(b'"') => self.string().map(Value::String),
            Some(b't') => self.literal("true", Value::Bool(true)),
            Some(b'f') => self.literal("false", Value::Bool(false)),
            Some(b'n') => self.literal("null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.unexpected("expected value")),
        }
    }

    fn literal(&mut self, word: &str, v: Value) -> Result<Value, Fail> {
        for b in word.bytes() {
            if self.peek() != Some(b) {
                return Err(self.unexpected("expected ident"));
            }
            self.pos += 1;
        }
        Ok(v)
    }

    /// An array (`close` is `]`) or an object (`}`).
    fn nested(&mut self, close: u8) -> Result<Value, Fail> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return Err(self.fail(SyntaxKind::TooDeep, "recursion limit exceeded"));
        }
        self.pos += 1;
        let mut items = Vec::new();
        let mut fields = Vec::new();
        self.skip_ws();
        if self.peek() == Some(close) {
            self.pos += 1;
        } else {
            loop {
                if close == b']' {
                    items.push(self.value()?);
                } else {
                    self.skip_ws();
                    if self.peek() != Some(b'"') {
                        return Err(self.unexpected("key must be a string"));
                    }
                    let key = self.string()?;
                    self.skip_ws();
                    if self.peek() != Some(b':') {
                        return Err(self.unexpected("expected `:`"));
                    }
                    self.pos += 1;
                    fields.push((key, self.value()?));
                }
                self.skip_ws();
                match self.peek() {
                    Some(b',') => self.pos += 1,
                    Some(b) if b == close => {
                        self.pos += 1;
                        break;
                    }
                    _ if close == b']' => return Err(self.unexpected("expected `,` or `]`")),
                    _ => return Err(self.unexpected("expected `,` or `}`")),
                }
            }
        }
        self.depth -= 1;
        Ok(match close {
            b']' => Value::Array(items),
            _ => Value::Object(Map(fields)),
        })
    }

    fn digits(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b'0'..=b'9')) {
            self.pos += 1;
        }
        self.pos - start
    }

    /// A number, kept as written after checking its grammar.
    fn number(&mut self) -> Result<Value, Fail> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            // One leading zero only.
            Some(b'0') => {
                self.pos += 1;
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(self.fail(SyntaxKind::Malformed, "invalid number"));
                }
            }
            Some(b'1'..=b'9') => {
                self.digits();
            }
            _ => return Err(self.unexpected("invalid number")),
        }
        let mut ok = true;
        if ok && self.peek() == Some(b'.') {
            self.pos += 1;
            ok = self.digits() > 0;
        }
        if ok && matches!(self.peek(), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.pos += 1;
            }
            ok = self.digits() > 0;
        }
        if !ok {
            return Err(self.unexpected("invalid number"));
        }
        Ok(Value::Number(self.text[start..self.pos].to_owned()))
    }

    fn hex4(&mut self) -> Result<u32, Fail> {
        let mut n = 0;
        for _ in 0..4 {
            let d = match self.peek() {
                Some(b) => (b as char).to_digit(16),
                None => return Err(self.unexpected("")),
            };
            n = n * 16 + d.ok_or_else(|| self.fail(SyntaxKind::Malformed, "invalid escape"))?;
            self.pos += 1;
        }
        Ok(n)
    }

    /// One escape sequence; the current byte is its backslash.
    fn escape(&mut self) -> Result<char, Fail> {
        self.pos += 1;
        let Some(b) = self.peek() else {
            return Err(self.fail(SyntaxKind::Truncated, "EOF while parsing a string"));
        };
        self.pos += 1;
        let c = match b {
            b'"' | b'\\' | b'/' => char::from(b),
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let mut n = self.hex4()?;
                if (0xD800..0xDC00).contains(&n) {
                    // A surrogate pair: the low half must follow.
                    let low = match self.text[self.pos..].starts_with("\\u") {
                        true => {
                            self.pos += 2;
                            self.hex4()?
                        }
                        false => 0,
                    };
                    if !(0xDC00..0xE000).contains(&low) {
                        return Err(self.unexpected("lone leading surrogate in hex escape"));
                    }
                    n = 0x10000 + ((n - 0xD800) << 10) + (low - 0xDC00);
                }
                return char::from_u32(n)
                    .ok_or_else(|| self.fail(SyntaxKind::Malformed, "invalid unicode code point"));
            }
            _ => {
                self.pos -= 1;
                return Err(self.fail(SyntaxKind::Malformed, "invalid escape"));
            }
        };
        Ok(c)
    }

    /// A string; the current byte is its opening quote.
    fn string(&mut self) -> Result<String, Fail> {
        self.pos += 1;
        let mut out = String::new();
        let mut start = self.pos;
        loop {
            let Some(b) = self.peek() else {
                return Err(self.fail(SyntaxKind::Truncated, "EOF while parsing a string"));
            };
            match b {
                b'"' => {
                    out.push_str(&self.text[start..self.pos]);
                    self.pos += 1;
                    return Ok(out);
                }
                b'\\' => {
                    out.push_str(&self.text[start..self.pos]);
                    out.push(self.escape()?);
                    start = self.pos;
                }
                0x00..=0x1f => {
                    return Err(self.fail(
                        SyntaxKind::Malformed,
                        "control character (\\u0000-\\u001F) found while parsing a string",
                    ))
                }
                _ => self.pos += 1,
            }
        }
    }
}

/// The text of a number, exactly as written in the document.
pub fn number_text(v: &Value) -> Option<&str> {
    v.as_number()
}

/// A whole, non-negative number (no sign, fraction or exponent), or `None`.
/// `Some(u64::MAX)` when it does not fit.
pub fn whole_number(v: &Value) -> Option<u64> {
    let text = number_text(v)?;
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(text.parse().unwrap_or(u64::MAX))
}

// ------------------------------------------------------------------ writer

/// Writes JSON text in the order it is given: compact (for storage) or
/// pretty with two-space indents (for files people may read).
#[derive(Debug)]
pub struct Writer {
    out: String,
    pretty: bool,
    depth: usize,
    /// Nothing written yet in the innermost open array or object.
    fresh: bool,
    /// A key was just written: the next value follows it directly.
    after_key: bool,
}

impl Writer {
    /// A writer of compact JSON (no whitespace).
    pub fn compact() -> Writer {
        Writer::new(false)
    }

    /// A writer of JSON indented by two spaces, `"key": value`.
    pub fn pretty() -> Writer {
        Writer::new(true)
    }

    fn new(pretty: bool) -> Writer {
        Writer {
            out: String::with_capacity(1024),
            pretty,
            depth: 0,
            fresh: true,
            after_key: false,
        }
    }

    /// The text written.
    pub fn finish(self) -> String {
        self.out
    }

    fn newline(&mut self) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..self.depth {
                self.out.push_str("  ");
            }
        }
    }

    fn separate(&mut self) {
        if self.depth > 0 {
            if !self.fresh {
                self.out.push(',');
            }
            self.newline();
        }
        self.fresh = false;
    }

    fn before_value(&mut self) {
        if self.after_key {
            self.after_key = false;
        } else {
            self.separate();
        }
    }

    fn open(&mut self, bracket: char) {
        self.before_value();
        self.out.push(bracket);
        self.depth += 1;
        self.fresh = true;
    }

    fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if !self.fresh {
            self.newline();
        }
        self.out.push(bracket);
        self.fresh = false;
    }

    /// Opens an object (as a value: after a key, in an array or at the top).
    pub fn begin_object(&mut self) {
        self.open('{');
    }

    /// Closes the innermost object.
    pub fn end_object(&mut self) {
        self.close('}');
    }

    /// Opens an array.
    pub fn begin_array(&mut self) {
        self.open('[');
    }

    /// Closes the innermost array.
    pub fn end_array(&mut self) {
        self.close(']');
    }

    /// Writes an object key; the next value written is its value.
    pub fn key(&mut self, key: &str) {
        self.separate();
        write_escaped(&mut self.out, key);
        self.out.push_str(if self.pretty { ": " } else { ":" });
        self.after_key = true;
    }

    /// A string value.
    pub fn string(&mut self, s: &str) {
        self.before_value();
        write_escaped(&mut self.out, s);
    }

    /// A value written as given: a number's text, `true`, `false`, `null`.
    pub fn raw(&mut self, text: &str) {
        self.before_value();
        self.out.push_str(text);
    }

    /// `key: "text"`.
    pub fn text(&mut self, key: &str, value: &str) {
        self.key(key);
        self.string(value);
    }

    /// `key: "text"` or `key: null`.
    pub fn opt_text(&mut self, key: &str, value: Option<&str>) {
        self.key(key);
        match value {
            Some(v) => self.string(v),
            None => self.raw("null"),
        }
    }

    /// `key: true` / `key: false`.
    pub fn flag(&mut self, key: &str, value: bool) {
        self.key(key);
        self.raw(if value { "true" } else { "false" });
    }

    /// `key: 42`.
    pub fn uint(&mut self, key: &str, value: u64) {
        self.key(key);
        self.raw(&value.to_string());
    }

    /// `key: ["a", "b"]`.
    pub fn texts(&mut self, key: &str, values: &[String]) {
        self.key(key);
        self.begin_array();
        for v in values {
            self.string(v);
        }
        self.end_array();
    }

    /// `key: "YYYY-MM-DD"` or `key: null`.
    pub fn date(&mut self, key: &str, value: Option<NaiveDate>) {
        let text = value.map(format::format_date);
        self.opt_text(key, text.as_deref());
    }

    /// `key: 1200000.5` (a number kept to cents) or `key: null`.
    pub fn amount(&mut self, key: &str, value: Option<f64>) {
        self.key(key);
        match value.and_then(format::amount_number_text) {
            Some(text) => self.raw(&text),
            None => self.raw("null"),
        }
    }

    /// `key: {...}` with the object's fields written by `body`.
    pub fn object(&mut self, key: &str, body: &mut dyn FnMut(&mut Writer)) {
        self.key(key);
        self.begin_object();
        body(self);
        self.end_object();
    }
}

/// Appends `s` as a JSON string, escaped as serde_json does: `"`, `\` and
/// control characters only (`\b \t \n \f \r`, others as `\u00XX`).
fn write_escaped(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => '"',
            b'\\' => '\\',
            0x08 => 'b',
            0x09 => 't',
            0x0a => 'n',
            0x0c => 'f',
            0x0d => 'r',
            0x00..=0x1f => 'u',
            _ => continue,
        };
        out.push_str(&s[start..i]);
        out.push('\\');
        out.push(short);
        if short == 'u' {
            out.push_str("00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xf)]));
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// A JSON object of strings, compact, keys in the order given.
pub fn string_object<'a>(pairs: impl IntoIterator<Item = (&'a String, &'a String)>) -> String {
    let mut w = Writer::compact();
    w.begin_object();
    for (k, v) in pairs {
        w.text(k, v);
    }
    w.end_object();
    w.finish()
}

// ------------------------------------------------------------------ reader

/// One step of a path into a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Seg {
    /// An object field.
    Key(&'static str),
    /// An array element.
    Index(usize),
}

/// A path as text: `plans[3].bantcc.budget.status`.
pub fn path_text(path: &[Seg]) -> String {
    let mut out = String::new();
    for seg in path {
        match seg {
            Seg::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Seg::Index(i) => {
                out.push('[');
                out.push_str(&i.to_string());
                out.push(']');
            }
        }
    }
    out
}

/// What a value should have been.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Expected {
    /// A string.
    Text,
    /// `true` or `false`.
    Flag,
    /// An object.
    Object,
    /// An array.
    List,
    /// One of these names.
    OneOf(&'static [&'static str]),
    /// A `YYYY-MM-DD` date, `""` or `null`.
    Date,
    /// A non-negative amount (number or numeric text) or `null`.
    Amount,
    /// A whole number from 0 to this.
    WholeUpTo(u64),
    /// A non-blank id.
    Id,
    /// An id made of letters, digits, '-', '_' and '.' only (ids end up
    /// in the page's markup as element ids and attributes).
    SafeId,
    /// A schema version: a whole number.
    Version,
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("expected ")?;
        match self {
            Expected::Text => f.write_str("a string"),
            Expected::Flag => f.write_str("true or false"),
            Expected::Object => f.write_str("an object"),
            Expected::List => f.write_str("a list"),
            Expected::OneOf(names) => write!(f, "one of {}", names.join("/")),
            Expected::Date => f.write_str("a date YYYY-MM-DD or null"),
            Expected::Amount => f.write_str("a non-negative amount or null"),
            Expected::WholeUpTo(max) => write!(f, "a whole number from 0 to {max}"),
            Expected::Id => f.write_str("a non-blank id"),
            Expected::SafeId => f.write_str("an id of letters, digits, '-', '_' or '.'"),
            Expected::Version => f.write_str("a schema version (a whole number)"),
        }
    }
}

/// What a value was instead: enough to find it, never the whole value.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Found {
    /// `null` or nothing.
    Null,
    /// `true` / `false`.
    Flag(bool),
    /// A number, as written.
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
            Value::Number(n) => Found::Number(n.chars().take(40).collect()),
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
    /// What it should have been.
    pub expected: Expected,
    /// What it was.
    pub found: Found,
}

impl fmt::Display for PathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}, found {}", self.path, self.expected, self.found)
    }
}

impl std::error::Error for PathError {}

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

/// A unit enum stored as one of a fixed set of names.
pub trait Named: Copy + 'static {
    /// The stored names, in declaration order.
    const NAMES: &'static [&'static str];
    /// The variants, in the order of [`Named::NAMES`].
    const VARIANTS: &'static [Self];
}

/// Gives a unit-only enum its stored names: `as_str`, `from_name`,
/// `NAMES` and [`Named`] for the reader.
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
                <$ty as $crate::domain::json::Named>::VARIANTS
                    .get(Self::NAMES.iter().position(|n| *n == name)?)
                    .copied()
            }
        }
        impl $crate::domain::json::Named for $ty {
            const NAMES: &'static [&'static str] = $ty::NAMES;
            const VARIANTS: &'static [$ty] = &[$($ty::$variant),*];
        }
    };
}
pub(crate) use str_enum;

/// Whether `id` is made of ASCII letters, digits, '-', '_' and '.' only.
pub fn is_safe_id(id: &str) -> bool {
    id.bytes()
        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.')
}

/// Reads records from a [`Value`] tree: each method reads one field of an
/// object into a slot, leaving the slot's default when the field is
/// missing (noted) and recording the first value of the wrong kind (the
/// slot then keeps its default too). Extra fields are ignored.
#[derive(Debug, Default)]
pub struct Reader {
    path: Vec<Seg>,
    notes: Vec<Note>,
    error: Option<PathError>,
}

impl Reader {
    /// A reader of the value found at `at` in a document.
    pub fn new(at: &[Seg]) -> Reader {
        Reader {
            path: at.to_vec(),
            ..Reader::default()
        }
    }

    /// The notes, or the first error.
    pub fn finish(self) -> Result<Vec<Note>, PathError> {
        match self.error {
            Some(e) => Err(e),
            None => Ok(self.notes),
        }
    }

    /// The path of a field of the current object (or of the current value).
    fn path_to(&self, key: Option<&'static str>) -> String {
        let mut path = self.path.clone();
        path.extend(key.map(Seg::Key));
        path_text(&path)
    }

    /// Records an error at `key` of the current object (or at the current
    /// value) unless one was recorded already.
    pub fn fail(&mut self, key: Option<&'static str>, expected: Expected, found: Found) {
        if self.error.is_none() {
            self.error = Some(PathError {
                path: self.path_to(key),
                expected,
                found,
            });
        }
    }

    fn wrong(&mut self, key: Option<&'static str>, expected: Expected, v: &Value) {
        self.fail(key, expected, Found::of(v));
    }

    /// The current value as an object; an error otherwise.
    pub fn root<'v>(&mut self, v: &'v Value) -> Option<&'v Map> {
        let m = v.as_object();
        if m.is_none() {
            self.wrong(None, Expected::Object, v);
        }
        m
    }

    /// The field's value; `None` (noted) when missing, or `null` where
    /// `nullable` is false; `None` silently for an allowed `null`.
    fn field<'v>(&mut self, obj: &'v Map, key: &'static str, nullable: bool) -> Option<&'v Value> {
        let kind = match obj.get(key) {
            Some(Value::Null) if nullable => return None,
            Some(Value::Null) => NoteKind::Null,
            Some(v) => return Some(v),
            None => NoteKind::Missing,
        };
        let path = self.path_to(Some(key));
        self.notes.push(Note { path, kind });
        None
    }

    /// A string field.
    pub fn text(&mut self, obj: &Map, key: &'static str, slot: &mut String) {
        if let Some(v) = self.field(obj, key, false) {
            match v.as_str() {
                Some(s) => *slot = s.to_owned(),
                None => self.wrong(Some(key), Expected::Text, v),
            }
        }
    }

    /// An id field: text of letters, digits, '-', '_' and '.' (a blank one
    /// is left to the caller).
    pub fn id(&mut self, obj: &Map, key: &'static str, slot: &mut String) {
        self.text(obj, key, slot);
        if !slot.trim().is_empty() && !is_safe_id(slot) {
            let found = Found::Text(slot.chars().take(40).collect());
            slot.clear();
            self.fail(Some(key), Expected::SafeId, found);
        }
    }

    /// A string-or-null field.
    pub fn opt_text(&mut self, obj: &Map, key: &'static str, slot: &mut Option<String>) {
        *slot = None;
        if let Some(v) = self.field(obj, key, true) {
            match v.as_str() {
                Some(s) => *slot = Some(s.to_owned()),
                None => self.wrong(Some(key), Expected::Text, v),
            }
        }
    }

    /// A `true` / `false` field.
    pub fn flag(&mut self, obj: &Map, key: &'static str, slot: &mut bool) {
        if let Some(v) = self.field(obj, key, false) {
            match v.as_bool() {
                Some(b) => *slot = b,
                None => self.wrong(Some(key), Expected::Flag, v),
            }
        }
    }

    /// A whole number from 0 to 255.
    pub fn small_uint(&mut self, obj: &Map, key: &'static str, slot: &mut u8) {
        if let Some(v) = self.field(obj, key, false) {
            match whole_number(v).and_then(|n| u8::try_from(n).ok()) {
                Some(n) => *slot = n,
                None => self.wrong(Some(key), Expected::WholeUpTo(255), v),
            }
        }
    }

    /// A field holding one of `names`: its position in `names`.
    pub fn name(
        &mut self,
        obj: &Map,
        key: &'static str,
        names: &'static [&'static str],
    ) -> Option<usize> {
        let v = self.field(obj, key, false)?;
        let found = v.as_str().and_then(|s| names.iter().position(|n| *n == s));
        if found.is_none() {
            self.wrong(Some(key), Expected::OneOf(names), v);
        }
        found
    }

    /// A field holding the name of a [`Named`] enum value.
    pub fn named<E: Named>(&mut self, obj: &Map, key: &'static str, slot: &mut E) {
        if let Some(i) = self.name(obj, key, E::NAMES) {
            *slot = E::VARIANTS[i];
        }
    }

    /// A `"YYYY-MM-DD"` date; `null` or `""` is none.
    pub fn date(&mut self, obj: &Map, key: &'static str, slot: &mut Option<NaiveDate>) {
        *slot = None;
        if let Some(v) = self.field(obj, key, true) {
            match v.as_str() {
                Some(s) if s.trim().is_empty() => {}
                Some(s) => match format::parse_date(s) {
                    Some(d) => *slot = Some(d),
                    None => self.wrong(Some(key), Expected::Date, v),
                },
                None => self.wrong(Some(key), Expected::Date, v),
            }
        }
    }

    /// A non-negative amount kept to cents: a number, numeric text such as
    /// `"1,200,000"`, or `null` / `""` for none.
    pub fn amount(&mut self, obj: &Map, key: &'static str, slot: &mut Option<f64>) {
        *slot = None;
        let Some(v) = self.field(obj, key, true) else {
            return;
        };
        let read = match v {
            Value::Number(n) => format::parse_amount_number(n).map(Some),
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
        match read {
            Some(a) => *slot = a,
            None => self.wrong(Some(key), Expected::Amount, v),
        }
    }

    /// An array of strings.
    pub fn texts(&mut self, obj: &Map, key: &'static str, slot: &mut Vec<String>) {
        let Some(items) = self.list(obj, key) else {
            return;
        };
        slot.clear();
        self.path.push(Seg::Key(key));
        for (i, v) in items.iter().enumerate() {
            match v.as_str() {
                Some(s) => slot.push(s.to_owned()),
                None => {
                    self.path.push(Seg::Index(i));
                    self.wrong(None, Expected::Text, v);
                    self.path.pop();
                }
            }
        }
        self.path.pop();
    }

    fn list<'v>(&mut self, obj: &'v Map, key: &'static str) -> Option<&'v Vec<Value>> {
        let v = self.field(obj, key, false)?;
        let items = v.as_array();
        if items.is_none() {
            self.wrong(Some(key), Expected::List, v);
        }
        items
    }

    /// An object field, read by `read` with the path extended by `key`.
    pub fn object(
        &mut self,
        obj: &Map,
        key: &'static str,
        read: &mut dyn FnMut(&mut Reader, &Map),
    ) {
        if let Some(v) = self.field(obj, key, false) {
            self.enter(key, v, read);
        }
    }

    /// An object-or-null field; true when it was an object (and read).
    pub fn opt_object(
        &mut self,
        obj: &Map,
        key: &'static str,
        read: &mut dyn FnMut(&mut Reader, &Map),
    ) -> bool {
        match self.field(obj, key, true) {
            Some(v) => self.enter(key, v, read),
            None => false,
        }
    }

    fn enter(
        &mut self,
        key: &'static str,
        v: &Value,
        read: &mut dyn FnMut(&mut Reader, &Map),
    ) -> bool {
        match v.as_object() {
            Some(m) => {
                self.path.push(Seg::Key(key));
                read(self, m);
                self.path.pop();
                true
            }
            None => {
                self.wrong(Some(key), Expected::Object, v);
                false
            }
        }
    }

    /// An array of records, each an object read by `read` into a default
    /// record.
    pub fn records<T: Default>(
        &mut self,
        obj: &Map,
        key: &'static str,
        slot: &mut Vec<T>,
        read: fn(&mut Reader, &Map, &mut T),
    ) {
        let Some(items) = self.list(obj, key) else {
            return;
        };
        slot.clear();
        self.path.push(Seg::Key(key));
        for (i, v) in items.iter().enumerate() {
            self.path.push(Seg::Index(i));
            if let Some(m) = self.root(v) {
                let mut record = T::default();
                read(self, m, &mut record);
                slot.push(record);
            }
            self.path.pop();
        }
        self.path.pop();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn obj(text: &str) -> Value {
        parse(text).expect("test JSON parses")
    }

    #[test]
    fn writer_compact_and_pretty() {
        let write = |mut w: Writer| {
            w.begin_object();
            w.text("a", "x");
            w.texts("empty", &[]);
            w.texts("list", &["1".into(), "2".into()]);
            w.object("o", &mut |w| w.flag("f", true));
            w.object("e", &mut |_| {});
            w.opt_text("n", None);
            w.uint("u", 7);
            w.end_object();
            w.finish()
        };
        assert_eq!(
            write(Writer::compact()),
            r#"{"a":"x","empty":[],"list":["1","2"],"o":{"f":true},"e":{},"n":null,"u":7}"#
        );
        assert_eq!(
            write(Writer::pretty()),
            "{\n  \"a\": \"x\",\n  \"empty\": [],\n  \"list\": [\n    \"1\",\n    \"2\"\n  ],\n  \"o\": {\n    \"f\": true\n  },\n  \"e\": {},\n  \"n\": null,\n  \"u\": 7\n}"
        );
    }

    #[test]
    fn strings_are_escaped_like_serde_json() {
        let s = "a\u{0}\u{1}\u{8}\u{c}\u{1f}\"\\/\n\r\t\u{7f}\u{2028}é😀";
        let mut w = Writer::compact();
        w.string(s);
        let text = w.finish();
        assert_eq!(text, serde_json::to_string(s).unwrap());
        assert_eq!(parse(&text).unwrap().as_str(), Some(s));
    }

    #[test]
    fn string_object_keeps_order() {
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
    }

    #[test]
    fn syntax_errors_say_where_and_what() {
        let e = parse("{\n  \"a\": x\n}").unwrap_err();
        assert_eq!((e.kind, e.line, e.column), (SyntaxKind::Malformed, 2, 8));
        assert_eq!(e.to_string(), "expected value at line 2 column 8");
        assert_eq!(parse("[1, tru]").unwrap_err().kind, SyntaxKind::Malformed);
        assert_eq!(
            parse("{\"a\": [1, 2").unwrap_err().kind,
            SyntaxKind::Truncated
        );
        assert_eq!(parse("").unwrap_err().kind, SyntaxKind::Truncated);
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        let e = parse(&deep).unwrap_err();
        assert_eq!(e.kind, SyntaxKind::TooDeep, "{e}");
        assert!(e.to_string().contains("recursion limit"), "{e}");
        // 100 levels are fine.
        assert!(parse(&format!("{}{}", "[".repeat(100), "]".repeat(100))).is_ok());
    }

    /// The tree as serde_json's, numbers compared by value.
    fn to_serde(v: &Value) -> serde_json::Value {
        match v {
            Value::Null => serde_json::Value::Null,
            Value::Bool(b) => serde_json::Value::Bool(*b),
            Value::Number(n) => serde_json::from_str(n).expect("number text is JSON"),
            Value::String(s) => serde_json::Value::String(s.clone()),
            Value::Array(a) => serde_json::Value::Array(a.iter().map(to_serde).collect()),
            Value::Object(m) => serde_json::Value::Object(
                m.iter().map(|(k, v)| (k.to_owned(), to_serde(v))).collect(),
            ),
        }
    }

    #[test]
    fn parser_agrees_with_serde_json() {
        let cases = [
            "null",
            "true",
            "false",
            "0",
            "-0",
            "7",
            "-12",
            "1.5",
            "1e5",
            "1E-2",
            "-0.0e+0",
            "123456789012345678901234567890",
            "\"\"",
            "\"a\\\"b\"",
            "\"\\u00e9\\ud83d\\ude00\"",
            "\"\\/\\b\\f\\n\\r\\t\"",
            "\"中文\"",
            "[]",
            "{}",
            " [ 1 , [ ] , { } ] ",
            "{\"a\":1,\"b\":[true,null],\"a\":2}",
            "\t\r\n{\"k\" : \"v\"}\n",
            // Refused by both.
            "",
            " ",
            "nul",
            "nulll",
            "tru",
            "True",
            "01",
            "-",
            "-a",
            "1.",
            ".5",
            "1e",
            "1e+",
            "+1",
            "0x10",
            "NaN",
            "Infinity",
            "[1,]",
            "[,1]",
            "{\"a\":1,}",
            "{a:1}",
            "{\"a\" 1}",
            "{\"a\":}",
            "[1 2]",
            "\"abc",
            "\"\\x\"",
            "\"\\u12\"",
            "\"\\u12g4\"",
            "\"\\ud800\"",
            "\"\\ud800\\u0041\"",
            "\"\\udc00\"",
            "\"a\u{1}b\"",
            "\"tab\there\"",
            "[1]]",
            "{} {}",
            "[",
            "{",
            "{\"a\"",
            "{\"a\":",
            "[1,",
            "// c\n1",
            "\u{feff}1",
            "'a'",
            "[1,2",
            "{\"a\":[{\"b\":",
        ];
        for text in cases {
            let ours = parse(text);
            let theirs = serde_json::from_str::<serde_json::Value>(text);
            match (&ours, &theirs) {
                (Ok(a), Ok(b)) => assert_eq!(&to_serde(a), b, "{text:?}"),
                // serde_json reads four bytes after `\u` before checking
                // them, so it calls `"\u12"` truncated; it is not.
                (Err(a), Err(b)) if text != "\"\\u12\"" => assert_eq!(
                    a.kind == SyntaxKind::Truncated,
                    b.is_eof(),
                    "{text:?}: {a} / {b}"
                ),
                (Err(_), Err(_)) => {}
                _ => panic!("{text:?}: ours {ours:?}, serde_json {theirs:?}"),
            }
        }
    }

    #[test]
    fn objects_keep_field_order_and_the_last_repeated_key() {
        let v = obj(r#"{"z":1,"a":2,"m":3,"a":4}"#);
        let m = v.as_object().unwrap();
        assert_eq!(
            m.iter().map(|(k, _)| k).collect::<Vec<_>>(),
            ["z", "a", "m", "a"]
        );
        assert_eq!(m.get("a").and_then(Value::as_number), Some("4"));
        let mut m = m.clone();
        m.insert("a", Value::Null);
        assert_eq!(m.len(), 4);
        assert_eq!(m.remove("a"), Some(Value::Null));
        assert_eq!(m.get("a").and_then(Value::as_number), Some("2"));
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
        assert_eq!(
            e.to_string(),
            "recursion limit exceeded at line 1 column 129"
        );
    }

    #[test]
    fn errors_count_lines_and_characters() {
        let e = parse("{\n  \"名字\": \"李\",\n  \"x\": ?\n}").unwrap_err();
        assert_eq!((e.line, e.column), (3, 8));
        assert_eq!(e.to_string(), "expected value at line 3 column 8");
        let e = parse("[1, 2] x").unwrap_err();
        assert_eq!(e.to_string(), "trailing characters at line 1 column 8");
        let e = parse("\"a\u{0}\"").unwrap_err();
        assert_eq!(e.kind, SyntaxKind::Malformed);
        assert!(e.detail.starts_with("control character"), "{e}");
        let e = parse("{\"plans\": [{\"id\": \"p1\"").unwrap_err();
        assert_eq!(e.kind, SyntaxKind::Truncated);
    }

    #[test]
    fn numbers_stay_text() {
        let v = obj(r#"[200000.0, 1e5, -3, 12345678901234567890123]"#);
        let texts: Vec<&str> = v
            .as_array()
            .unwrap()
            .iter()
            .filter_map(number_text)
            .collect();
        assert_eq!(texts, ["200000.0", "1e5", "-3", "12345678901234567890123"]);
        assert_eq!(whole_number(&obj("7")), Some(7));
        assert_eq!(whole_number(&obj("99999999999999999999")), Some(u64::MAX));
        assert_eq!(whole_number(&obj("-1")), None);
        assert_eq!(whole_number(&obj("1.0")), None);
        assert_eq!(whole_number(&obj("\"1\"")), None);
    }

    #[derive(Clone, Copy, Debug, Default, PartialEq)]
    enum Colour {
        #[default]
        Red,
        DarkBlue,
    }
    str_enum!(Colour { Red => "red", DarkBlue => "dark_blue" });

    #[derive(Debug, Default, PartialEq)]
    struct Row {
        id: String,
        colour: Colour,
        tags: Vec<String>,
    }

    fn read_row(r: &mut Reader, o: &Map, row: &mut Row) {
        r.text(o, "id", &mut row.id);
        r.named(o, "colour", &mut row.colour);
        r.texts(o, "tags", &mut row.tags);
    }

    fn read_rows(text: &str) -> Result<(Vec<Row>, Vec<Note>), PathError> {
        let v = obj(text);
        let mut r = Reader::new(&[Seg::Key("doc")]);
        let mut rows = Vec::new();
        if let Some(o) = r.root(&v) {
            r.records(o, "rows", &mut rows, read_row);
        }
        r.finish().map(|notes| (rows, notes))
    }

    #[test]
    fn named_enums() {
        assert_eq!(Colour::NAMES, ["red", "dark_blue"]);
        assert_eq!(Colour::from_name("dark_blue"), Some(Colour::DarkBlue));
        assert_eq!(Colour::from_name("blue"), None);
        assert_eq!(Colour::DarkBlue.as_str(), "dark_blue");
    }

    #[test]
    fn reader_errors_name_the_path() {
        let e = read_rows(r#"{"rows":[{"id":"a"},{"id":"b","colour":"blue"}]}"#).unwrap_err();
        assert_eq!(e.path, "doc.rows[1].colour");
        assert_eq!(e.expected, Expected::OneOf(&["red", "dark_blue"]));
        assert_eq!(
            e.to_string(),
            r#"doc.rows[1].colour: expected one of red/dark_blue, found "blue""#
        );
        let e = read_rows(r#"{"rows":[{"tags":["x", 3]}]}"#).unwrap_err();
        assert_eq!(
            e.to_string(),
            "doc.rows[0].tags[1]: expected a string, found 3"
        );
        let e = read_rows(r#"{"rows":[{"id":true}]}"#).unwrap_err();
        assert_eq!(
            e.to_string(),
            "doc.rows[0].id: expected a string, found true"
        );
        let e = read_rows(r#"{"rows":{}}"#).unwrap_err();
        assert_eq!(e.to_string(), "doc.rows: expected a list, found an object");
        let e = read_rows(r#"{"rows":[[]]}"#).unwrap_err();
        assert_eq!(
            e.to_string(),
            "doc.rows[0]: expected an object, found a list"
        );
        let e = read_rows(r#"[]"#).unwrap_err();
        assert_eq!(e.to_string(), "doc: expected an object, found a list");
        // Only the first error is kept.
        let e = read_rows(r#"{"rows":[{"id":1,"colour":2}]}"#).unwrap_err();
        assert_eq!(e.path, "doc.rows[0].id");
    }

    #[test]
    fn reader_notes_missing_and_null_fields_and_ignores_extras() {
        let (rows, notes) =
            read_rows(r#"{"rows":[{"id":"a","colour":null,"extra":{"deep":[1]}}],"x":1}"#).unwrap();
        assert_eq!(
            rows,
            [Row {
                id: "a".into(),
                ..Row::default()
            }]
        );
        assert_eq!(
            notes,
            [
                Note {
                    path: "doc.rows[0].colour".into(),
                    kind: NoteKind::Null
                },
                Note {
                    path: "doc.rows[0].tags".into(),
                    kind: NoteKind::Missing
                },
            ]
        );
        let (rows, notes) = read_rows("{}").unwrap();
        assert!(rows.is_empty());
        assert_eq!(notes.len(), 1);
        assert_eq!(notes[0].path, "doc.rows");
    }

    #[test]
    fn reader_dates_amounts_and_numbers() {
        #[derive(Default, Debug)]
        struct R {
            d: Option<NaiveDate>,
            a: Option<f64>,
            n: u8,
            f: bool,
            o: Option<String>,
        }
        let read = |text: &str| {
            let v = obj(text);
            let mut r = Reader::new(&[Seg::Key("x")]);
            let mut out = R {
                o: Some("before".into()),
                ..R::default()
            };
            let o = r.root(&v).unwrap();
            r.date(o, "d", &mut out.d);
            r.amount(o, "a", &mut out.a);
            r.small_uint(o, "n", &mut out.n);
            r.flag(o, "f", &mut out.f);
            r.opt_text(o, "o", &mut out.o);
            r.finish().map(|_| out)
        };
        let ok = read(r#"{"d":"2026-11-23","a":200000.0,"n":40,"f":true,"o":null}"#).unwrap();
        assert_eq!(ok.d, NaiveDate::from_ymd_opt(2026, 11, 23));
        assert_eq!(ok.a, Some(200_000.0));
        assert_eq!((ok.n, ok.f, ok.o), (40, true, None));
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
            let r = read(&format!(r#"{{"a":{text}}}"#)).unwrap();
            assert_eq!(r.a, amount, "{text}");
        }
        let err = |text: &str| read(text).unwrap_err().to_string();
        assert_eq!(
            err(r#"{"a":-3}"#),
            "x.a: expected a non-negative amount or null, found -3"
        );
        assert_eq!(
            err(r#"{"a":"lots"}"#),
            r#"x.a: expected a non-negative amount or null, found "lots""#
        );
        assert_eq!(
            err(r#"{"a":1e400}"#),
            "x.a: expected a non-negative amount or null, found 1e400"
        );
        assert_eq!(
            err(r#"{"d":"tomorrow"}"#),
            r#"x.d: expected a date YYYY-MM-DD or null, found "tomorrow""#
        );
        assert_eq!(
            err(r#"{"n":256}"#),
            "x.n: expected a whole number from 0 to 255, found 256"
        );
        assert_eq!(
            err(r#"{"f":"yes"}"#),
            r#"x.f: expected true or false, found "yes""#
        );
        assert_eq!(err(r#"{"o":5}"#), "x.o: expected a string, found 5");
        assert_eq!(read(r#"{"d":""}"#).unwrap().d, None);
    }

    #[test]
    fn paths_render() {
        assert_eq!(
            path_text(&[Seg::Key("plans"), Seg::Index(3), Seg::Key("bantcc")]),
            "plans[3].bantcc"
        );
        assert_eq!(path_text(&[Seg::Index(0)]), "[0]");
        assert_eq!(path_text(&[]), "");
    }
}
