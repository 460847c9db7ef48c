//! Step 4: the BANTCC checklist (客户信息收集清单).
//!
//! The six letters are one block of HTML text (escaped), rebuilt only when
//! the language or the hints change (they come from the contacts and pains,
//! never from what is typed here); one delegated listener applies the edits.

use crate::domain::bantcc;
use crate::domain::model::{BantccItem, BantccLetter, BantccStatus, Plan, Step};
use crate::html::{el, select_field, text_area};
use crate::i18n::{hint_text, Label, Lang, T};
use crate::ui::block::{block, fragment, Act, Node};
use crate::ui::store::use_store;
use crate::ui::wizard::deal_inputs::deal_inputs;
use crate::ui::wizard::diagnosis::tally_view;
use crate::ui::wizard::step_heading;
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

/// One letter's fieldset: guiding questions, hints, status, notes, evidence.
fn letter_html(out: &mut String, lang: Lang, i: usize, item: &BantccItem, hints: &[String]) {
    let l = BantccLetter::ALL[i];
    let key = letter_key(l);
    out.push_str(&format!(
        r#"<fieldset class="letter" id="bantcc-{key}"><legend><span class="letter-mark" aria-hidden="true">{}</span>"#,
        l.letter()
    ));
    el(out, "", lang.t(l.label()), "</legend>");
    el(
        out,
        r#"<p class="label">"#,
        lang.t(T::GuidingQuestions),
        r#"</p><ul class="questions">"#,
    );
    for q in bantcc::guiding_questions(l) {
        el(out, "<li>", lang.t(q.label()), "</li>");
    }
    out.push_str("</ul>");
    if !hints.is_empty() {
        out.push_str(r#"<ul class="hints">"#);
        for t in hints {
            el(out, "<li>", t, "</li>");
        }
        out.push_str("</ul>");
    }
    let data = |f: &str| format!(r#"data-act="{f}" data-l="{i}""#);
    select_field(
        out,
        &format!("bantcc-{key}-status"),
        lang.t(T::Status),
        &data("status"),
        BantccStatus::ALL
            .iter()
            .enumerate()
            .map(|(n, s)| (n.to_string(), lang.t(s.label()))),
        &BantccStatus::ALL
            .iter()
            .position(|s| *s == item.status)
            .unwrap_or(0)
            .to_string(),
    );
    out.push_str(r#"<div class="row">"#);
    text_area(
        out,
        &format!("bantcc-{key}-notes"),
        lang.t(T::Notes),
        None,
        &item.notes,
        &data("notes"),
    );
    text_area(
        out,
        &format!("bantcc-{key}-evidence"),
        lang.t(T::Evidence),
        Some(lang.t(T::EvidenceHint)),
        &item.evidence,
        &data("evidence"),
    );
    out.push_str("</div></fieldset>");
}

/// Applies the edit `a` to its letter's item.
fn apply(p: &mut Plan, a: &Act) {
    let Some(l) = BantccLetter::ALL.get(a.el.num("l")) else {
        return;
    };
    let item = p.bantcc.item_mut(*l);
    let v = a.el.value();
    match a.name.as_str() {
        "status" => {
            if let Some(s) = BantccStatus::ALL.get(v.parse::<usize>().unwrap_or(0)) {
                item.status = *s
            }
        }
        "notes" => item.notes = v,
        "evidence" => item.evidence = v,
        _ => {}
    }
}

/// The six letters, each with guiding questions, status, notes, evidence.
pub fn bantcc_step() -> Node {
    let store = use_store();
    if store.with_current_untracked(|_| ()).is_none() {
        return fragment(&[]);
    }
    let tally = Memo::new(move |_| {
        let n = store
            .with_current(|p| bantcc::unknown_count(&p.bantcc))
            .unwrap_or(0);
        store
            .lang
            .get()
            .tf(T::BantccUnknownTally, &[&n.to_string()])
    });
    // Each letter's hints; they change with the contacts and pains only.
    let hints = Memo::new(move |_| {
        let lang = store.lang.get();
        store
            .with_current(|p| {
                let all = bantcc::hints(p);
                BantccLetter::ALL.map(|l| {
                    all.iter()
                        .filter(|(hl, _)| *hl == l)
                        .map(|(_, h)| hint_text(lang, h))
                        .collect::<Vec<_>>()
                })
            })
            .unwrap_or_default()
    });
    let letters = block(
        "",
        move || {
            let lang = store.lang.get();
            let mut out = String::new();
            hints.with(|hints| {
                store.with_current_untracked(|p| {
                    for (i, l) in BantccLetter::ALL.iter().enumerate() {
                        letter_html(&mut out, lang, i, p.bantcc.item(*l), &hints[i]);
                    }
                })
            });
            out
        },
        move |a| {
            if a.kind == "input" {
                store.edit(|p| apply(p, a))
            }
        },
    );
    fragment(&[
        step_heading(Step::Bantcc, T::BantccIntro),
        tally_view(tally),
        letters,
        deal_inputs(),
    ])
}
