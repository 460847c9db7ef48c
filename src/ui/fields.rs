//! Labelled form controls. Each takes its initial value once: the control
//! itself is the only writer while it is on screen, so re-rendering it on
//! every keystroke (and moving the caret) is avoided.
//!
//! Every kind of control is one element whose content (label, control,
//! hint) is HTML text (escaped), rebuilt only when the language changes,
//! with the latest value kept beside it; one non-generic builder and one
//! input listener serve them all (a fraction of the WASM of typed views).

use super::store::{tr, use_store};
use crate::domain::format::{format_amount, format_date, parse_date};
use crate::domain::model::{lines_from_text, text_from_lines, AmountInput};
use crate::html::{control, el, escape, option};
use crate::i18n::{Label, T};
use chrono::NaiveDate;
use leptos::prelude::*;

/// A label with an optional hint below it, tied to the control by id.
#[component]
fn FieldShell(id: String, label: T, hint: Option<T>, children: Children) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{tr(label)}</label>
            {children()}
            {hint.map(|h| view! { <p class="hint" id=hint_id>{tr(h)}</p> })}
        </div>
    }
}

/// The kinds of control [`field`] builds.
#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Text,
    Area,
    Date,
    Check,
    Select,
}

/// What a control shows, besides its value.
struct Spec {
    id: String,
    label: T,
    hint: Option<T>,
    kind: Kind,
    placeholder: Option<T>,
    autocomplete: &'static str,
    options: Vec<T>,
}

