//! Plain date and amount text, written out by hand: chrono's strftime and
//! parser machinery and `f64`'s `Display`/`FromStr` cost tens of KB of WASM
//! each, mostly in tables that do not compress. Amounts are money: they are
//! kept to cents (stored amounts go through the text here too, see
//! `serial::amount`).

use chrono::{Datelike, NaiveDate};

/// `YYYY-MM-DD`, the format of `<input type="date">` and of stored dates.
pub fn format_date(d: NaiveDate) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// Parses `YYYY-MM-DD` (surrounding spaces allowed); `None` otherwise.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let mut parts = text.trim().splitn(3, '-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return None;
    }
    NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
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

/// Milliseconds since 1970-01-01T00:00:00Z of an RFC 3339 time such as
/// `2024-05-08T18:40:00+08:00` or `2026-11-23T10:00:00.123Z` (what the app
/// writes), for comparing times written with different offsets; `None`
/// when the text is not such a time. Fractions beyond milliseconds are
/// dropped.
pub fn rfc3339_millis(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    let num = |from: usize, len: usize| -> Option<i64> {
        let part = b.get(from..from + len)?;
        part.iter().try_fold(0i64, |n, d| {
            d.is_ascii_digit().then(|| n * 10 + i64::from(d - b'0'))
        })
    };
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    let shaped = at(4, b'-')
        && at(7, b'-')
        && matches!(b.get(10), Some(b'T' | b't' | b' '))
        && at(13, b':')
        && at(16, b':');
    if !shaped {
        return None;
    }
    let date = parse_date(text.get(..10)?)?;
    let (h, m, s) = (num(11, 2)?, num(14, 2)?, num(17, 2)?);
    if h > 23 || m > 59 || s > 60 {
        return None;
    }
    let mut i = 19;
    let mut millis = 0;
    if at(i, b'.') {
        i += 1;
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            if i - start < 3 {
                millis = millis * 10 + i64::from(b[i] - b'0');
            }
            i += 1;
        }
        match i - start {
            0 => return None,
            1 => millis *= 100,
            2 => millis *= 10,
            _ => {}
        }
    }
    let offset_minutes = match b.get(i) {
        Some(b'Z' | b'z') if i + 1 == b.len() => 0,
        Some(&sign @ (b'+' | b'-')) if i + 6 == b.len() && at(i + 3, b':') => {
            let (oh, om) = (num(i + 1, 2)?, num(i + 4, 2)?);
            if oh > 23 || om > 59 {
                return None;
            }
            let off = oh * 60 + om;
            if sign == b'-' {
                -off
            } else {
                off
            }
        }
        _ => return None,
    };
    // Days from 0001-01-01 (day 1) to 1970-01-01.
    const UNIX_EPOCH_DAYS_FROM_CE: i64 = 719_163;
    let days = i64::from(date.num_days_from_ce()) - UNIX_EPOCH_DAYS_FROM_CE;
    let seconds = days * 86_400 + h * 3600 + m * 60 + s - offset_minutes * 60;
    Some(seconds * 1000 + millis)
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

#[cfg(test)]
mod tests {
    use super::*;

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
