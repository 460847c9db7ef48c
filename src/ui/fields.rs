//! Labelled form controls. Each takes its initial value once: the control
//! itself is the only writer while it is on screen, so re-rendering it on
//! every keystroke (and moving the caret) is avoided.
//!
//! Every kind of control is one element whose content (label, control,
//! hint) is HTML text (escaped), rebuilt only when the language changes,
//! with the latest value kept beside it; one non-generic builder and one
//! input listener serve them all (a fraction of the WASM of typed views).

use crate::domain::format::{format_amount, format_date, parse_date};
use crate::domain::model::{AmountInput, Plan};
use crate::html::{control, el, escape, option};
use crate::i18n::{Label, T};
use crate::ui::block::{block, Act, Node};
use crate::ui::store::use_store;
use chrono::NaiveDate;
use leptos::prelude::*;

/// The kinds of control a [`Form`] builds.
#[derive(Clone, Copy, PartialEq)]
#[allow(dead_code)] // no users left; fields.rs goes at the end of issue 9
enum Kind {
    Text,
    Area,
    Date,
    Select,
    /// A decimal amount: invalid text is flagged, not stored.
    Amount,
    /// A select over fixed literal options (value = text).
    Choice(&'static [&'static str]),
}

/// What a control shows, besides its value.
#[allow(dead_code)] // no users left; fields.rs goes at the end of issue 9
struct Spec {
    id: String,
    label: T,
    hint: Option<T>,
    kind: Kind,
    options: Vec<T>,
}

