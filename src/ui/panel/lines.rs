//! The scoring panel's first sections: the stage and its weight, the
//! probability chain with the weighted amount, and the coach and
//! competition. Each is a plain function from the scorecard to lines.

use crate::domain::format::format_amount;
use crate::domain::scoring::{CoachEffect, FactorKind, StageWarning};
use crate::html::Line;
use crate::i18n::{Label, T};
use crate::ui::panel::{pct, Ctx};

pub(super) fn stage_lines(x: &Ctx) -> Vec<Line> {
    let r = &x.c.stage;
    let name = r.stage.map_or_else(|| x.t(T::StageNotSet), |i| x.stage(i));
    let rate = r
        .stage
        .and_then(|i| x.set.get(i))
        .map(|s| pct(s.win_rate()));
    let mut out = vec![
        Line::Heading(x.t(T::StageWeight)),
        Line::Text("strong", "score-stage", name),
        Line::Text("muted", "", x.t(r.mode.label())),
    ];
    if let (Some(i), Some(rate)) = (r.stage, rate) {
        out.insert(
            2,
            Line::Figure(
                x.lang.tf(T::FactorStage, &[&x.stage(i)]),
                rate,
                "score-stage-rate",
            ),
        );
    }
    if let Some(w) = r.warning {
        let text = match w {
            StageWarning::NotSet => x.t(T::WarnNotSet),
            StageWarning::UnknownStage => x.t(T::WarnUnknownStage),
            StageWarning::NoSupportingCriterion => x.t(T::WarnNoSupport),
            StageWarning::TickedAhead { incomplete } => {
                x.lang.tf(T::WarnTickedAhead, &[&x.stage(incomplete)])
            }
        };
        out.push(Line::Text("warn", "score-stage-warning", text));
    }
    if let Some(i) = r.stage.filter(|_| !r.supporting.is_empty()) {
        out.push(Line::Text("label", "", x.t(T::SupportedBy)));
        out.push(Line::List(x.criteria(i, &r.supporting)));
    }
    if let Some(n) = r.next.as_ref().filter(|n| !n.missing.is_empty()) {
        out.push(Line::Text(
            "label",
            "",
            x.lang.tf(T::NextStageNeeds, &[&x.stage(n.stage)]),
        ));
        out.push(Line::List(x.criteria(n.stage, &n.missing)));
    }
    out
}

pub(super) fn chain_lines(x: &Ctx) -> Vec<Line> {
    let Some(p) = x.c.probability else {
        return vec![
            Line::Heading(x.t(T::ChainHeading)),
            Line::Text("muted", "score-no-probability", x.t(T::ChainNoStage)),
        ];
    };
    let factors = x
        .c
        .chain
        .iter()
        .map(|f| {
            let text = match f.kind {
                FactorKind::StageRate { stage } => x.lang.tf(T::FactorStage, &[&x.stage(stage)]),
                FactorKind::HeldAtGate { stage, instead_of } => x
                    .lang
                    .tf(T::FactorHeld, &[&x.stage(stage), &x.stage(instead_of)]),
                FactorKind::CompetitionCap {
                    competitors,
                    assumed,
                } => {
                    let mut t = if competitors == 0 {
                        x.t(T::FactorCapNone)
                    } else {
                        x.lang.tf(T::FactorCap, &[&competitors.to_string()])
                    };
                    if assumed {
                        t.push_str(x.lang.t(T::FactorAssumed));
                    }
                    t
                }
            };
            (text, pct(f.value))
        })
        .collect();
    let o = &x.plan.opportunity;
    let weighted = match (o.amount, x.c.weighted_amount) {
        (Some(a), Some(w)) => format!(
            "{} × {} = {} {}",
            format_amount(a),
            pct(p),
            format_amount(w),
            o.currency
        ),
        _ => x.t(T::WeightedNoAmount),
    };
    vec![
        Line::Heading(x.t(T::ChainHeading)),
        Line::Chain(factors),
        Line::Figure(x.t(T::Probability), pct(p), "score-probability"),
        Line::Text("label", "", x.t(T::WeightedAmount)),
        Line::Text("", "score-weighted", weighted),
    ]
}

pub(super) fn coach_lines(x: &Ctx) -> Vec<Line> {
    let gate =
        x.c.coach
            .held_at
            .or(x.c.coach.gate)
            .map(|g| x.stage(g))
            .unwrap_or_default();
    let coach = x.c.coach.coach.and_then(|i| x.plan.contacts.get(i));
    let (class, text) = match x.c.coach.effect {
        CoachEffect::NotApplicable => ("muted", x.t(T::CoachNotApplicable)),
        CoachEffect::Held { with_coach } => {
            ("warn", x.lang.tf(T::CoachHeld, &[&gate, &pct(with_coach)]))
        }
        CoachEffect::BlocksBeyondGate => ("warn", x.lang.tf(T::CoachBlocks, &[&gate])),
        CoachEffect::Counted { without_coach } => (
            "",
            x.lang.tf(
                T::CoachCounted,
                &[coach.map_or("", |c| c.name.trim()), &pct(without_coach)],
            ),
        ),
    };
    let comp = &x.c.competition;
    let competition = if !comp.known {
        x.t(T::CompetitionUnknown)
    } else if comp.named == 0 {
        x.t(T::CompetitionNone)
    } else {
        x.lang.tf(
            T::CompetitionNamed,
            &[&comp.named.to_string(), &pct(comp.factor)],
        )
    };
    let mut out = vec![
        Line::Heading(x.t(T::CoachHeading)),
        Line::Text(class, "score-coach", text),
        Line::Heading(x.t(T::CompetitionHeading)),
        Line::Text("", "", competition),
    ];
    if comp.known && comp.named > 0 {
        let names = x
            .plan
            .deal
            .competitors
            .iter()
            .filter(|n| !n.trim().is_empty())
            .cloned();
        out.push(Line::List(names.collect()));
    }
    out
}
