//! The stage settings' markup (HTML text, escaped): every stage with its
//! names, win rate and criteria, the add/remove buttons, and the
//! qualification gate. Each control says what it edits with `data-f`
//! (field), `data-i` (stage) and `data-k` (criterion); each button its
//! action with `data-a`.

use crate::domain::stages::{StageKind, StageSet, MAX_CRITERIA, MAX_STAGES};
use crate::html::{self, el, field_open, option, text_field};
use crate::i18n::{Label, Lang, T};

fn button(out: &mut String, class: &str, data: &str, text: &str) {
    html::button(out, &format!(r#"class="{class}" {data}"#), text);
}

/// The stages, the add button and the gate as HTML.
pub(super) fn stages_html(set: &StageSet, lang: Lang) -> String {
    let zh = lang == Lang::Zh;
    let open_count = set
        .stages
        .iter()
        .filter(|s| s.kind == StageKind::Open)
        .count();
    let mut out = String::new();
    for (i, s) in set.stages.iter().enumerate() {
        let number = lang.tf(T::StageNumber, &[&(i + 1).to_string()]);
        el(
            &mut out,
            r#"<fieldset class="stage-edit"><legend>"#,
            &format!("{number} · {}", lang.t(s.kind.label())),
            r#"</legend><div class="row three">"#,
        );
        let at = format!(r#"data-i="{i}""#);
        for (f, label, value) in [("zh", T::NameZh, &s.name.zh), ("en", T::NameEn, &s.name.en)] {
            text_field(
                &mut out,
                &format!("stage-{i}-{f}"),
                lang.t(label),
                value,
                &format!(r#"type="text" data-f="{f}" {at}"#),
            );
        }
        text_field(
            &mut out,
            &format!("stage-{i}-rate"),
            lang.t(T::WinRatePct),
            &s.win_rate_pct.to_string(),
            &format!(
                r#"type="number" min="0" max="100" step="1" inputmode="numeric" data-f="rate" {at}"#
            ),
        );
        out.push_str("</div>");
        for (k, c) in s.criteria.iter().enumerate() {
            let n = (k + 1).to_string();
            let at = format!(r#"{at} data-k="{k}""#);
            out.push_str(r#"<div class="row three crit">"#);
            for (f, label, value) in [
                ("czh", T::CriterionZh, &c.text.zh),
                ("cen", T::CriterionEn, &c.text.en),
            ] {
                text_field(
                    &mut out,
                    &format!("stage-{i}-c{k}-{}", &f[1..]),
                    &lang.tf(label, &[&n]),
                    value,
                    &format!(r#"type="text" data-f="{f}" {at}"#),
                );
            }
            button(
                &mut out,
                "small danger",
                &format!(r#"id="stage-{i}-c{k}-remove" data-a="rm-crit" {at}"#),
                &lang.tf(T::RemoveCriterion, &[&n]),
            );
            out.push_str("</div>");
        }
        out.push_str(r#"<div class="actions">"#);
        if s.criteria.len() < MAX_CRITERIA {
            button(
                &mut out,
                "small",
                &format!(r#"id="stage-{i}-add-crit" data-a="add-crit" {at}"#),
                lang.t(T::AddCriterion),
            );
        }
        if s.kind == StageKind::Open && open_count > 1 {
            button(
                &mut out,
                "small danger",
                &format!(r#"id="stage-{i}-remove" data-a="rm-stage" {at}"#),
                lang.t(T::RemoveStage),
            );
        }
        out.push_str("</div></fieldset>");
    }
    out.push_str(r#"<div class="actions">"#);
    let full = if set.stages.len() >= MAX_STAGES {
        " disabled"
    } else {
        ""
    };
    button(
        &mut out,
        "",
        &format!(r#"id="add-stage" data-a="add-stage"{full}"#),
        lang.t(T::AddStage),
    );
    el(
        &mut out,
        r#"<span class="hint">"#,
        lang.t(T::MaxStagesNote),
        "</span></div>",
    );
    field_open(&mut out, "stage-gate", lang.t(T::GateLabel));
    out.push_str(r#"<select id="stage-gate" data-f="gate">"#);
    for s in set.stages.iter().filter(|s| s.kind == StageKind::Open) {
        option(
            &mut out,
            &s.id,
            s.name.get(zh),
            s.id == set.qualification_gate,
        );
    }
    out.push_str("</select></div>");
    out
}
