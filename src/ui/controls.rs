//! Labelled form controls as Leptos components, and the two helpers that
//! bind them to one field of the open plan.
//!
//! A control shows a [`Signal`] (usually a [`plan_value`] memo over the open
//! plan) through `prop:value` and reports edits through a [`Callback`]
//! (usually [`plan_edit`]). The memo only notifies when its own field
//! changed, so typing in one control updates nothing else on the page
//! beyond what reads that field; and since the value written back equals
//! what the control holds, the caret never moves.
//!
//! Markup: `<div class="field"><label for=id>…</label><control id=id>`,
//! then an optional `<p class="hint" id="{id}-hint">` the control is
//! described by.

use crate::domain::format::{format_date, parse_date};
use crate::domain::model::{AmountInput, Plan};
use crate::domain::serial::Named;
use crate::i18n::{Label, Lang, T};
use crate::ui::store::use_store;
use chrono::NaiveDate;
use leptos::prelude::*;

/// One field of the open plan, as a memo: it notifies only when that field
/// changed (another field's edit re-runs `get`, but nothing that shows it).
pub fn plan_value<V>(get: impl Fn(&Plan) -> V + Send + Sync + 'static) -> Signal<V>
where
    V: Clone + Default + PartialEq + Send + Sync + 'static,
{
    plan_value_dyn(std::sync::Arc::new(get))
}

// The memo is built once per value type, not once per field (WASM size).
#[inline(never)]
fn plan_value_dyn<V>(get: std::sync::Arc<dyn Fn(&Plan) -> V + Send + Sync>) -> Signal<V>
where
    V: Clone + Default + PartialEq + Send + Sync + 'static,
{
    let store = use_store();
    memo(move |_| store.with_current(|p| get(p)).unwrap_or_default()).into()
}

/// An edit of the open plan with the control's new value, saved at once.
pub fn plan_edit<V: 'static>(set: impl Fn(&mut Plan, V) + Send + Sync + 'static) -> Callback<V> {
    plan_edit_dyn(std::sync::Arc::new(set))
}

/// An edit of the open plan, type-erased.
type Setter<V> = std::sync::Arc<dyn Fn(&mut Plan, V) + Send + Sync>;

#[inline(never)]
fn plan_edit_dyn<V: 'static>(set: Setter<V>) -> Callback<V> {
    let store = use_store();
    Callback::new(move |v| store.edit(|p| set(p, v)))
}

/// An event handler, type-erased: `on:click=handler(move |_| …)` shares
/// Leptos's listener code with every handler of that event instead of
/// compiling a copy per closure (WASM size).
pub fn handler<E: 'static>(f: impl FnMut(E) + 'static) -> Box<dyn FnMut(E)> {
    Box::new(f)
}

/// A memo's function, boxed.
type MemoFn<T> = Box<dyn Fn(Option<&T>) -> T + Send + Sync>;

/// A memo whose function is boxed: Leptos's memo code is compiled once per
/// value type instead of once per closure (WASM size).
pub fn memo<T: PartialEq + Send + Sync + 'static>(
    f: impl Fn(Option<&T>) -> T + Send + Sync + 'static,
) -> Memo<T> {
    let f: MemoFn<T> = Box::new(f);
    Memo::new(f)
}

/// A derived signal whose function is boxed, like [`memo`].
pub fn derived<T: Send + Sync + 'static>(f: impl Fn() -> T + Send + Sync + 'static) -> Signal<T> {
    let f: Box<dyn Fn() -> T + Send + Sync> = Box::new(f);
    Signal::derive(f)
}

/// The text of `key` in the current language (reactive).
pub fn tr(key: T) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    let store = use_store();
    move || store.lang.get().t(key)
}

/// The current language (reactive).
pub fn lang() -> impl Fn() -> Lang + Copy + Send + Sync + 'static {
    let store = use_store();
    move || store.lang.get()
}

/// The id of a control's hint, when it has one.
fn hint_id(id: &str, hint: Option<T>) -> Option<String> {
    hint.map(|_| format!("{id}-hint"))
}

/// A hint under a control, `<p class="hint" id="{id}-hint">`.
#[component]
pub fn Hint(#[prop(into)] id: String, text: T) -> impl IntoView {
    let text = tr(text);
    view! { <p class="hint" id=format!("{id}-hint")>{text}</p> }
}