/// The one builder: the control's value travels as text ("1" / "" for a
/// checkbox, the option's index for a select).
fn field(spec: Spec, initial: String, on_change: Callback<String>) -> AnyView {
    let store = use_store();
    let value = StoredValue::new(initial);
    let check = spec.kind == Kind::Check;
    let html = move || {
        let lang = store.lang.get();
        let Spec {
            id,
            label,
            hint,
            kind,
            placeholder,
            autocomplete,
            options,
        } = &spec;
        let v = value.get_value();
        let mut out = String::new();
        let label_html = |out: &mut String| {
            el(
                out,
                &format!(r#"<label for="{id}">"#),
                lang.t(*label),
                "</label>",
            )
        };
        if !check {
            label_html(&mut out);
        }
        let mut attrs = String::new();
        if hint.is_some() {
            attrs.push_str(&format!(r#"aria-describedby="{id}-hint" "#));
        }
        if let Some(p) = placeholder {
            attrs.push_str(r#"placeholder=""#);
            escape(&mut attrs, lang.t(*p));
            attrs.push_str(r#"" "#);
        }
        match kind {
            Kind::Text | Kind::Date => {
                let t = if *kind == Kind::Date { "date" } else { "text" };
                attrs.push_str(&format!(
                    r#"type="{t}" autocomplete="{autocomplete}" value=""#
                ));
                escape(&mut attrs, &v);
                attrs.push('"');
                control(&mut out, "input", id, &attrs);
            }
            Kind::Area => {
                control(&mut out, "textarea", id, &format!(r#"rows="3" {attrs}"#));
                // The parser drops one newline right after the tag.
                out.push('\n');
                escape(&mut out, &v);
                out.push_str("</textarea>");
            }
            Kind::Check => {
                let on = if v.is_empty() { "" } else { " checked" };
                control(&mut out, "input", id, &format!(r#"type="checkbox"{on}"#));
                label_html(&mut out);
            }
            Kind::Select => {
                control(&mut out, "select", id, &attrs);
                for (i, o) in options.iter().enumerate() {
                    let i = i.to_string();
                    option(&mut out, &i, lang.t(*o), i == v);
                }
                out.push_str("</select>");
            }
        }
        if let Some(h) = hint {
            el(
                &mut out,
                &format!(r#"<p class="hint" id="{id}-hint">"#),
                lang.t(*h),
                "</p>",
            );
        }
        out
    };
    let on_input = move |ev: web_sys::Event| {
        let v = if check {
            if event_target_checked(&ev) { "1" } else { "" }.to_string()
        } else {
            event_target_value(&ev)
        };
        value.set_value(v.clone());
        on_change.run(v);
    };
    let class = if check { "field check" } else { "field" };
    view! { <div class=class on:input=on_input inner_html=html></div> }.into_any()
}

/// A one-line or multi-line text control.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    label: T,
    #[prop(optional)] hint: Option<T>,
    /// The value when the control is created.
    #[prop(into)]
    initial: String,
    #[prop(into)] on_change: Callback<String>,
    #[prop(optional)] multiline: bool,
    #[prop(optional)] placeholder: Option<T>,
    #[prop(optional)] autocomplete: Option<&'static str>,
) -> impl IntoView {
    let spec = Spec {
        id,
        label,
        hint,
        kind: if multiline { Kind::Area } else { Kind::Text },
        placeholder,
        autocomplete: autocomplete.unwrap_or("off"),
        options: Vec::new(),
    };
    field(spec, initial, on_change)
}

fn simple(id: String, label: T, hint: Option<T>, kind: Kind) -> Spec {
    Spec {
        id,
        label,
        hint,
        kind,
        placeholder: None,
        autocomplete: "off",
        options: Vec::new(),
    }
}

/// A multi-line control edited as a list: one entry per line.
#[component]
pub fn LinesField(
    #[prop(into)] id: String,
    label: T,
    #[prop(optional)] hint: Option<T>,
    initial: Vec<String>,
    #[prop(into)] on_change: Callback<Vec<String>>,
) -> impl IntoView {
    let on_text = Callback::new(move |text: String| on_change.run(lines_from_text(&text)));
    let spec = simple(id, label, Some(hint.unwrap_or(T::OnePerLine)), Kind::Area);
    field(spec, text_from_lines(&initial), on_text)
}

/// A date control (`YYYY-MM-DD`); clearing it gives `None`.
#[component]
pub fn DateField(
    #[prop(into)] id: String,
    label: T,
    #[prop(optional)] hint: Option<T>,
    initial: Option<NaiveDate>,
    #[prop(into)] on_change: Callback<Option<NaiveDate>>,
) -> impl IntoView {
    let text = initial.map(format_date).unwrap_or_default();
    let on_text = Callback::new(move |v: String| on_change.run(parse_date(&v)));
    field(simple(id, label, hint, Kind::Date), text, on_text)
}
/// A number control that accepts a decimal or nothing; invalid text is
/// flagged and leaves the stored value alone.
#[component]
pub fn AmountField(
    #[prop(into)] id: String,
    label: T,
    initial: Option<f64>,
    #[prop(into)] on_change: Callback<Option<f64>>,
) -> impl IntoView {
    let invalid = RwSignal::new(false);
    let err_id = format!("{id}-error");
    let err_id2 = err_id.clone();
    let text = initial.map(format_amount).unwrap_or_default();
    view! {
        <FieldShell id=id.clone() label=label hint=None>
            <input type="text" inputmode="decimal" id=id prop:value=text
                aria-invalid=move || invalid.get().then_some("true")
                aria-describedby=move || invalid.get().then(|| err_id.clone())
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    match AmountInput::parse(&v) {
                        AmountInput::Empty => { invalid.set(false); on_change.run(None) }
                        AmountInput::Value(a) => { invalid.set(false); on_change.run(Some(a)) }
                        AmountInput::Invalid => invalid.set(true),
                    }
                }
            />
            {move || invalid.get().then(|| view! { <p class="error" id=err_id2.clone()>{tr(T::AmountInvalid)}</p> })}
        </FieldShell>
    }
}

/// A checkbox with its label beside it.
#[component]
pub fn CheckField(
    #[prop(into)] id: String,
    label: T,
    initial: bool,
    #[prop(into)] on_change: Callback<bool>,
) -> impl IntoView {
    let on_text = Callback::new(move |v: String| on_change.run(!v.is_empty()));
    let initial = if initial { "1" } else { "" }.to_string();
    field(simple(id, label, None, Kind::Check), initial, on_text)
}

/// A select over a domain enum whose values all have a [`Label`]. A thin
/// generic shell over the one builder, so the view is compiled once rather
/// than once per enum.
#[component]
pub fn EnumSelect<E>(
    #[prop(into)] id: String,
    label: T,
    #[prop(optional)] hint: Option<T>,
    options: &'static [E],
    initial: E,
    #[prop(into)] on_change: Callback<E>,
) -> impl IntoView
where
    E: Label + Copy + PartialEq + Send + Sync + 'static,
{
    let mut spec = simple(id, label, hint, Kind::Select);
    spec.options = options.iter().map(|o| o.label()).collect();
    let selected = options.iter().position(|o| *o == initial).unwrap_or(0);
    let on_index = Callback::new(move |i: String| {
        if let Some(o) = options.get(i.parse::<usize>().unwrap_or(0)) {
            on_change.run(*o)
        }
    });
    field(spec, selected.to_string(), on_index)
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

    /// Sets or removes `aria-invalid` on the control.
    pub fn set_invalid(&self, invalid: bool) {
        let _ = if invalid {
            self.0.set_attribute("aria-invalid", "true")
        } else {
            self.0.remove_attribute("aria-invalid")
        };
    }
}
