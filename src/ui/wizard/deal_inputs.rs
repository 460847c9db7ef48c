//! The deal inputs of the BANTCC step: how the stage is set (pick or
//! derive), the ordered criteria checklist, competitors, business volume,
//! this year's budget and the process length. The scoring panel reads them.
//!
//! The fieldset is HTML text (escaped), rebuilt only when the language or
//! the team's stages change, never while typing; one delegated listener
//! reads what a control edits from its `data-f` attribute.

use crate::domain::model::{lines_from_text, text_from_lines, Deal, StageMode, Tri, Volume};
use crate::domain::stages::{self, StageSet};
use crate::html::{check_field, el, select_field, text_area};
use crate::i18n::{Label, Lang, T};
use crate::ui::block::{block, Act, Node};
use crate::ui::fields::Target;
use crate::ui::panel::stage_name;
use crate::ui::store::use_store;
use leptos::prelude::*;

/// The id of the stage-pick field, hidden in derive mode.
const PICK_ID: &str = "deal-stage-field";

/// Options over a domain enum: the index as value, the label as text.
fn enum_options<E: Label + Copy>(lang: Lang, all: &[E]) -> Vec<(String, &'static str)> {
    all.iter()
        .enumerate()
        .map(|(i, e)| (i.to_string(), lang.t(e.label())))
        .collect()
}

fn index_of<E: PartialEq>(all: &[E], v: &E) -> String {
    all.iter().position(|x| x == v).unwrap_or(0).to_string()
}

fn stage_names(set: &StageSet, lang: Lang) -> Vec<String> {
    set.stages
        .iter()
        .enumerate()
        .map(|(i, s)| format!("{} · {}%", stage_name(set, i, lang), s.win_rate_pct))
        .collect()
}

/// The stage select (names come from the team's stage set).
fn pick_html(out: &mut String, d: &Deal, set: &StageSet, names: &[String], lang: Lang) {
    let mut options = vec![(String::new(), lang.t(T::NoStagePicked))];
    options.extend(
        set.stages
            .iter()
            .zip(names)
            .map(|(s, n)| (s.id.clone(), n.as_str())),
    );
    select_field(
        out,
        "deal-stage",
        lang.t(T::PickedStage),
        r#"data-f="stage""#,
        options,
        d.picked_stage.as_deref().unwrap_or(""),
    );
}