/// A labelled one-line text input, or a textarea with `multiline`.
#[component]
pub fn TextField(
    /// The control's element id (also the label's `for`).
    #[prop(into)]
    id: String,
    /// The visible label.
    label: T,
    /// A hint under the control, which describes it.
    #[prop(optional)]
    hint: Option<T>,
    /// A textarea instead of an input.
    #[prop(optional)]
    multiline: bool,
    /// What the control shows.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the new text on every input.
    #[prop(into)]
    on_input: Callback<String>,
) -> impl IntoView {
    let described = hint_id(&id, hint);
    let input = move |ev| on_input.run(event_target_value(&ev));
    let control = if multiline {
        view! {
            <textarea id=id.clone() rows="3" aria-describedby=described prop:value=value on:input=handler(input)>
            </textarea>
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type="text"
                autocomplete="off"
                aria-describedby=described
                prop:value=value
                on:input=handler(input)
            />
        }
        .into_any()
    };
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            {control}
            {hint.map(|h| view! { <Hint id=id.clone() text=h /> })}
        </div>
    }
}

/// A date of the open plan as a [`DateField`] shows it: `YYYY-MM-DD`, or
/// empty. A memo of text, the type the other fields' memos have, rather
/// than one of its own (WASM size).
pub fn plan_date(get: fn(&Plan) -> Option<NaiveDate>) -> Signal<String> {
    plan_value(move |p| get(p).map(format_date).unwrap_or_default())
}

/// The edit of a date of the open plan by a [`DateField`]: its text, read
/// with [`parse_date`] (clearing it gives `None`).
pub fn plan_date_edit(field: fn(&mut Plan) -> &mut Option<NaiveDate>) -> Callback<String> {
    plan_edit(move |p, text: String| *field(p) = parse_date(&text))
}

/// A labelled date input; see [`plan_date`] and [`plan_date_edit`].
#[component]
pub fn DateField(
    #[prop(into)] id: String,
    label: T,
    /// The date shown, `YYYY-MM-DD` or empty.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the input's text on every input.
    #[prop(into)]
    on_input: Callback<String>,
) -> impl IntoView {
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            <input
                id=id
                type="date"
                autocomplete="off"
                prop:value=value
                on:input=handler(move |ev| on_input.run(event_target_value(&ev)))
            />
        </div>
    }
}

/// A labelled amount, typed as people write it ("15万", "¥120000"). The
/// text typed is stored as typed, so it is what the control shows, also
/// after a reload (see [`crate::domain::model::Opportunity::type_amount`]);
/// the amount it reads as is shown beside it ("= 150,000") when it is
/// spelled otherwise. Text that is not an amount is flagged (with
/// `aria-invalid` and an error under the control) as not counted.
#[component]
pub fn AmountField(
    #[prop(into)] id: String,
    label: T,
    /// The text of the amount, as typed.
    #[prop(into)]
    value: Signal<String>,
    /// Called with the text typed on every input.
    #[prop(into)]
    on_input: Callback<String>,
) -> impl IntoView {
    let lang = lang();
    // The note under the control, and its class: why the text is not
    // counted, the amount it reads as ("= 150,000"), or nothing.
    let note = move || {
        value.with(|t| match AmountInput::parse(t) {
            AmountInput::Invalid => ("error", lang().t(T::AmountInvalid).to_string()),
            a => a.echo(t).map_or(("hidden", String::new()), |e| {
                ("hint", "= ".to_string() + &e)
            }),
        })
    };
    let note_id = format!("{id}-note");
    let described = {
        let note_id = note_id.clone();
        move || (note().0 != "hidden").then(|| note_id.clone())
    };
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            <input
                id=id
                type="text"
                inputmode="decimal"
                autocomplete="off"
                aria-invalid=move || (note().0 == "error").then_some("true")
                aria-describedby=described
                prop:value=value
                on:input=handler(move |ev| on_input.run(event_target_value(&ev)))
            />
            <p
                class="hint"
                class:error=move || note().0 == "error"
                class:hidden=move || note().0 == "hidden"
                id=note_id
            >
                {move || note().1}
            </p>
        </div>
    }
}

/// An [`OptionsField`]'s options.
pub type Options = std::sync::Arc<dyn Fn() -> Vec<(String, String)> + Send + Sync>;