/// A control's label, control and hint as HTML, holding the value `v`.
#[allow(dead_code)] // no users left; fields.rs goes at the end of issue 9
fn field_html(out: &mut String, spec: &Spec, v: &str, lang: crate::i18n::Lang) {
    let Spec {
        id,
        label,
        hint,
        kind,
        options,
    } = spec;
    el(
        out,
        &format!(r#"<label for="{id}">"#),
        lang.t(*label),
        "</label>",
    );
    let mut attrs = String::new();
    if hint.is_some() {
        attrs.push_str(&format!(r#"aria-describedby="{id}-hint" "#));
    }
    match kind {
        Kind::Text | Kind::Date => {
            let t = if *kind == Kind::Date { "date" } else { "text" };
            attrs.push_str(&format!(r#"type="{t}" autocomplete="off" value=""#));
            escape(&mut attrs, v);
            attrs.push('"');
            control(out, "input", id, &attrs);
        }
        Kind::Area => {
            control(out, "textarea", id, &format!(r#"rows="3" {attrs}"#));
            // The parser drops one newline right after the tag.
            out.push('\n');
            escape(out, v);
            out.push_str("</textarea>");
        }
        Kind::Amount => {
            let bad = AmountInput::parse(v) == AmountInput::Invalid;
            if bad {
                attrs.push_str(&format!(
                    r#"aria-invalid="true" aria-describedby="{id}-error" "#
                ));
            }
            attrs.push_str(r#"type="text" inputmode="decimal" value=""#);
            escape(&mut attrs, v);
            attrs.push('"');
            control(out, "input", id, &attrs);
            el(
                out,
                &format!(
                    r#"<p class="error{}" id="{id}-error">"#,
                    if bad { "" } else { " hidden" }
                ),
                lang.t(T::AmountInvalid),
                "</p>",
            );
        }
        Kind::Choice(lits) => {
            control(out, "select", id, &attrs);
            for o in lits.iter() {
                option(out, o, o, *o == v);
            }
            out.push_str("</select>");
        }
        Kind::Select => {
            control(out, "select", id, &attrs);
            for (i, o) in options.iter().enumerate() {
                let i = i.to_string();
                option(out, &i, lang.t(*o), i == v);
            }
            out.push_str("</select>");
        }
    }
    if let Some(h) = hint {
        el(
            out,
            &format!(r#"<p class="hint" id="{id}-hint">"#),
            lang.t(*h),
            "</p>",
        );
    }
}

#[allow(dead_code)] // no users left; fields.rs goes at the end of issue 9
fn simple(id: String, label: T, hint: Option<T>, kind: Kind) -> Spec {
    Spec {
        id,
        label,
        hint,
        kind,
        options: Vec::new(),
    }
}

/// The control an event came from, for the one delegated listener of a
/// block rendered as HTML text: its `data-*` attributes say what it edits.
pub struct Target(web_sys::Element);

impl Target {
    /// The element `ev` targets, or the nearest ancestor carrying `data-{attr}`.
    pub fn of(ev: &web_sys::Event, attr: &str) -> Option<Target> {
        use wasm_bindgen::JsCast;
        let el = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
        el.closest(&format!("[data-{attr}]"))
            .ok()
            .flatten()
            .map(Target)
    }

    /// The `data-{name}` attribute.
    pub fn data(&self, name: &str) -> String {
        self.0
            .get_attribute(&format!("data-{name}"))
            .unwrap_or_default()
    }

    /// The `data-{name}` attribute as an index (0 when absent).
    pub fn num(&self, name: &str) -> usize {
        self.data(name).parse().unwrap_or(0)
    }

    /// The control's current value (input, textarea or select).
    pub fn value(&self) -> String {
        use wasm_bindgen::JsCast;
        self.0.unchecked_ref::<web_sys::HtmlInputElement>().value()
    }

    /// Whether the checkbox is ticked.
    pub fn checked(&self) -> bool {
        use wasm_bindgen::JsCast;
        self.0
            .unchecked_ref::<web_sys::HtmlInputElement>()
            .checked()
    }

    /// The nearest ancestor (or the element itself) matching `selector`.
    pub fn closest(&self, selector: &str) -> Option<web_sys::Element> {
        self.0.closest(selector).ok().flatten()
    }

    /// The files picked in a file input.
    pub fn files(&self) -> Option<web_sys::FileList> {
        use wasm_bindgen::JsCast;
        self.0.unchecked_ref::<web_sys::HtmlInputElement>().files()
    }

    /// Sets or removes `aria-invalid` on the control.
    pub fn set_invalid(&self, invalid: bool) {
        let _ = if invalid {
            self.0.set_attribute("aria-invalid", "true")
        } else {
            self.0.remove_attribute("aria-invalid")
        };
    }
}

/// What a [`Form`] field writes into the open plan, from the control's text.
#[allow(dead_code)] // no users left; fields.rs goes at the end of issue 9
type Setter = std::sync::Arc<dyn Fn(&mut Plan, &str) + Send + Sync>;

#[allow(dead_code)] // no users left; fields.rs goes at the end of issue 9
enum Part {
    /// Trusted markup (tags only, never user text).
    Raw(&'static str),
    /// `open`, the text of a key (escaped), `close`.
    Text(&'static str, T, &'static str),
    /// A control.
    Field(Spec, Setter),
}

/// A block of plan fields (and the static markup around them) as one
/// element of HTML text with one input listener: far less WASM than typed
/// views with a component per field. The text is rebuilt only when the
/// language changes, from the latest values kept beside it, so typing
/// never rebuilds a control.
#[derive(Default)]
#[allow(dead_code)] // no users left; fields.rs goes at the end of issue 9
pub struct Form {
    parts: Vec<Part>,
    values: Vec<String>,
}

#[allow(dead_code)] // no users left; fields.rs goes at the end of issue 9
impl Form {
    /// Trusted markup, e.g. `<div class="row">`.
    pub fn raw(mut self, html: &'static str) -> Self {
        self.parts.push(Part::Raw(html));
        self
    }

    /// `open`, the text of `key`, `close`: legends, hints, headings.
    pub fn text(mut self, open: &'static str, key: T, close: &'static str) -> Self {
        self.parts.push(Part::Text(open, key, close));
        self
    }

    fn field(mut self, spec: Spec, initial: String, set: Setter) -> Self {
        self.parts.push(Part::Field(spec, set));
        self.values.push(initial);
        self
    }

    /// A one-line text input (`multiline`: a textarea).
    pub fn input(
        self,
        id: &str,
        label: T,
        hint: Option<T>,
        multiline: bool,
        initial: &str,
        set: impl Fn(&mut Plan, String) + Send + Sync + 'static,
    ) -> Self {
        let kind = if multiline { Kind::Area } else { Kind::Text };
        let spec = simple(id.to_string(), label, hint, kind);
        self.field(
            spec,
            initial.to_string(),
            std::sync::Arc::new(move |p, v| set(p, v.to_string())),
        )
    }

    /// A date input; clearing it gives `None`.
    pub fn date(
        self,
        id: &str,
        label: T,
        initial: Option<NaiveDate>,
        set: impl Fn(&mut Plan, Option<NaiveDate>) + Send + Sync + 'static,
    ) -> Self {
        let spec = simple(id.to_string(), label, None, Kind::Date);
        self.field(
            spec,
            initial.map(format_date).unwrap_or_default(),
            std::sync::Arc::new(move |p, v| set(p, parse_date(v))),
        )
    }

    /// A decimal amount; invalid text is flagged and leaves the plan alone.
    pub fn amount(
        self,
        id: &str,
        label: T,
        initial: Option<f64>,
        set: impl Fn(&mut Plan, Option<f64>) + Send + Sync + 'static,
    ) -> Self {
        let spec = simple(id.to_string(), label, None, Kind::Amount);
        self.field(
            spec,
            initial.map(format_amount).unwrap_or_default(),
            std::sync::Arc::new(move |p, v| match AmountInput::parse(v) {
                AmountInput::Empty => set(p, None),
                AmountInput::Value(a) => set(p, Some(a)),
                AmountInput::Invalid => {}
            }),
        )
    }

    /// A select over fixed literal options (currency codes).
    pub fn choice(
        self,
        id: &str,
        label: T,
        options: &'static [&'static str],
        initial: &str,
        set: impl Fn(&mut Plan, String) + Send + Sync + 'static,
    ) -> Self {
        let spec = simple(id.to_string(), label, None, Kind::Choice(options));
        self.field(
            spec,
            initial.to_string(),
            std::sync::Arc::new(move |p, v| set(p, v.to_string())),
        )
    }

    /// A select over a domain enum.
    pub fn select<E>(
        self,
        id: &str,
        label: T,
        hint: Option<T>,
        options: &'static [E],
        initial: E,
        set: impl Fn(&mut Plan, E) + Send + Sync + 'static,
    ) -> Self
    where
        E: Label + Copy + PartialEq + Send + Sync + 'static,
    {
        let mut spec = simple(id.to_string(), label, hint, Kind::Select);
        spec.options = options.iter().map(|o| o.label()).collect();
        let selected = options.iter().position(|o| *o == initial).unwrap_or(0);
        self.field(
            spec,
            selected.to_string(),
            std::sync::Arc::new(move |p, v| {
                if let Some(o) = options.get(v.parse::<usize>().unwrap_or(0)) {
                    set(p, *o)
                }
            }),
        )
    }

    /// The block, in an element of `class`.
    pub fn view(self, class: &'static str) -> Node {
        let store = use_store();
        let Form { parts, values } = self;
        let parts = std::sync::Arc::new(parts);
        let values = StoredValue::new(values);
        let p2 = parts.clone();
        let html = move || {
            let lang = store.lang.get();
            let mut out = String::new();
            let mut n = 0;
            values.with_value(|vals| {
                for part in parts.iter() {
                    match part {
                        Part::Raw(h) => out.push_str(h),
                        Part::Text(open, key, close) => el(&mut out, open, lang.t(*key), close),
                        Part::Field(spec, _) => {
                            let v = vals.get(n).map_or("", String::as_str);
                            n += 1;
                            out.push_str(r#"<div class="field" data-act="form">"#);
                            field_html(&mut out, spec, v, lang);
                            out.push_str("</div>");
                        }
                    }
                }
            });
            out
        };
        let on_input = move |a: &Act| {
            use wasm_bindgen::JsCast;
            let ev = &a.ev;
            let Some(el) = ev
                .target()
                .filter(|_| a.kind == "input")
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            else {
                return;
            };
            let id = el.id();
            let fields = p2.iter().filter_map(|p| match p {
                Part::Field(spec, set) => Some((spec, set)),
                _ => None,
            });
            for (n, (spec, set)) in fields.enumerate() {
                if spec.id == id {
                    let v = event_target_value(ev);
                    if spec.kind == Kind::Amount {
                        let bad = AmountInput::parse(&v) == AmountInput::Invalid;
                        let _ = if bad {
                            el.set_attribute("aria-invalid", "true")
                                .and(el.set_attribute("aria-describedby", &format!("{id}-error")))
                        } else {
                            el.remove_attribute("aria-invalid")
                                .and(el.remove_attribute("aria-describedby"))
                        };
                        if let Some(e) = document().get_element_by_id(&format!("{id}-error")) {
                            e.set_class_name(if bad { "error" } else { "error hidden" });
                        }
                        if bad {
                            values.update_value(|vals| {
                                if let Some(x) = vals.get_mut(n) {
                                    *x = v.clone()
                                }
                            });
                            return;
                        }
                    }
                    store.edit(|p| set(p, &v));
                    values.update_value(|vals| {
                        if let Some(x) = vals.get_mut(n) {
                            *x = v
                        }
                    });
                    return;
                }
            }
        };
        block(class, html, on_input)
    }
}
