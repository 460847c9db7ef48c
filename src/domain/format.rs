//! Plain date and amount text.
//!
//! Dates and times go through chrono: `NaiveDate` (calendar checks, its
//! `Display` is `YYYY-MM-DD`) and `DateTime::parse_from_rfc3339`. Not
//! through chrono's format strings: `format("%Y-%m-%d")` and
//! `parse_from_str` cost about 21 KB gzip of WASM more than this (their
//! item parser and formatter; measured for issue 9), `str::parse` about
//! 6 KB.
//!
//! Amounts are written out by hand: `f64`'s `Display`/`FromStr` and
//! serde_json's float writer cost tens of KB of WASM each, mostly in
//! tables that do not compress. Amounts are money: they are kept to cents
//! (stored amounts go through the text here too, see `serial::amount`).

use chrono::{DateTime, NaiveDate};

/// `YYYY-MM-DD`, the format of `<input type="date">` and of stored dates
/// (chrono's `Display` of a date, ISO 8601 `%Y-%m-%d`).
pub fn format_date(d: NaiveDate) -> String {
    d.to_string()
}

/// Parses `YYYY-MM-DD` (surrounding spaces allowed); `None` otherwise,
/// also for days not in the calendar (`2023-02-29`, `2026-04-31`).
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    // Exactly this shape: chrono's parsers also read "2026-3-7" and
    // "+2026-03-07".
    let shaped = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    if !shaped {
        return None;
    }
    let number = |from: usize, to: usize| text[from..to].parse::<u32>().ok();
    let year = i32::try_from(number(0, 4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5, 7)?, number(8, 10)?)
}

/// The whole number of cents closest to a non-negative amount. Near 2^53
/// cents `amount * 100.0` is itself rounded, so the neighbours are checked
/// too: an amount read as `cents as f64 / 100.0` (see [`parse_decimal`])
/// gives back exactly those cents.
fn cents_of(amount: f64) -> u64 {
    let near = (amount * 100.0).round() as u64;
    [near, near.saturating_sub(1), near.saturating_add(1)]
        .into_iter()
        .find(|c| *c as f64 / 100.0 == amount)
        .unwrap_or(near)
}

/// An amount with thousands separators and at most two decimals, e.g.
/// `1,200,000` or `20,000.5`.
pub fn format_amount(amount: f64) -> String {
    if !amount.is_finite() {
        return String::new();
    }
    let cents = cents_of(amount.abs());
    let (whole, frac) = (cents / 100, cents % 100);
    let digits = whole.to_string();
    let mut out = String::with_capacity(digits.len() + 8);
    if amount < 0.0 && cents > 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        0 => {}
        f if f % 10 == 0 => out.push_str(&format!(".{}", f / 10)),
        f => out.push_str(&format!(".{f:02}")),
    }
    out
}

/// Largest whole amount handled exactly (2^53 / 100: cents stay exact).
const MAX_WHOLE: u64 = 90_071_992_547_409;

/// Parses a non-negative decimal like `1200000`, `20000.5` or `.75`
/// (digits with at most one point), rounded to cents; `None` otherwise.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (whole, frac) = match text.split_once('.') {
        Some((w, f)) => (w, f),
        None => (text, ""),
    };
    if whole.is_empty() && frac.is_empty() {
        return None;
    }
    if !whole
        .bytes()
        .chain(frac.bytes())
        .all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let mut units: u64 = 0;
    for b in whole.bytes() {
        units = units.checked_mul(10)?.checked_add(u64::from(b - b'0'))?;
    }
    if units > MAX_WHOLE {
        return None;
    }
    // Cents from the first two fraction digits, rounded by the third.
    let digit = |i: usize| frac.as_bytes().get(i).map_or(0, |b| u64::from(b - b'0'));
    let mut cents = units * 100 + digit(0) * 10 + digit(1);
    if digit(2) >= 5 {
        cents += 1;
    }
    Some(cents as f64 / 100.0)
}

