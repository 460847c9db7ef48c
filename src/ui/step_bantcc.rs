//! Step 4: the BANTCC checklist (客户信息收集清单).

use super::deal_inputs::DealInputs;
use super::fields::Form;
use super::store::{tr, use_store};
use super::wizard::StepHeading;
use crate::domain::bantcc;
use crate::domain::model::{BantccLetter, BantccStatus, Plan, Step};
use crate::html::el;
use crate::i18n::{hint_text, Label, T};
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

/// The six letters, each with guiding questions, status, notes, evidence.
#[component]
pub fn BantccStep() -> impl IntoView {
    let store = use_store();
    let Some(p) = store.with_current_untracked(Plan::clone) else {
        return ().into_any();
    };
    let unknown = Memo::new(move |_| {
        store
            .with_current(|p| bantcc::unknown_count(&p.bantcc))
            .unwrap_or(0)
    });
    view! {
        <StepHeading step=Step::Bantcc intro=T::BantccIntro />
        <p class="tally" aria-live="polite">
            {move || store.lang.get().tf(T::BantccUnknownTally, &[&unknown.get().to_string()])}
        </p>
        {BantccLetter::ALL.iter().map(|l| {
            let l = *l;
            let item = p.bantcc.item(l).clone();
            let key = letter_key(l);
            let hints = move || {
                let lang = store.lang.get();
                store
                    .with_current(|p| {
                        bantcc::hints(p)
                            .into_iter()
                            .filter(|(hl, _)| *hl == l)
                            .map(|(_, h)| hint_text(lang, &h))
                            .collect::<Vec<_>>()
                    })
                    .unwrap_or_default()
            };
            let questions = bantcc::guiding_questions(l).iter().fold(
                Form::default()
                    .text(r#"<p class="label">"#, T::GuidingQuestions, r#"</p><ul class="questions">"#),
                |f, q| f.text("<li>", q.label(), "</li>"),
            )
            .raw("</ul>");
            let fields = Form::default()
                .select(&format!("bantcc-{key}-status"), T::Status, None, &BantccStatus::ALL, item.status,
                    move |p, v| p.bantcc.item_mut(l).status = v)
                .raw(r#"<div class="row">"#)
                .input(&format!("bantcc-{key}-notes"), T::Notes, None, true, &item.notes,
                    move |p, v| p.bantcc.item_mut(l).notes = v)
                .input(&format!("bantcc-{key}-evidence"), T::Evidence, Some(T::EvidenceHint), true, &item.evidence,
                    move |p, v| p.bantcc.item_mut(l).evidence = v)
                .raw("</div>");
            view! {
                <fieldset class="letter" id=format!("bantcc-{key}")>
                    <legend>
                        <span class="letter-mark" aria-hidden="true">{l.letter().to_string()}</span>
                        {tr(l.label())}
                    </legend>
                    {questions.view("form")}
                    <div inner_html=move || {
                        let mut out = String::new();
                        let h = hints();
                        if !h.is_empty() {
                            out.push_str(r#"<ul class="hints">"#);
                            for t in h {
                                el(&mut out, "<li>", &t, "</li>");
                            }
                            out.push_str("</ul>");
                        }
                        out
                    }></div>
                    {fields.view("form")}
                </fieldset>
            }
        }).collect_view()}
        <DealInputs />
    }
    .into_any()
}
