//! Labelled form controls. Each takes its initial value once: the control
//! itself is the only writer while it is on screen, so re-rendering it on
//! every keystroke (and moving the caret) is avoided.

use super::store::{tr, use_store};
use crate::domain::format::{format_amount, format_date, parse_date};
use crate::domain::model::{lines_from_text, text_from_lines, AmountInput};
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

fn described_by(id: &str, hint: Option<T>) -> Option<String> {
    hint.map(|_| format!("{id}-hint"))
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
    let store = use_store();
    let described = described_by(&id, hint);
    let ph = move || placeholder.map(|p| store.t(p));
    let control = if multiline {
        view! {
            <textarea id=id.clone() rows="3" aria-describedby=described placeholder=ph
                prop:value=initial
                on:input=move |ev| on_change.run(event_target_value(&ev))
            ></textarea>
        }
        .into_any()
    } else {
        view! {
            <input type="text" id=id.clone() aria-describedby=described placeholder=ph
                autocomplete=autocomplete.unwrap_or("off")
                prop:value=initial
                on:input=move |ev| on_change.run(event_target_value(&ev))
            />
        }
        .into_any()
    };
    view! { <FieldShell id=id label=label hint=hint>{control}</FieldShell> }
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
    view! {
        <TextField id=id label=label hint=hint.unwrap_or(T::OnePerLine) multiline=true
            initial=text_from_lines(&initial) on_change=on_text />
    }
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
    let described = described_by(&id, hint);
    let text = initial.map(format_date).unwrap_or_default();
    view! {
        <FieldShell id=id.clone() label=label hint=hint>
            <input type="date" id=id aria-describedby=described prop:value=text
                on:input=move |ev| {
                    let v = event_target_value(&ev);
                    on_change.run(parse_date(&v))
                }
            />
        </FieldShell>
    }
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
    view! {
        <div class="field check">
            <input type="checkbox" id=id.clone() prop:checked=initial
                on:change=move |ev| on_change.run(event_target_checked(&ev)) />
            <label for=id>{tr(label)}</label>
        </div>
    }
}

/// A select over a domain enum whose values all have a [`Label`]. A thin
/// generic shell over [`SelectField`], so the view is compiled once rather
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
    let labels = options.iter().map(|o| o.label()).collect();
    let selected = options.iter().position(|o| *o == initial).unwrap_or(0);
    let on_index = Callback::new(move |i: usize| {
        if let Some(o) = options.get(i) {
            on_change.run(*o)
        }
    });
    select_field(id, label, hint, labels, selected, on_index)
}

/// A labelled select over translated options; reports the chosen index.
fn select_field(
    id: String,
    label: T,
    hint: Option<T>,
    labels: Vec<T>,
    selected: usize,
    on_change: Callback<usize>,
) -> AnyView {
    let described = described_by(&id, hint);
    view! {
        <FieldShell id=id.clone() label=label hint=hint>
            <select id=id aria-describedby=described
                on:change=move |ev| on_change.run(event_target_value(&ev).parse().unwrap_or(0))
            >
                {labels.into_iter().enumerate().map(|(i, l)| view! {
                    <option value=i.to_string() selected=i == selected>{tr(l)}</option>
                }).collect_view()}
            </select>
        </FieldShell>
    }
    .into_any()
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