/// A labelled select over a domain enum; the option values are indices.
#[component]
pub fn SelectField<E>(
    #[prop(into)] id: String,
    label: T,
    #[prop(optional)] hint: Option<T>,
    options: &'static [E],
    /// The [`Named::name`] of the chosen variant: one signal type for
    /// every enum (WASM size).
    #[prop(into)]
    value: Signal<&'static str>,
    #[prop(into)] on_change: Callback<E>,
) -> impl IntoView
where
    E: Label + Named + Send + Sync + 'static,
{
    // Only this mapping is compiled per enum; the markup once (WASM size).
    // The index as text: the option values are text, and a signal type
    // fewer.
    let index = derived(move || {
        let v = value.get();
        let i = options.iter().position(|o| o.name() == v).unwrap_or(0);
        i.to_string()
    });
    let on_change = Callback::new(move |i: usize| {
        if let Some(o) = options.get(i) {
            on_change.run(*o)
        }
    });
    let labels = options.iter().map(|o| o.label()).collect();
    index_select(id, label, hint, labels, index, on_change)
}

/// [`SelectField`]'s markup: the options' labels, the chosen index.
fn index_select(
    id: String,
    label: T,
    hint: Option<T>,
    labels: Vec<T>,
    index: Signal<String>,
    on_change: Callback<usize>,
) -> impl IntoView {
    let described = hint_id(&id, hint);
    let change = move |ev| on_change.run(event_target_value(&ev).parse::<usize>().unwrap_or(0));
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            <select
                id=id.clone()
                aria-describedby=described
                prop:value=index
                on:change=handler(change)
            >
                {labels
                    .into_iter()
                    .enumerate()
                    .map(|(i, l)| {
                        let i = i.to_string();
                        let selected = {
                            let i = i.clone();
                            move || index.with(|x| *x == i)
                        };
                        view! {
                            <option value=i selected=selected>
                                {tr(l)}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
            {hint.map(|h| view! { <Hint id=id.clone() text=h /> })}
        </div>
    }
}

/// A checkbox with its label beside it.
#[component]
pub fn CheckField(
    #[prop(into)] id: String,
    label: T,
    #[prop(into)] value: Signal<bool>,
    #[prop(into)] on_change: Callback<bool>,
) -> impl IntoView {
    view! {
        <div class="field check">
            <input
                id=id.clone()
                type="checkbox"
                prop:checked=value
                on:change=handler(move |ev| on_change.run(event_target_checked(&ev)))
            />
            <label for=id>{tr(label)}</label>
        </div>
    }
}

/// A screen's heading (`<h1 id=id tabindex="-1">`, focused when the screen
/// opens) and its intro, in the current language.
#[component]
pub fn Heading(
    id: &'static str,
    /// The heading's text.
    #[prop(into)]
    title: Signal<String>,
    intro: T,
) -> impl IntoView {
    view! {
        <h1 id=id tabindex="-1">{title}</h1>
        <p class="intro">{tr(intro)}</p>
    }
}

/// A labelled select over `(value, text)` pairs, which may change while it
/// is on screen (the plan's contacts, the team's stages; fixed ones such as
/// currency codes too): `""` as the
/// value of a "none" choice. Each option carries `selected`, so the choice
/// survives the options being rebuilt.
#[component]
pub fn OptionsField(
    #[prop(into)] id: String,
    label: T,
    /// The options (value, text), in order, with their texts in the
    /// current language; read reactively. A function rather than a signal
    /// of its own type (WASM size).
    options: Options,
    #[prop(into)] value: Signal<String>,
    #[prop(into)] on_change: Callback<String>,
) -> impl IntoView {
    let option = move |(v, text): (String, String)| {
        let selected = {
            let v = v.clone();
            move || value.with(|x| *x == v)
        };
        view! { <option value=v selected=selected>{text}</option> }
    };
    view! {
        <div class="field">
            <label for=id.clone()>{tr(label)}</label>
            <select
                id=id
                prop:value=value
                on:change=handler(move |ev| on_change.run(event_target_value(&ev)))
            >
                {move || options().into_iter().map(option).collect_view()}
            </select>
        </div>
    }
}

/// `<For>` over a list of row ids, keyed by the id: a row (its DOM and
/// state) stays while its id is in the list.
#[component]
pub fn ForIds<F, V>(
    /// The rows' ids, in order.
    #[prop(into)]
    each: Signal<Vec<String>>,
    /// The view of the row with an id.
    children: F,
) -> impl IntoView
where
    F: Fn(String) -> V + Send + Sync + 'static,
    V: IntoView + 'static,
{
    // The keyed diff is compiled once for all such lists instead of once
    // per list (WASM size).
    id_rows(each, Callback::new(move |id| children(id).into_any()))
}

/// [`ForIds`]'s list, with the rows' views type-erased.
fn id_rows(each: Signal<Vec<String>>, row: Callback<String, AnyView>) -> impl IntoView {
    view! { <For each=move || each.get() key=String::clone children=move |id| row.run(id) /> }
}
