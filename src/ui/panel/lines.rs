//! The scoring panel's first sections: the stage and its weight, the
//! probability chain with the weighted amount, and the coach and
//! competition.

use crate::domain::scoring::{weighted_text, CoachEffect, FactorKind, StageWarning};
use crate::i18n::{Label, T};
use crate::ui::panel::{pct, Card, Ctx, Figure, Items};
use leptos::either::Either;
use leptos::prelude::*;

/// The stage (derived or picked), its win rate, any warning, the criteria
/// that support it and what the next stage still needs.
#[component]
pub fn StageSection(card: Card) -> impl IntoView {
    view! { <section class="score-sec">{card.show(stage_view)}</section> }
}

fn stage_view(x: &Ctx) -> impl IntoView {
    let r = &x.c.stage;
    let name = r.stage.map_or_else(|| x.t(T::StageNotSet), |i| x.stage(i));
    let rate = r.stage.and_then(|i| Some((i, x.set.get(i)?.win_rate())));
    let figure = rate.map(|(i, rate)| {
        let label = x.lang.tf(T::FactorStage, &[&x.stage(i)]);
        view! { <Figure label=label value=pct(rate) id="score-stage-rate" /> }
    });
    let warning = r.warning.map(|w| match w {
        StageWarning::NotSet => x.t(T::WarnNotSet),
        StageWarning::UnknownStage => x.t(T::WarnUnknownStage),
        StageWarning::NoSupportingCriterion => x.t(T::WarnNoSupport),
        StageWarning::TickedAhead { incomplete } => {
            x.lang.tf(T::WarnTickedAhead, &[&x.stage(incomplete)])
        }
    });
    let supported = r
        .stage
        .filter(|_| !r.supporting.is_empty())
        .map(|i| (x.t(T::SupportedBy), x.criteria(i, &r.supporting)));
    let next = r.next.as_ref().filter(|n| !n.missing.is_empty()).map(|n| {
        let label = x.lang.tf(T::NextStageNeeds, &[&x.stage(n.stage)]);
        (label, x.criteria(n.stage, &n.missing))
    });
    let labelled = |(label, list): (String, Vec<String>)| {
        view! {
            <p class="label">{label}</p>
            <Items list=list />
        }
    };
    view! {
        <h3>{x.t(T::StageWeight)}</h3>
        <p class="strong" id="score-stage">{name}</p>
        {figure}
        <p class="muted">{x.t(r.mode.label())}</p>
        {warning.map(|w| view! { <p class="warn" id="score-stage-warning">{w}</p> })}
        {supported.map(labelled)}
        {next.map(labelled)}
    }
}

/// The probability as a chain of factors, the result and the weighted
/// amount; without a stage, why there is no probability.
#[component]
pub fn ChainSection(card: Card) -> impl IntoView {
    view! { <section class="score-sec">{card.show(chain_view)}</section> }
}

fn chain_view(x: &Ctx) -> impl IntoView {
    let heading = x.t(T::ChainHeading);
    let Some(p) = x.c.probability else {
        return Either::Left(view! {
            <h3>{heading}</h3>
            <p class="muted" id="score-no-probability">{x.t(T::ChainNoStage)}</p>
        });
    };
    let factors = x.c.chain.iter().map(|f| {
        let text = factor_text(x, f.kind);
        view! {
            <li>
                <span>{text}</span>
                <strong>{pct(f.value)}</strong>
            </li>
        }
    });
    let o = &x.plan.opportunity;
    let typed = o.amount_field();
    let weighted = match (o.amount, x.c.weighted_amount) {
        (Some(a), Some(_)) => format!("{} {}", weighted_text(a, p), o.currency),
        (None, _) if !typed.trim().is_empty() => typed + x.lang.t(T::AmountNotCounted),
        _ => x.t(T::WeightedNoAmount),
    };
    Either::Right(view! {
        <h3>{heading}</h3>
        <ol class="chain">{factors.collect_view()}</ol>
        <Figure label=x.t(T::Probability) value=pct(p) id="score-probability" />
        <p class="label">{x.t(T::WeightedAmount)}</p>
        <p id="score-weighted">{weighted}</p>
    })
}

/// What one factor of the chain is.
fn factor_text(x: &Ctx, kind: FactorKind) -> String {
    match kind {
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
    }
}

/// The coach and the qualification gate, then the competition with the
/// named competitors.
#[component]
pub fn CoachSection(card: Card) -> impl IntoView {
    view! { <section class="score-sec">{card.show(coach_view)}</section> }
}

fn coach_view(x: &Ctx) -> impl IntoView {
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
        CoachEffect::Counted { without_coach } => {
            let name = coach.map_or("", |c| c.name.trim());
            let text = match without_coach {
                Some(p) => x.lang.tf(T::CoachCounted, &[name, &gate, &pct(p)]),
                None => x.lang.tf(T::CoachCountedAtGate, &[name, &gate]),
            };
            ("", text)
        }
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
    let names = (comp.known && comp.named > 0).then(|| {
        let named = x.plan.deal.competitors.iter();
        let list = named.filter(|n| !n.trim().is_empty()).cloned().collect();
        view! { <Items list=list /> }
    });
    view! {
        <h3>{x.t(T::CoachHeading)}</h3>
        <p class=class id="score-coach">{text}</p>
        <h3>{x.t(T::CompetitionHeading)}</h3>
        <p>{competition}</p>
        {names}
    }
}