/// An amount as plain JSON number text (no grouping), e.g. `1200000` or
/// `20000.5`; `None` when not finite.
pub fn amount_number_text(amount: f64) -> Option<String> {
    amount
        .is_finite()
        .then(|| format_amount(amount).replace(',', ""))
}

/// Reads a JSON number's text (`200000.0`, `1e+5`, `-0`) as a non-negative
/// amount rounded to cents, without a float parser: the exponent moves the
/// decimal point, then [`parse_decimal`] reads the digits. `None` for a
/// negative or too large amount.
pub fn parse_amount_number(text: &str) -> Option<f64> {
    let (negative, text) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (mantissa, exp) = match text.find(['e', 'E']) {
        Some(i) => (&text[..i], &text[i + 1..]),
        None => (text, "0"),
    };
    let (whole, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = format!("{whole}{frac}");
    let exp: i64 = match exp.trim_start_matches('+').parse::<i32>() {
        Ok(e) => i64::from(e),
        // A huge negative exponent is zero; a huge positive one too large.
        Err(_) if exp.starts_with('-') => -i64::from(i32::MAX),
        Err(_) => return None,
    };
    let point = whole.len() as i64 + exp;
    let normalized = if point <= 0 {
        // Everything beyond a few zeros rounds away.
        let zeros = usize::try_from(-point).unwrap_or(usize::MAX).min(4);
        format!("0.{}{digits}", "0".repeat(zeros))
    } else if point as usize >= digits.len() {
        // More than 20 digits is far beyond the largest amount handled.
        let pad = usize::try_from(point).ok()?.checked_sub(digits.len())?;
        if pad > 20 {
            return None;
        }
        format!("{digits}{}", "0".repeat(pad))
    } else {
        let (w, f) = digits.split_at(point as usize);
        format!("{w}.{f}")
    };
    let v = parse_decimal(&normalized)?;
    if negative && v != 0.0 {
        return None;
    }
    Some(v.abs())
}

/// Currency signs and codes that may stand before or after a typed
/// amount ("¥120000", "15万元", "RMB 1.5m"), as upper case.
const CURRENCY_MARKS: [&str; 13] = [
    "¥",
    "$",
    "€",
    "£",
    "元",
    "人民币",
    "RMB",
    "CNY",
    "USD",
    "EUR",
    "HKD",
    "JPY",
    "GBP",
];

/// Multipliers written after a typed amount (upper case), as powers of ten.
const SCALES: [(&str, i32); 6] = [
    ("万", 4),
    ("W", 4),
    ("亿", 8),
    ("千", 3),
    ("K", 3),
    ("M", 6),
];

/// Reads a non-empty amount as people type it, rounded to cents; `None`
/// for anything else, a negative amount included. Accepted: full-width
/// digits and signs ("１２００００"), a currency sign or code before or
/// after ("¥120000", "120000元"), a multiplier after ("15万", "2亿",
/// "3千万", "120k", "1.5m"), an exponent ("1.2e5"), and thousands
/// separators ("," "，" or a space) only between groups of three after
/// the first ("120,000.50"; not "1,2,0" nor "12,00").
pub fn read_amount(text: &str) -> Option<f64> {
    let mut text: String = text
        .chars()
        .map(|c| match c {
            // Full-width forms (０-９ ． ， ＄ Ｋ …): their ASCII twins.
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '￥' => '¥',
            '\u{A0}' | '\u{2009}' | '\u{202F}' | '\u{3000}' => ' ',
            c => c,
        })
        .collect();
    text.make_ascii_uppercase();
    let mut s = text.trim();
    if let Some(r) = CURRENCY_MARKS.iter().find_map(|m| s.strip_prefix(m)) {
        s = r.trim();
    }
    if let Some(r) = CURRENCY_MARKS.iter().find_map(|m| s.strip_suffix(m)) {
        s = r.trim();
    }
    let mut exp = 0;
    for (m, e) in SCALES {
        if let Some(r) = s.strip_suffix(m) {
            (s, exp) = (r.trim(), e);
            break;
        }
    }
    // 十/百/千 before 万 or 亿: "十万", "百万", "千万".
    if exp == 4 || exp == 8 {
        for (m, e) in [("十", 1), ("百", 2), ("千", 3)] {
            if let Some(r) = s.strip_suffix(m) {
                (s, exp) = (r.trim(), exp + e);
                break;
            }
        }
    }
    let scale = exp.to_string();
    let (number, power) = match s.find(['e', 'E']) {
        // Not both an exponent and a multiplier ("1.2e5万").
        Some(i) if exp == 0 => (&s[..i], &s[i + 1..]),
        Some(_) => return None,
        None => (s, scale.as_str()),
    };
    let bare = power.strip_prefix('-').or(power.strip_prefix('+'));
    let bare = bare.unwrap_or(power);
    if bare.is_empty() || !bare.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (whole, frac) = number.split_once('.').unwrap_or((number, ""));
    // Digits, in groups of three after the first when grouped at all.
    let mut digits = String::new();
    let (mut run, mut grouped) = (0, false);
    for b in whole.bytes() {
        if b.is_ascii_digit() {
            digits.push(char::from(b));
            run += 1;
        } else if matches!(b, b',' | b' ') && (1..=3).contains(&run) && (!grouped || run == 3) {
            (run, grouped) = (0, true);
        } else {
            return None;
        }
    }
    if grouped && run != 3 || digits.is_empty() && frac.is_empty() {
        return None;
    }
    parse_amount_number(&format!("{digits}.{frac}e{power}"))
}

/// Milliseconds since 1970-01-01T00:00:00Z of an RFC 3339 time such as
/// `2024-05-08T18:40:00+08:00` or `2026-11-23T10:00:00.123Z` (what the app
/// writes), for comparing times written with different offsets; `None`
/// when the text is not such a time. Fractions beyond milliseconds are
/// dropped.
pub fn rfc3339_millis(text: &str) -> Option<i64> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.timestamp_millis())
}

