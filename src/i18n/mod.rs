//! Every UI string in both languages. Views never hold string literals:
//! they ask for a [`T`] key (or a domain enum's [`Label`]) in the current
//! [`Lang`]. The `texts!` table makes a missing translation a compile error.

mod labels;
mod texts;

pub use labels::{flag_text, hint_text, import_error_text, next_question, stage_error_text, Label};
pub use texts::T;

/// The UI language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// 简体中文 (the default for the primary users).
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// Both languages, in switcher order.
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The code stored in preferences.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The value for `<html lang>`.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// Parses a stored code.
    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// Picks the language from the browser's preferred languages: the first
    /// Chinese or English entry wins; anything else falls back to English.
    pub fn from_browser<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Lang {
        for tag in preferred {
            let primary = tag
                .split(['-', '_'])
                .next()
                .unwrap_or("")
                .to_ascii_lowercase();
            match primary.as_str() {
                "zh" => return Lang::Zh,
                "en" => return Lang::En,
                _ => {}
            }
        }
        Lang::En
    }

    /// The other language (for the one-tap switch).
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// Translates a key.
    pub fn t(self, key: T) -> &'static str {
        key.get(self)
    }

    /// Translates a key and fills its `{0}`, `{1}`… placeholders.
    pub fn tf(self, key: T, args: &[&str]) -> String {
        fill(key.get(self), args)
    }
}

/// Replaces `{0}`, `{1}`… in `template` with `args`.
pub fn fill(template: &str, args: &[&str]) -> String {
    let mut out = template.to_string();
    for (i, arg) in args.iter().enumerate() {
        out = out.replace(&format!("{{{i}}}"), arg);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages() {
        for key in T::ALL {
            for lang in Lang::ALL {
                assert!(
                    !key.get(lang).trim().is_empty(),
                    "{key:?} empty in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn each_key_gets_its_own_text() {
        assert_eq!(T::AppName.get(Lang::Zh), "赢单计划");
        assert_eq!(T::AppName.get(Lang::En), "Win Plan");
        assert_eq!(T::AllSaved.get(Lang::En), "All changes saved");
        assert_eq!(T::NotSavedYet.get(Lang::Zh), "尚未保存");
        let last = T::ALL[T::ALL.len() - 1];
        assert!(T::AppName.get(Lang::En).len() < 20 && !last.get(Lang::En).is_empty());
    }

    #[test]
    fn placeholders_match_between_languages() {
        for key in T::ALL {
            for i in 0..4 {
                let p = format!("{{{i}}}");
                assert_eq!(
                    key.get(Lang::Zh).contains(&p),
                    key.get(Lang::En).contains(&p),
                    "{key:?} placeholder {p}"
                );
            }
        }
    }

    #[test]
    fn browser_language_detection() {
        assert_eq!(Lang::from_browser(["zh-CN", "en"]), Lang::Zh);
        assert_eq!(Lang::from_browser(["zh-TW"]), Lang::Zh);
        assert_eq!(Lang::from_browser(["en-US", "zh-CN"]), Lang::En);
        assert_eq!(Lang::from_browser(["fr-FR", "zh"]), Lang::Zh);
        assert_eq!(Lang::from_browser(["de"]), Lang::En);
        assert_eq!(Lang::from_browser([]), Lang::En);
    }

    #[test]
    fn codes_round_trip_and_fill() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_code(l.code()), Some(l));
        }
        assert_eq!(Lang::from_code("fr"), None);
        assert_eq!(fill("{0} of {1}", &["2", "5"]), "2 of 5");
    }
}
