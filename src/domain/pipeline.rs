//! The pipeline's arithmetic (issue 13): one row of figures per
//! opportunity, the rolling quarterly forecast against the rep's targets
//! with coverage and gap, and what moved each quarter since a dated
//! snapshot ("rolling" as the articles mean it: 滚动跟踪).
//!
//! Not on a screen yet: the pipeline's screens wait on the size decision
//! (issue 12). Every figure comes from the scoring panel's own
//! [`scorecard`], so the pipeline and the panel can never disagree.

use crate::domain::model::Plan;
use crate::domain::scoring::scorecard;
use crate::domain::stages::{StageKind, StageSet};
use chrono::{Datelike, NaiveDate};

/// The articles' rule: the opportunities being followed should amount to
/// at least three times the target (在跟销售机会至少是销售目标的3倍).
pub const COVERAGE_RULE: f64 = 3.0;

/// A calendar quarter, e.g. 2026 Q4.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Quarter {
    /// The year.
    pub year: i32,
    /// 1–4.
    pub q: u8,
}

impl Quarter {
    /// The quarter `date` falls in.
    pub fn of(date: NaiveDate) -> Quarter {
        Quarter {
            year: date.year(),
            q: (date.month0() / 3 + 1) as u8,
        }
    }

    /// The quarter after this one.
    pub fn next(self) -> Quarter {
        match self.q {
            4 => Quarter {
                year: self.year + 1,
                q: 1,
            },
            q => Quarter { q: q + 1, ..self },
        }
    }

    /// The quarter of `today` and the three after it: the rolling forecast's
    /// horizon.
    pub fn rolling(today: NaiveDate) -> [Quarter; 4] {
        let first = Quarter::of(today);
        let second = first.next();
        let third = second.next();
        [first, second, third, third.next()]
    }
}

/// Where an opportunity stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Standing {
    /// No stage set yet: not weighted.
    Unstaged,
    /// Still being pursued.
    Open,
    /// Won (赢单).
    Won,
    /// Lost (输单): it stays for the win-rate figures.
    Lost,
}

/// One opportunity's figures, as the scoring panel computes them.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The plan's id.
    pub id: String,
    /// The stage counted, as its id: the rep's stage, or the qualification
    /// gate while a deal without a coach is held there.
    pub stage: Option<String>,
    /// Open, won, lost or not staged.
    pub standing: Standing,
    /// The amount, when known.
    pub amount: Option<f64>,
    /// The probability chain's product, once staged.
    pub probability: Option<f64>,
    /// Amount × probability, when both are known.
    pub weighted: Option<f64>,
    /// The quarter of the expected win date, when set.
    pub quarter: Option<Quarter>,
}

/// The pipeline's row for one plan.
pub fn row(plan: &Plan, stages: &StageSet, today: NaiveDate) -> Row {
    let card = scorecard(plan, stages, today);
    let counted = card.coach.held_at.or(card.stage.stage);
    let stage = counted.and_then(|i| stages.get(i));
    Row {
        id: plan.id.clone(),
        stage: stage.map(|s| s.id.clone()),
        standing: match stage.map(|s| s.kind) {
            None => Standing::Unstaged,
            Some(StageKind::Open) => Standing::Open,
            Some(StageKind::Won) => Standing::Won,
            Some(StageKind::Lost) => Standing::Lost,
        },
        amount: plan.opportunity.amount,
        probability: card.probability,
        weighted: card.weighted_amount,
        quarter: plan.opportunity.expected_win_date.map(Quarter::of),
    }
}

/// The pipeline's rows, one per plan, in the plans' order.
pub fn rows(plans: &[Plan], stages: &StageSet, today: NaiveDate) -> Vec<Row> {
    plans.iter().map(|p| row(p, stages, today)).collect()
}

/// One quarter of the rolling forecast.
#[derive(Clone, Debug, PartialEq)]
pub struct QuarterForecast {
    /// The quarter.
    pub quarter: Quarter,
    /// The weighted amounts of the opportunities expected to be won in it
    /// (a won deal counts in full, a lost one not at all).
    pub weighted: f64,
    /// The amounts of its open opportunities, staged or not: the pipeline
    /// behind it.
    pub pipeline: f64,
    /// The opportunities expected in it, won or still open.
    pub deals: usize,
    /// The rep's target for the quarter, when entered.
    pub target: Option<f64>,
}

impl QuarterForecast {
    /// Coverage: the open pipeline ÷ the target (`None` without a
    /// positive target).
    pub fn coverage(&self) -> Option<f64> {
        self.target.filter(|t| *t > 0.0).map(|t| self.pipeline / t)
    }

    /// Whether the pipeline is at least [`COVERAGE_RULE`] times the target.
    pub fn covered(&self) -> Option<bool> {
        self.coverage().map(|c| c >= COVERAGE_RULE)
    }

