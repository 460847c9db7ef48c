//! Plain date and amount text, written out by hand: chrono's strftime and
//! parser machinery, `f64`'s `Display`/`FromStr` and serde_json's float
//! writer cost tens of KB of WASM each, mostly in tables that do not
//! compress. Amounts are money: they are kept to cents.

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

/// An amount with thousands separators and at most two decimals, e.g.
/// `1,200,000` or `20,000.5`.
pub fn format_amount(amount: f64) -> String {
    if !amount.is_finite() {
        return String::new();
    }
    let cents = (amount.abs() * 100.0).round() as u64;
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
    }
}
