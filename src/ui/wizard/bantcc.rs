//! Step 4: the BANTCC checklist (客户信息收集清单): six letters, each with
//! its guiding questions, the hints the core draws from the contacts and
//! pains, a status, notes and evidence; then the deal inputs.

use crate::domain::model::{BantccLetter, BantccStatus, Step};
use crate::domain::{bantcc, facts};
use crate::i18n::{hint_text, Label, T};
use crate::ui::controls::{memo, plan_edit, plan_value, tr, SelectField, TextField};
use crate::ui::store::use_store;
use crate::ui::wizard::deal_inputs::DealInputs;
use crate::ui::wizard::diagnosis::Tally;
use crate::ui::wizard::StepHeading;
use leptos::prelude::*;

fn letter_key(l: BantccLetter) -> &'static str {
    match l {
        BantccLetter::Budget => "budget",
        BantccLetter::Authority => "authority",
        BantccLetter::Need => "need",
        BantccLetter::Time => "time",
        BantccLetter::Company => "company",
        BantccLetter::Competition => "competition",
    }
}

/// The six letters and the deal inputs, under the count of unknown letters.
#[component]
pub fn BantccStep() -> impl IntoView {
    let store = use_store();
    let tally = memo(move |_| {
        let n = store
            .with_current(|p| bantcc::unknown_count(&p.bantcc))
            .unwrap_or(0);
        store
            .lang
            .get()
            .tf(T::BantccUnknownTally, &[&n.to_string()])
    });
    view! {
        <StepHeading step=Step::Bantcc intro=T::BantccIntro />
        <Tally text=tally />
        <div>
            {BantccLetter::ALL
                .into_iter()
                .map(|l| view! { <Letter letter=l /> })
                .collect_view()}
        </div>
        <DealInputs />
    }
}

/// One letter's fieldset: guiding questions, hints, status, notes, evidence.
#[component]
fn Letter(letter: BantccLetter) -> impl IntoView {
    let key = letter_key(letter);
    let id = |field: &str| format!("bantcc-{key}-{field}");
    let questions = bantcc::guiding_questions(letter)
        .iter()
        .map(|q| view! { <li>{tr(q.label())}</li> })
        .collect_view();
    view! {
        <fieldset class="letter" id=format!("bantcc-{key}")>
            <legend>
                <span class="letter-mark" aria-hidden="true">{letter.letter().to_string()}</span>
                {tr(letter.label())}
            </legend>
            <p class="label">{tr(T::GuidingQuestions)}</p>
            <ul class="questions">{questions}</ul>
            <Hints letter=letter />
            <SelectField
                id=id("status")
                label=T::Status
                options=&BantccStatus::ALL
                value=plan_value(move |p| p.bantcc.item(letter).status.as_str())
                on_change=plan_edit(move |p, v| facts::set_status(p, letter, v))
            />
            <div class="row">
                <TextField
                    id=id("notes")
                    label=T::Notes
                    multiline=true
                    value=plan_value(move |p| p.bantcc.item(letter).notes.clone())
                    on_input=plan_edit(move |p, v| p.bantcc.item_mut(letter).notes = v)
                />
                <TextField
                    id=id("evidence")
                    label=T::Evidence
                    hint=T::EvidenceHint
                    multiline=true
                    value=plan_value(move |p| p.bantcc.item(letter).evidence.clone())
                    on_input=plan_edit(move |p, v| p.bantcc.item_mut(letter).evidence = v)
                />
            </div>
        </fieldset>
    }
}

/// What the contacts and pains already say about a letter (from the core),
/// when they say anything.
#[component]
fn Hints(letter: BantccLetter) -> impl IntoView {
    let store = use_store();
    let hints = memo(move |_| {
        let lang = store.lang.get();
        store
            .with_current(|p| {
                bantcc::hints(p)
                    .iter()
                    .filter(|(l, _)| *l == letter)
                    .map(|(_, h)| hint_text(lang, h))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    });
    let shown = move || {
        hints.with(|all| {
            (!all.is_empty()).then(|| {
                let items = all
                    .iter()
                    .map(|t| view! { <li>{t.clone()}</li> })
                    .collect_view();
                view! { <ul class="hints">{items}</ul> }
            })
        })
    };
    view! { {move || shown()} }
}
