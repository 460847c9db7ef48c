//! Plain date and amount text, written out by hand: chrono's strftime and
//! parser machinery and `f64`'s `Display` cost tens of KB of WASM each.

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
                D::Error::custom(format!("invalid date {s:?}, expected YYYY-MM-DD"))
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
