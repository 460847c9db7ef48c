//! The lower sections of the scoring panel: BANTCC chart, red flags with
//! their "fix in …" jumps, Go / No-Go (and the rep's override), customer
//! quadrant, decision styles and call-high / call-wide coverage.

use crate::domain::model::{BantccStatus, GoDecision, GoOverride};
use crate::domain::scoring::{QuadrantPlacement, StyleAdvice, COVERED_ROLES};
use crate::i18n::{flag_text, Label, T};
use crate::ui::controls::{handler, plan_edit, plan_value, tr};
use crate::ui::panel::{Card, Ctx, Items};
use crate::ui::store::use_store;
use leptos::prelude::*;

/// How many BANTCC letters are unknown or at risk, and the chart.
#[component]
pub fn BantccSection(card: Card) -> impl IntoView {
    let summary = |x: &Ctx| {
        let b = &x.c.bantcc;
        let (unknown, risks) = (b.unknown.to_string(), b.risks.to_string());
        x.lang.tf(T::BantccChartSummary, &[&unknown, &risks])
    };
    view! {
        <section class="score-sec">
            <h3>{tr(T::BantccChartHeading)}</h3>
            <p id="score-bantcc">{card.show(summary)}</p>
            <BantccChart card=card />
        </section>
    }
}

/// The bar's length for a status (the track is 140 long).
fn reach(s: BantccStatus) -> usize {
    match s {
        BantccStatus::Unknown => 0,
        BantccStatus::Partial => 70,
        BantccStatus::Confirmed | BantccStatus::Risk => 140,
    }
}

/// One bar per BANTCC letter as inline SVG; the image's label says every
/// letter's status in words.
#[component]
fn BantccChart(card: Card) -> impl IntoView {
    let described = move || {
        let letters = |x: &Ctx| {
            let each = x.c.bantcc.letters.iter().map(|(l, s)| {
                let (letter, status) = (x.lang.t(l.label()), x.lang.t(s.label()));
                format!("{} {letter}: {status}", l.letter())
            });
            each.collect::<Vec<_>>().join("; ")
        };
        card.read(letters).unwrap_or_default()
    };
    // The letters are a fixed array of six: the rows stay, their bars change.
    let letters = move || card.card.with(|c| c.as_ref().map(|c| c.bantcc.letters));
    let store = use_store();
    let row = move |i: usize| {
        let at = move || letters().map(|l| l[i]);
        let letter = move || at().map(|(l, _)| l.letter().to_string());
        let status = move || at().map_or(BantccStatus::Unknown, |(_, s)| s);
        let text = move || store.t(status().label());
        let y = i * 24;
        view! {
            <text x="0" y=(y + 15).to_string() class="letter">{move || letter()}</text>
            <rect x="18" y=(y + 2).to_string() width="140" height="16" rx="3" class="track" />
            <rect
                x="18"
                y=(y + 2).to_string()
                width=move || reach(status()).to_string()
                height="16"
                rx="3"
                class=move || format!("bar {}", status().as_str())
            />
            <text x="166" y=(y + 15).to_string()>{move || text()}</text>
        }
    };
    view! {
        <svg class="bantcc-chart" viewBox="0 0 300 144" role="img" aria-label=described>
            {(0..6).map(row).collect_view()}
        </svg>
    }
}

/// The red flags, each with a button to the step that fixes it (which
/// also closes the panel on a phone).
#[component]
pub fn FlagsSection(card: Card, open: RwSignal<bool>) -> impl IntoView {
    let store = use_store();
    let flags = move |x: &Ctx| {
        let heading = format!("{} ({})", x.lang.t(T::FlagsHeading), x.c.flags.len());
        let none =
            x.c.flags
                .is_empty()
                .then(|| view! { <p class="ok-text">{x.t(T::NoFlags)}</p> });
        let each = x.c.flags.iter().map(|f| {
            let step = f.step;
            let fix = move |_| {
                open.set(false);
                store.go_to(step);
            };
            view! {
                <p class="flag">
                    <span>{flag_text(x.lang, f.kind)}</span>
                    <button type="button" class="small" on:click=handler(fix)>
                        {x.lang.tf(T::FixIn, &[x.lang.t(step.label())])}
                    </button>
                </p>
            }
        });
        view! {
            <h3>{heading}</h3>
            {none}
            {each.collect_view()}
        }
    };
    view! { <section class="score-sec">{card.show(flags)}</section> }
}

