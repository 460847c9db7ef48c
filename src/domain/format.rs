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
fn amount_number_text(amount: f64) -> Option<String> {
    amount
        .is_finite()
        .then(|| format_amount(amount).replace(',', ""))
}

/// Serde for `Option<f64>` amounts. Written as a JSON number with at most
/// two decimals (without serde_json's float writer); read from a number,
/// or tolerantly from text such as `"1,200,000"`.
pub mod opt_amount {
    use super::{amount_number_text, parse_decimal};
    use serde::de::{Error, Visitor};
    use serde::{Deserializer, Serialize, Serializer};
    use std::fmt;

    /// Writes the amount as a JSON number, or `null`.
    pub fn serialize<S: Serializer>(a: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
        match a.and_then(amount_number_text) {
            Some(text) => match serde_json::value::RawValue::from_string(text) {
                Ok(raw) => raw.serialize(s),
                Err(e) => Err(serde::ser::Error::custom(e)),
            },
            None => s.serialize_none(),
        }
    }

    struct AmountVisitor;

    impl<'de> Visitor<'de> for AmountVisitor {
        type Value = Option<f64>;

        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("an amount (a non-negative number) or null")
        }
        fn visit_u64<E: Error>(self, v: u64) -> Result<Self::Value, E> {
            Ok(Some(v as f64))
        }
        fn visit_i64<E: Error>(self, v: i64) -> Result<Self::Value, E> {
            u64::try_from(v)
                .map(|v| Some(v as f64))
                .map_err(|_| E::custom("an amount cannot be negative"))
        }
        fn visit_f64<E: Error>(self, v: f64) -> Result<Self::Value, E> {
            if v.is_finite() && v >= 0.0 {
                Ok(Some((v * 100.0).round() / 100.0))
            } else {
                Err(E::custom("an amount must be a non-negative number"))
            }
        }
        fn visit_str<E: Error>(self, v: &str) -> Result<Self::Value, E> {
            let cleaned: String = v.chars().filter(|c| !matches!(c, ',' | ' ')).collect();
            if cleaned.is_empty() {
                return Ok(None);
            }
            parse_decimal(&cleaned)
                .map(Some)
                .ok_or_else(|| E::custom(format!("invalid amount \"{v}\"")))
        }
        fn visit_unit<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
        fn visit_none<E: Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }
    }

    /// Reads a number, a numeric string or `null`.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<f64>, D::Error> {
        d.deserialize_any(AmountVisitor)
    }
}

/// Serde for `Option<NaiveDate>` as `"YYYY-MM-DD"` or `null`; an
/// unreadable date is an error naming the text.
pub mod opt_date {
    use super::{format_date, parse_date};
    use chrono::NaiveDate;
    use serde::{de::Error, Deserialize, Deserializer, Serializer};

    /// Writes the date as text.
    pub fn serialize<S: Serializer>(d: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        match d {
            Some(d) => s.serialize_str(&format_date(*d)),
            None => s.serialize_none(),
        }
    }

    /// Reads `null`, `""` (as none) or a `YYYY-MM-DD` date.
    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        match Option::<String>::deserialize(d)? {
            None => Ok(None),
            Some(s) if s.trim().is_empty() => Ok(None),
            Some(s) => parse_date(&s).map(Some).ok_or_else(|| {
                D::Error::custom(format!("invalid date \"{s}\", expected YYYY-MM-DD"))
            }),
        }
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
    fn amounts_in_json() {
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct W {
            #[serde(with = "opt_amount", default)]
            a: Option<f64>,
        }
        let json = |a| serde_json::to_string(&W { a }).unwrap();
        assert_eq!(json(Some(1_200_000.0)), r#"{"a":1200000}"#);
        assert_eq!(json(Some(20_000.5)), r#"{"a":20000.5}"#);
        assert_eq!(json(None), r#"{"a":null}"#);
        let read = |s: &str| serde_json::from_str::<W>(s).map(|w| w.a);
        assert_eq!(read(r#"{"a":200000.0}"#).unwrap(), Some(200_000.0));
        assert_eq!(read(r#"{"a":1200000}"#).unwrap(), Some(1_200_000.0));
        assert_eq!(read(r#"{"a":"1,200,000"}"#).unwrap(), Some(1_200_000.0));
        assert_eq!(read(r#"{"a":null}"#).unwrap(), None);
        assert_eq!(read(r#"{}"#).unwrap(), None);
        assert!(read(r#"{"a":-3}"#).is_err());
        assert!(read(r#"{"a":"lots"}"#).is_err());
        assert!(read(r#"{"a":true}"#).is_err());
    }

    #[test]
    fn optional_dates_in_json() {
        #[derive(serde::Serialize, serde::Deserialize, PartialEq, Debug)]
        struct W {
            #[serde(with = "opt_date", default)]
            d: Option<NaiveDate>,
        }
        let w = W {
            d: NaiveDate::from_ymd_opt(2026, 11, 23),
        };
        let json = serde_json::to_string(&w).unwrap();
        assert_eq!(json, r#"{"d":"2026-11-23"}"#);
        assert_eq!(serde_json::from_str::<W>(&json).unwrap(), w);
        assert_eq!(serde_json::from_str::<W>(r#"{"d":null}"#).unwrap().d, None);
        assert_eq!(serde_json::from_str::<W>(r#"{"d":""}"#).unwrap().d, None);
        assert_eq!(serde_json::from_str::<W>(r#"{}"#).unwrap().d, None);
        let err = serde_json::from_str::<W>(r#"{"d":"tomorrow"}"#).unwrap_err();
        assert!(err.to_string().contains("tomorrow"), "{err}");
    }
}
