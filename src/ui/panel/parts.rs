//! The lower sections of the scoring panel as lines: BANTCC chart, red
//! flags, Go / No-Go (and the rep's override control), customer quadrant,
//! decision styles and call-high / call-wide coverage.

use crate::domain::model::{GoDecision, GoOverride};
use crate::domain::scoring::{QuadrantPlacement, COVERED_ROLES};
use crate::html::{el, select_field, Line};
use crate::i18n::{flag_text, Label, T};
use crate::ui::block::{block, Act, Node};
use crate::ui::panel::Ctx;
use crate::ui::store::use_store;
use leptos::prelude::*;

pub(super) fn bantcc_lines(x: &Ctx) -> Vec<Line> {
    let b = &x.c.bantcc;
    let bars = b
        .letters
        .iter()
        .map(|(l, s)| (l.letter(), *s, x.t(s.label())))
        .collect();
    let described = b
        .letters
        .iter()
        .map(|(l, s)| {
            format!(
                "{} {}: {}",
                l.letter(),
                x.lang.t(l.label()),
                x.lang.t(s.label())
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    vec![
        Line::Heading(x.t(T::BantccChartHeading)),
        Line::Text(
            "",
            "score-bantcc",
            x.lang.tf(
                T::BantccChartSummary,
                &[&b.unknown.to_string(), &b.risks.to_string()],
            ),
        ),
        Line::Chart(bars, described),
    ]
}

pub(super) fn flag_lines(x: &Ctx) -> Vec<Line> {
    let flags = &x.c.flags;
    let mut out = vec![Line::Heading(format!(
        "{} ({})",
        x.lang.t(T::FlagsHeading),
        flags.len()
    ))];
    if flags.is_empty() {
        out.push(Line::Text("ok-text", "", x.t(T::NoFlags)));
    }
    out.extend(flags.iter().map(|f| {
        let button = x.lang.tf(T::FixIn, &[x.lang.t(f.step.label())]);
        Line::Fix(flag_text(x.lang, f.kind), f.step, button)
    }));
    out
}

pub(super) fn verdict_lines(x: &Ctx) -> Vec<Line> {
    let v = &x.c.verdict;
    let effective = v.effective();
    let class = match effective {
        GoDecision::Go => "go-verdict go",
        GoDecision::NoGo => "go-verdict no_go",
        GoDecision::DevelopFirst => "go-verdict develop_first",
    };
    let mut out = vec![
        Line::Heading(x.t(T::VerdictHeading)),
        Line::Text(class, "score-verdict", x.t(effective.label())),
    ];
    if v.overridden.is_some() {
        out.push(Line::Text(
            "muted",
            "",
            x.lang.tf(T::Computed, &[x.lang.t(v.decision.label())]),
        ));
    }
    out.push(Line::List(v.rules.iter().map(|r| x.t(r.label())).collect()));
    let blank_reason = x
        .plan
        .deal
        .go_override
        .as_ref()
        .is_some_and(|o| o.reason.trim().is_empty());
    if blank_reason {
        out.push(Line::Text("warn", "", x.t(T::OverrideNeedsReason)));
    }
    out
}

const OVERRIDE_CHOICES: [T; 4] = [
    T::OverrideNone,
    T::DecisionGo,
    T::DecisionNoGo,
    T::DecisionDevelop,
];

/// The rep's override of the Go / No-Go decision, with the written reason
/// (kept in the plan). HTML text rebuilt only on a language switch, from
/// the plan: typing never rebuilds it.
pub fn override_control() -> Node {
    let store = use_store();
    let html = move || {
        let lang = store.lang.get();
        let o = store
            .with_current_untracked(|p| p.deal.go_override.clone())
            .flatten();
        let selected = o
            .as_ref()
            .and_then(|o| GoDecision::ALL.iter().position(|x| *x == o.decision))
            .map_or(0, |i| i + 1)
            .to_string();
        let mut out = String::new();
        select_field(
            &mut out,
            "go-override",
            lang.t(T::OverrideLabel),
            r#"data-act="decision""#,
            OVERRIDE_CHOICES
                .iter()
                .enumerate()
                .map(|(i, t)| (i.to_string(), lang.t(*t))),
            &selected,
        );
        let hidden = if o.is_none() { " hidden" } else { "" };
        out.push_str(&format!(
            r#"<div class="field{hidden}" id="{REASON_FIELD}">"#
        ));
        el(
            &mut out,
            r#"<label for="go-override-reason">"#,
            lang.t(T::OverrideReason),
            "</label>",
        );
        el(
            &mut out,
            "<textarea id=\"go-override-reason\" rows=\"2\" data-act=\"reason\">\n",
            &o.map(|o| o.reason).unwrap_or_default(),
            "</textarea></div>",
        );
        out
    };
    let on_input = move |a: &Act| {
        if a.kind != "input" {
            return;
        }
        let text = a.el.value();
        if a.name != "decision" {
            store.edit(|p| {
                if let Some(o) = p.deal.go_override.as_mut() {
                    o.reason = text;
                }
            });
            return;
        }
        let d = text
            .parse::<usize>()
            .unwrap_or(0)
            .checked_sub(1)
            .and_then(|i| GoDecision::ALL.get(i))
            .copied();
        if let Some(e) = document().get_element_by_id(REASON_FIELD) {
            e.set_class_name(if d.is_some() { "field" } else { "field hidden" });
        }
        store.edit(|p| {
            let reason = p
                .deal
                .go_override
                .take()
                .map(|o| o.reason)
                .unwrap_or_default();
            p.deal.go_override = d.map(|decision| GoOverride { decision, reason });
        });
    };
    block("", html, on_input)
}

const REASON_FIELD: &str = "go-override-reason-field";

const CELLS: [QuadrantPlacement; 4] = [
    QuadrantPlacement::GoodHigh,
    QuadrantPlacement::GoodLow,
    QuadrantPlacement::PoorHigh,
    QuadrantPlacement::PoorLow,
];

pub(super) fn quadrant_lines(x: &Ctx) -> Vec<Line> {
    let q = &x.c.quadrant;
    let axes = x.lang.tf(
        T::QuadrantAxes,
        &[x.lang.t(q.relationship.label()), x.lang.t(q.volume.label())],
    );
    let cells = CELLS
        .iter()
        .map(|c| (x.t(c.label()), q.placement == Some(*c)))
        .collect();
    let (class, advice) = match q.strategy {
        Some(s) => ("strong", s.label()),
        None => ("muted", T::QuadrantUnplaced),
    };
    vec![
        Line::Heading(x.t(T::QuadrantHeading)),
        Line::Text("", "", axes),
        Line::Cells(cells),
        Line::Text(class, "score-quadrant", x.t(advice)),
    ]
}

pub(super) fn style_lines(x: &Ctx) -> Vec<Line> {
    let items: Vec<String> =
        x.c.styles
            .iter()
            .map(|s| {
                let name = x.plan.contacts.get(s.contact).map_or("", |c| c.name.trim());
                let advice = s.advice.map_or(T::StyleUnknownAdvice, |a| a.label());
                format!(
                    "{name} · {}: {}",
                    x.lang.t(s.style.label()),
                    x.lang.t(advice)
                )
            })
            .collect();
    let body = if items.is_empty() {
        Line::Text("muted", "", x.t(T::StyleNoDecisionMaker))
    } else {
        Line::List(items)
    };
    vec![Line::Heading(x.t(T::StyleHeading)), body]
}

pub(super) fn coverage_lines(x: &Ctx) -> Vec<Line> {
    let cov = &x.c.coverage;
    let summary = x.lang.tf(
        T::CoverageSummary,
        &[
            &cov.covered().to_string(),
            &COVERED_ROLES.len().to_string(),
            &cov.departments.to_string(),
            x.lang.t(cov.highest.label()),
        ],
    );
    let roles = cov
        .roles
        .iter()
        .map(|(r, has)| {
            let mark = if *has {
                T::CoverageCovered
            } else {
                T::CoverageMissing
            };
            (x.t(r.label()), x.t(mark), *has)
        })
        .collect();
    vec![
        Line::Heading(x.t(T::CoverageHeading)),
        Line::Text("", "score-coverage", summary),
        Line::Marked(roles),
    ]
}