/// Go / No-Go: the effective decision, the computed one when overridden,
/// the rules behind it and whether the override still lacks a reason.
#[component]
pub fn VerdictSection(card: Card) -> impl IntoView {
    view! { <section class="score-sec">{card.show(verdict_view)}</section> }
}

fn verdict_view(x: &Ctx) -> impl IntoView {
    let v = &x.c.verdict;
    let effective = v.effective();
    let class = match effective {
        GoDecision::Go => "go-verdict go",
        GoDecision::NoGo => "go-verdict no_go",
        GoDecision::DevelopFirst => "go-verdict develop_first",
    };
    let computed = v.overridden.is_some().then(|| {
        let text = x.lang.tf(T::Computed, &[x.lang.t(v.decision.label())]);
        view! { <p class="muted">{text}</p> }
    });
    let rules = v.rules.iter().map(|r| x.t(r.label())).collect();
    let go_override = x.plan.deal.go_override.as_ref();
    let blank_reason = go_override
        .is_some_and(|o| o.reason.trim().is_empty())
        .then(|| view! { <p class="warn">{x.t(T::OverrideNeedsReason)}</p> });
    view! {
        <h3>{x.t(T::VerdictHeading)}</h3>
        <p class=class id="score-verdict">{x.t(effective.label())}</p>
        {computed}
        <Items list=rules />
        {blank_reason}
    }
}

/// The override's choices: none, then each decision in
/// [`GoDecision::ALL`]'s order (option value = position).
const OVERRIDE_CHOICES: [T; 4] = [
    T::OverrideNone,
    T::DecisionGo,
    T::DecisionNoGo,
    T::DecisionDevelop,
];

/// The rep's override of the Go / No-Go decision, with the written reason
/// (kept in the plan; the reason field shows only with a decision chosen).
#[component]
pub fn OverrideSection() -> impl IntoView {
    // The decision's stored name, "" for none: a text memo (WASM size).
    let decision = plan_value(|p| {
        p.deal
            .go_override
            .as_ref()
            .map_or("", |o| o.decision.as_str())
    });
    let reason = plan_value(|p| {
        let o = p.deal.go_override.as_ref();
        o.map(|o| o.reason.clone()).unwrap_or_default()
    });
    let index = move || {
        let d = decision.get();
        GoDecision::NAMES
            .iter()
            .position(|n| *n == d)
            .map_or(0, |i| i + 1)
    };
    let choose = plan_edit(|p, d: Option<GoDecision>| {
        let reason = p.deal.go_override.take().map(|o| o.reason);
        let reason = reason.unwrap_or_default();
        p.deal.go_override = d.map(|decision| GoOverride { decision, reason });
    });
    let change = move |ev| {
        let i = event_target_value(&ev).parse::<usize>().unwrap_or(0);
        choose.run(
            i.checked_sub(1)
                .and_then(|i| GoDecision::ALL.get(i))
                .copied(),
        );
    };
    let write = plan_edit(|p, text: String| {
        if let Some(o) = p.deal.go_override.as_mut() {
            o.reason = text;
        }
    });
    let options = OVERRIDE_CHOICES.iter().enumerate().map(|(i, t)| {
        view! {
            <option value=i.to_string() selected=move || index() == i>
                {tr(*t)}
            </option>
        }
    });
    view! {
        <section class="score-sec override no-print">
            <div class="field">
                <label for="go-override">{tr(T::OverrideLabel)}</label>
                <select id="go-override" prop:value=move || index().to_string() on:change=handler(change)>
                    {options.collect_view()}
                </select>
            </div>
            <div class="field" class:hidden=move || decision.get().is_empty() id="go-override-reason-field">
                <label for="go-override-reason">{tr(T::OverrideReason)}</label>
                <textarea
                    id="go-override-reason"
                    rows="2"
                    prop:value=reason
                    on:input=handler(move |ev| write.run(event_target_value(&ev)))
                ></textarea>
            </div>
        </section>
    }
}