/// True when time `a` is strictly later than time `b` (RFC 3339). A time
/// that cannot be read counts as older than any that can; two unreadable
/// ones compare as text.
pub fn is_later(a: &str, b: &str) -> bool {
    match (rfc3339_millis(a), rfc3339_millis(b)) {
        (Some(x), Some(y)) => x > y,
        (Some(_), None) => true,
        (None, Some(_)) => false,
        (None, None) => a > b,
    }
}

/// A size in bytes as people read it: "820 B", "12 KB", "1.2 MB",
/// "3.4 GB" (units of 1,024; one decimal from MB up). Integer arithmetic:
/// formatting floats costs kilobytes of WASM.
pub fn size_text(bytes: u64) -> String {
    const KB: u64 = 1024;
    match bytes {
        b if b < KB => format!("{b} B"),
        b if b < KB * KB => format!("{} KB", (b + KB / 2) / KB),
        b => {
            let (unit, name) = if b < KB * KB * KB {
                (KB * KB, "MB")
            } else {
                (KB * KB * KB, "GB")
            };
            let tenths = (b * 10 + unit / 2) / unit;
            format!("{}.{} {name}", tenths / 10, tenths % 10)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    #[test]
    fn sizes_read_as_people_say_them() {
        assert_eq!(size_text(820), "820 B");
        assert_eq!(size_text(12 * 1024 + 100), "12 KB");
        assert_eq!(size_text(1_258_291), "1.2 MB");
        assert_eq!(size_text(5 * 1024 * 1024 * 1024 / 2), "2.5 GB");
    }

    #[test]
    fn dates_round_trip() {
        let d = NaiveDate::from_ymd_opt(2026, 3, 7).unwrap();
        assert_eq!(format_date(d), "2026-03-07");
        assert_eq!(parse_date("2026-03-07"), Some(d));
        assert_eq!(parse_date(" 2026-03-07 "), Some(d));
        for bad in [
            "",
            "2026-3-7",
            "2026-02-30",
            "26-03-07",
            "2026/03/07",
            "abcd-ef-gh",
            "2026-03-07x",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn dates_check_the_calendar() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        // Leap days: every 4 years, not every 100, every 400.
        assert_eq!(parse_date("2024-02-29"), ymd(2024, 2, 29));
        assert_eq!(parse_date("2000-02-29"), ymd(2000, 2, 29));
        for bad in ["2023-02-29", "1900-02-29", "2100-02-29"] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        for bad in [
            "2026-00-10",
            "2026-13-01",
            "2026-01-00",
            "2026-01-32",
            "2026-04-31",
            // chrono alone would read these; the shape check refuses them.
            "+2026-03-07",
            "2026-3-07",
            "2026-03-7",
            "02026-03-07",
            "2026 -03-07",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
        // Four-digit years, zero-padded both ways.
        for (text, y) in [("0000-01-01", 0), ("0999-12-31", 999), ("9999-12-31", 9999)] {
            let d = parse_date(text).unwrap();
            assert_eq!(d.year(), y);
            assert_eq!(format_date(d), text);
        }
        assert_eq!(format_date(ymd(2024, 2, 29).unwrap()), "2024-02-29");
    }

    #[test]
    fn rfc3339_offsets_and_edges() {
        let hour = 3_600_000;
        let base = rfc3339_millis("2024-03-01T00:00:00Z").unwrap();
        // Offsets up to ±23:59 (RFC 3339), minutes included; -00:00 is UTC.
        assert_eq!(
            rfc3339_millis("2024-03-01T05:45:00+05:45"),
            Some(base),
            "Nepal"
        );
        assert_eq!(
            rfc3339_millis("2024-02-29T20:00:00-04:00"),
            Some(base),
            "across a leap day"
        );
        assert_eq!(rfc3339_millis("2024-03-01T00:00:00-00:00"), Some(base));
        assert_eq!(
            rfc3339_millis("2024-03-01T23:59:00+23:59"),
            Some(base),
            "largest offset"
        );
        assert_eq!(
            rfc3339_millis("2024-02-29T00:01:00-23:59"),
            Some(base),
            "smallest offset"
        );
        assert_eq!(
            rfc3339_millis("2024-03-01T00:00:00+01:00"),
            Some(base - hour)
        );
        // The Unicode minus sign (U+2212) reads as '-' (chrono allows it).
        assert_eq!(
            rfc3339_millis("2024-02-29T23:00:00\u{2212}01:00"),
            Some(base)
        );
        // A leap second is the next minute's first second; digits beyond
        // milliseconds (even beyond nanoseconds) are dropped.
        assert_eq!(
            rfc3339_millis("2024-02-29T23:59:60Z"),
            Some(base),
            "leap second"
        );
        assert_eq!(
            rfc3339_millis("2024-03-01T00:00:00.999999999999Z"),
            Some(base + 999)
        );
        assert_eq!(rfc3339_millis("2024-03-01 00:00:00Z"), Some(base));
        assert_eq!(
            rfc3339_millis("1969-12-31T23:59:59.5Z"),
            Some(-500),
            "before 1970"
        );
        for bad in [
            "2024-03-01T00:00:00+24:00",
            "2024-03-01T00:00:00+05:60",
            "2024-03-01T00:00:00+08",
            "2024-03-01T00:00:00UTC",
            "2023-02-29T00:00:00Z",
            "2024-03-01T00:00:61Z",
            "2024-03-01T00:60:00Z",
            " 2024-03-01T00:00:00Z",
            "2024-03-01T00:00:00Z ",
            "2024-03-01T1:00:00Z",
            "+2024-03-01T00:00:00Z",
        ] {
            assert_eq!(rfc3339_millis(bad), None, "{bad}");
        }
    }

    #[test]
    fn amounts_are_grouped() {
        assert_eq!(format_amount(0.0), "0");
        assert_eq!(format_amount(999.0), "999");
        assert_eq!(format_amount(1000.0), "1,000");
        assert_eq!(format_amount(1_200_000.0), "1,200,000");
        assert_eq!(format_amount(20_000.5), "20,000.5");
        assert_eq!(format_amount(12.345), "12.35");
        assert_eq!(format_amount(-1500.0), "-1,500");
        assert_eq!(format_amount(f64::NAN), "");
    }

    #[test]
    fn decimals_parse_to_cents() {
        assert_eq!(parse_decimal("1200000"), Some(1_200_000.0));
        assert_eq!(parse_decimal("20000.5"), Some(20_000.5));
        assert_eq!(parse_decimal("0.125"), Some(0.13));
        assert_eq!(parse_decimal(".75"), Some(0.75));
        assert_eq!(parse_decimal("7."), Some(7.0));
        for bad in ["", ".", "1.2.3", "-5", "1e6", "abc", "99999999999999999999"] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
    }

    #[test]
    fn rfc3339_times_compare_across_offsets() {
        assert_eq!(rfc3339_millis("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(rfc3339_millis("1970-01-01T00:00:01.5Z"), Some(1500));
        assert_eq!(rfc3339_millis("1970-01-01T08:00:00+08:00"), Some(0));
        assert_eq!(rfc3339_millis("1969-12-31T23:00:00-01:00"), Some(0));
        assert_eq!(
            rfc3339_millis("2026-11-23T10:00:00.123Z"),
            Some(1_795_428_000_123)
        );
        assert_eq!(
            rfc3339_millis("2024-05-08T18:40:00+08:00"),
            rfc3339_millis("2024-05-08T10:40:00.000Z")
        );
        assert_eq!(
            rfc3339_millis("2024-05-08t10:40:00.0001z"),
            rfc3339_millis("2024-05-08T10:40:00Z")
        );
        for bad in [
            "",
            "x",
            "2024-05-08",
            "2024-05-08T10:40Z",
            "2024-05-08T10:40:00",
            "2024-05-08T24:00:00Z",
            "2024-02-30T10:00:00Z",
            "2024-05-08T10:40:00.Z",
            "2024-05-08T10:40:00+0800",
            "2024-05-08T10:40:00Zjunk",
            "2024-05-08T10:40:0aZ",
        ] {
            assert_eq!(rfc3339_millis(bad), None, "{bad}");
        }
        assert!(is_later(
            "2024-05-08T11:00:00Z",
            "2024-05-08T18:40:00+08:00"
        ));
        assert!(!is_later(
            "2024-05-08T10:40:00Z",
            "2024-05-08T18:40:00+08:00"
        ));
        assert!(is_later("2024-05-08T10:40:00Z", "garbage"));
        assert!(!is_later("garbage", "2000-01-01T00:00:00Z"));
        assert!(is_later("b", "a"));
    }

    #[test]
    fn json_number_text_reads_as_cents() {
        for (text, want) in [
            ("0", Some(0.0)),
            ("200000.0", Some(200_000.0)),
            ("1200000", Some(1_200_000.0)),
            ("20000.5", Some(20_000.5)),
            ("12.345", Some(12.35)),
            ("1e+5", Some(100_000.0)),
            ("1E5", Some(100_000.0)),
            ("2.5e-1", Some(0.25)),
            ("1.25e1", Some(12.5)),
            ("5e-3", Some(0.01)),
            ("1e-999999999999", Some(0.0)),
            ("-0", Some(0.0)),
            ("-0.0e+3", Some(0.0)),
            ("-3", None),
            ("-0.01", None),
            ("1e+400", None),
            ("1e99999999999", None),
            ("99999999999999999999", None),
        ] {
            assert_eq!(parse_amount_number(text), want, "{text}");
        }
        assert_eq!(amount_number_text(1_200_000.0).as_deref(), Some("1200000"));
        assert_eq!(amount_number_text(20_000.5).as_deref(), Some("20000.5"));
        assert_eq!(amount_number_text(f64::NAN), None);
        // Cents stay exact up to 2^53 cents (a property test found
        // 35929463658408.84 written as .85 when cents were (a * 100).round()).
        for cents in [3_592_946_365_840_884u64, 9_007_199_254_740_991, 1, 10, 99] {
            let amount = cents as f64 / 100.0;
            let text = amount_number_text(amount).unwrap();
            assert_eq!(parse_amount_number(&text), Some(amount), "{text}");
        }
    }
}