    /// How far the weighted forecast falls short of the target (0 once it
    /// reaches it).
    pub fn gap(&self) -> Option<f64> {
        self.target.map(|t| (t - self.weighted).max(0.0))
    }
}

/// The rolling forecast: the quarter of `today` and the three after it,
/// each with its target from `targets` (the first entry for a quarter
/// counts).
pub fn forecast(
    rows: &[Row],
    today: NaiveDate,
    targets: &[(Quarter, f64)],
) -> [QuarterForecast; 4] {
    Quarter::rolling(today).map(|quarter| {
        let mut f = QuarterForecast {
            quarter,
            weighted: 0.0,
            pipeline: 0.0,
            deals: 0,
            target: targets.iter().find(|(q, _)| *q == quarter).map(|(_, t)| *t),
        };
        let expected = rows
            .iter()
            .filter(|r| r.quarter == Some(quarter) && r.standing != Standing::Lost);
        for r in expected {
            f.deals += 1;
            f.weighted += r.weighted.unwrap_or(0.0);
            if r.standing != Standing::Won {
                f.pipeline += r.amount.unwrap_or(0.0);
            }
        }
        f
    })
}

/// A dated picture of the pipeline, to show later what moved since.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    /// The day it was taken.
    pub taken: NaiveDate,
    /// The rows as they were.
    pub rows: Vec<Row>,
}

/// Takes a snapshot of `rows` on `today`.
pub fn snapshot(rows: &[Row], today: NaiveDate) -> Snapshot {
    Snapshot {
        taken: today,
        rows: rows.to_vec(),
    }
}

/// Why an opportunity moved a quarter's weighted total.
#[derive(Clone, Debug, PartialEq)]
pub enum Why {
    /// Not in the snapshot: a new opportunity.
    New,
    /// In the snapshot, gone now (its plan was deleted).
    Removed,
    /// Its stage changed (won and lost included).
    Stage {
        /// The stage then, by id.
        from: Option<String>,
        /// The stage now.
        to: Option<String>,
    },
    /// Its expected win date moved to another quarter (or was cleared):
    /// it leaves this quarter.
    SlippedOut {
        /// Where it is expected now.
        to: Option<Quarter>,
    },
    /// Its expected win date moved into this quarter.
    SlippedIn {
        /// Where it was expected.
        from: Option<Quarter>,
    },
    /// Same stage and quarter, a different weighted amount (its amount,
    /// competition or coach changed).
    Reweighted,
}

/// One opportunity's change to one quarter's weighted total.
#[derive(Clone, Debug, PartialEq)]
pub struct Move {
    /// The plan's id.
    pub id: String,
    /// The quarter it changed.
    pub quarter: Quarter,
    /// The change to the quarter's weighted total.
    pub delta: f64,
    /// Why.
    pub why: Why,
}

/// What moved each quarter's weighted total since `before`: per
/// opportunity, in the rows' order, then the removed ones. For every
/// quarter the deltas add up to the total now minus the total then.
pub fn moves(before: &Snapshot, rows: &[Row]) -> Vec<Move> {
    let mut out = Vec::new();
    let mut push = |id: &str, quarter: Option<Quarter>, delta: f64, why: Why| {
        if let Some(quarter) = quarter {
            out.push(Move {
                id: id.to_string(),
                quarter,
                delta,
                why,
            });
        }
    };
    // A weighted amount not known counts as none.
    let weight = |r: &Row| r.weighted.unwrap_or(0.0);
    for now in rows {
        let Some(then) = before.rows.iter().find(|r| r.id == now.id) else {
            if weight(now) != 0.0 {
                push(&now.id, now.quarter, weight(now), Why::New);
            }
            continue;
        };
        let (w_then, w_now) = (weight(then), weight(now));
        if then.quarter != now.quarter {
            if w_then != 0.0 {
                push(
                    &now.id,
                    then.quarter,
                    -w_then,
                    Why::SlippedOut { to: now.quarter },
                );
            }
            if w_now != 0.0 {
                push(
                    &now.id,
                    now.quarter,
                    w_now,
                    Why::SlippedIn { from: then.quarter },
                );
            }
        } else if then.stage != now.stage {
            let why = Why::Stage {
                from: then.stage.clone(),
                to: now.stage.clone(),
            };
            push(&now.id, now.quarter, w_now - w_then, why);
        } else if w_then != w_now {
            push(&now.id, now.quarter, w_now - w_then, Why::Reweighted);
        }
    }
    for then in &before.rows {
        if weight(then) != 0.0 && !rows.iter().any(|r| r.id == then.id) {
            push(&then.id, then.quarter, -weight(then), Why::Removed);
        }
    }
    out
}