/// The quadrant's cells, in reading order.
const CELLS: [QuadrantPlacement; 4] = [
    QuadrantPlacement::GoodHigh,
    QuadrantPlacement::GoodLow,
    QuadrantPlacement::PoorHigh,
    QuadrantPlacement::PoorLow,
];

/// The customer quadrant (relationship × business volume) and its advice.
#[component]
pub fn QuadrantSection(card: Card) -> impl IntoView {
    view! { <section class="score-sec no-print">{card.show(quadrant_view)}</section> }
}

fn quadrant_view(x: &Ctx) -> impl IntoView {
    let q = &x.c.quadrant;
    let axes = x.lang.tf(
        T::QuadrantAxes,
        &[x.lang.t(q.relationship.label()), x.lang.t(q.volume.label())],
    );
    let cells = CELLS.iter().map(|c| {
        let on = q.placement == Some(*c);
        view! {
            <li class:on=on aria-current=on.then_some("true")>
                {x.t(c.label())}
            </li>
        }
    });
    let (class, advice) = match q.strategy {
        Some(s) => ("strong", s.label()),
        None => ("muted", T::QuadrantUnplaced),
    };
    view! {
        <h3>{x.t(T::QuadrantHeading)}</h3>
        <p>{axes}</p>
        <ul class="quadrant">{cells.collect_view()}</ul>
        <p class=class id="score-quadrant">{x.t(advice)}</p>
    }
}

/// How to talk to each decision maker, by their decision style.
#[component]
pub fn StyleSection(card: Card) -> impl IntoView {
    let styles = |x: &Ctx| {
        let item = |s: &StyleAdvice| {
            let name = x.plan.contacts.get(s.contact).map_or("", |c| c.name.trim());
            let advice = s.advice.map_or(T::StyleUnknownAdvice, |a| a.label());
            let (style, advice) = (x.lang.t(s.style.label()), x.lang.t(advice));
            format!("{name} · {style}: {advice}")
        };
        let items: Vec<String> = x.c.styles.iter().map(item).collect();
        let body = if items.is_empty() {
            view! { <p class="muted">{x.t(T::StyleNoDecisionMaker)}</p> }.into_any()
        } else {
            view! { <Items list=items /> }.into_any()
        };
        view! {
            <h3>{x.t(T::StyleHeading)}</h3>
            {body}
        }
    };
    view! { <section class="score-sec no-print">{card.show(styles)}</section> }
}

/// Call high and call wide: which buying roles are covered, how many
/// departments, the highest seniority reached.
#[component]
pub fn CoverageSection(card: Card) -> impl IntoView {
    view! { <section class="score-sec no-print">{card.show(coverage_view)}</section> }
}

fn coverage_view(x: &Ctx) -> impl IntoView {
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
    let roles = cov.roles.iter().map(|(r, has)| {
        let (class, mark) = if *has {
            ("ok", T::CoverageCovered)
        } else {
            ("todo", T::CoverageMissing)
        };
        view! {
            <li class=class>
                <span>{x.t(r.label())}</span>
                <span class="mark">{x.t(mark)}</span>
            </li>
        }
    });
    view! {
        <h3>{x.t(T::CoverageHeading)}</h3>
        <p id="score-coverage">{summary}</p>
        <ul class="coverage">{roles.collect_view()}</ul>
    }
}