fn deal_html(d: &Deal, set: &StageSet, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let mut out = String::new();
    el(&mut out, "<legend>", lang.t(T::DealHeading), "</legend>");
    el(
        &mut out,
        r#"<p class="hint">"#,
        lang.t(T::DealIntro),
        "</p>",
    );
    select_field(
        &mut out,
        "deal-mode",
        lang.t(T::StageModeLabel),
        r#"data-f="mode""#,
        enum_options(lang, &StageMode::ALL),
        &index_of(&StageMode::ALL, &d.stage_mode),
    );
    // Pick mode: the stage select, only present in pick mode.
    out.push_str(&format!(r#"<div id="{PICK_ID}">"#));
    let names = stage_names(set, lang);
    if d.stage_mode == StageMode::Pick {
        pick_html(&mut out, d, set, &names, lang);
    }
    out.push_str("</div>");
    // The ordered checklist of every stage's criteria (ticked ones are read
    // in both modes: derive sets the stage, pick shows the support).
    el(
        &mut out,
        r#"<fieldset class="criteria"><legend>"#,
        lang.t(T::CriteriaLegend),
        "</legend>",
    );
    for (s, name) in set.stages.iter().zip(&names) {
        el(&mut out, r#"<p class="label">"#, name, "</p>");
        out.push_str(r#"<ul class="checks-list">"#);
        for c in &s.criteria {
            let mut id = String::new();
            crate::html::escape(&mut id, &c.id);
            check_field(
                &mut out,
                "li",
                &format!("crit-{id}"),
                c.text.get(zh),
                stages::is_ticked(&d.ticked, &c.id),
                &format!(r#"data-f="tick" data-c="{id}""#),
            );
        }
        out.push_str("</ul>");
    }
    out.push_str(r#"</fieldset><div class="row">"#);
    text_area(
        &mut out,
        "deal-competitors",
        lang.t(T::CompetitorsLabel),
        Some(lang.t(T::OnePerLine)),
        &text_from_lines(&d.competitors),
        r#"data-f="competitors""#,
    );
    out.push_str("<div>");
    for (id, f, label, on) in [
        (
            "deal-competitors-known",
            "known",
            T::CompetitorsKnown,
            d.competitors_known,
        ),
        (
            "deal-procurement-longer",
            "longer",
            T::ProcurementLongerLabel,
            d.procurement_longer_than_planned,
        ),
    ] {
        check_field(
            &mut out,
            "div",
            id,
            lang.t(label),
            on,
            &format!(r#"data-f="{f}""#),
        );
    }
    out.push_str(r#"</div></div><div class="row">"#);
    select_field(
        &mut out,
        "deal-budget-year",
        lang.t(T::BudgetThisYearLabel),
        r#"data-f="budget""#,
        enum_options(lang, &Tri::ALL),
        &index_of(&Tri::ALL, &d.budget_this_year),
    );
    select_field(
        &mut out,
        "deal-volume",
        lang.t(T::VolumeLabel),
        r#"data-f="volume""#,
        enum_options(lang, &Volume::ALL),
        &index_of(&Volume::ALL, &d.business_volume),
    );
    out.push_str("</div>");
    out
}

/// Applies the edit of the control `t` to the deal.
fn apply(d: &mut Deal, t: &Target) {
    let f = t.data("f");
    let v = t.value();
    let i: usize = v.parse().unwrap_or(0);
    match f.as_str() {
        "mode" => d.stage_mode = StageMode::ALL.get(i).copied().unwrap_or_default(),
        "stage" => d.picked_stage = (!v.is_empty()).then_some(v),
        "tick" => {
            let id = t.data("c");
            d.ticked.retain(|x| *x != id);
            if t.checked() {
                d.ticked.push(id);
            }
        }
        "competitors" => d.competitors = lines_from_text(&v),
        "known" => d.competitors_known = t.checked(),
        "longer" => d.procurement_longer_than_planned = t.checked(),
        "budget" => d.budget_this_year = Tri::ALL.get(i).copied().unwrap_or_default(),
        "volume" => d.business_volume = Volume::ALL.get(i).copied().unwrap_or_default(),
        _ => {}
    }
}

/// The deal fieldset.
pub fn deal_inputs() -> Node {
    let store = use_store();
    let html = move || {
        let lang = store.lang.get();
        let set = store.stages.read();
        store
            .with_current_untracked(|p| deal_html(&p.deal, &set, lang))
            .unwrap_or_default()
    };
    let on_input = move |a: &Act| {
        let Some(t) = Target::of(&a.ev, "f").filter(|_| a.kind == "input") else {
            return;
        };
        store.edit(|p| apply(&mut p.deal, &t));
        if t.data("f") == "mode" {
            // Show or drop the stage select without rebuilding the rest.
            let lang = store.lang.get_untracked();
            let mut out = String::new();
            store.stages.with_untracked(|set| {
                store.with_current_untracked(|p| {
                    if p.deal.stage_mode == StageMode::Pick {
                        pick_html(&mut out, &p.deal, set, &stage_names(set, lang), lang);
                    }
                })
            });
            if let Some(e) = document().get_element_by_id(PICK_ID) {
                e.set_inner_html(&out);
            }
        }
    };
    let fieldset = move || {
        format!(
            r#"<fieldset class="deal" id="deal" data-act="deal">{}</fieldset>"#,
            html()
        )
    };
    block("", fieldset, on_input)
}
