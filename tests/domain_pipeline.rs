//! The pipeline's arithmetic (issue 13): rows from the scoring panel, the
//! rolling quarterly forecast with the articles' 3× coverage rule, and what
//! moved since a snapshot. Every figure is checked by hand in a comment.

use chrono::NaiveDate;
use winplan::domain::model::{BuyingRole, Contact, Plan, StageMode};
use winplan::domain::pipeline::{
    forecast, moves, row, rows, snapshot, Quarter, Standing, Why, COVERAGE_RULE,
};
use winplan::domain::scoring::scorecard;
use winplan::domain::stages::StageSet;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn today() -> NaiveDate {
    day(2024, 5, 13)
}

fn q(year: i32, q: u8) -> Quarter {
    Quarter { year, q }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-6
}

/// A deal at `stage` with a coach and `competitors` named (known), or
/// with competition unknown for `None`.
fn deal(
    id: &str,
    stage: &str,
    amount: f64,
    win: Option<NaiveDate>,
    competitors: Option<usize>,
) -> Plan {
    let mut plan = Plan::new(id, "2024-05-01T08:00:00Z");
    plan.opportunity.amount = Some(amount);
    plan.opportunity.expected_win_date = win;
    plan.contacts = vec![Contact {
        id: "c1".into(),
        name: "陈经理".into(),
        role: BuyingRole::User,
        is_coach: true,
        ..Contact::default()
    }];
    plan.deal.stage_mode = StageMode::Pick;
    plan.deal.picked_stage = Some(stage.into());
    if let Some(n) = competitors {
        plan.deal.competitors_known = true;
        plan.deal.competitors = (1..=n).map(|i| format!("对手 {i}")).collect();
    }
    plan
}

#[test]
fn quarters_of_dates_and_the_rolling_horizon() {
    assert_eq!(Quarter::of(day(2026, 1, 1)), q(2026, 1));
    assert_eq!(Quarter::of(day(2026, 3, 31)), q(2026, 1));
    assert_eq!(Quarter::of(day(2026, 4, 1)), q(2026, 2));
    assert_eq!(Quarter::of(day(2026, 12, 2)), q(2026, 4));
    assert_eq!(
        Quarter::rolling(day(2026, 12, 2)),
        [q(2026, 4), q(2027, 1), q(2027, 2), q(2027, 3)]
    );
}

#[test]
fn a_row_carries_the_panels_own_figures() {
    let set = StageSet::default_set();
    // 方案评估 50% × one competitor's cap 50% = 25%; 200,000 × 25% = 50,000.
    let plan = deal("a", "evaluate", 200_000.0, Some(day(2024, 8, 30)), Some(1));
    let r = row(&plan, &set, today());
    assert_eq!(r.stage.as_deref(), Some("evaluate"));
    assert_eq!(r.standing, Standing::Open);
    assert!(close(r.probability.unwrap(), 0.25));
    assert!(close(r.weighted.unwrap(), 50_000.0));
    assert_eq!(r.quarter, Some(q(2024, 3)));
    let card = scorecard(&plan, &set, today());
    assert_eq!(
        (r.probability, r.weighted),
        (card.probability, card.weighted_amount)
    );
}

#[test]
fn without_a_coach_the_row_counts_the_gate_stage() {
    let set = StageSet::default_set();
    let mut plan = deal("a", "negotiate", 100_000.0, None, Some(0));
    plan.contacts[0].is_coach = false;
    let r = row(&plan, &set, today());
    // Held at 确认需求 (the qualification gate): its 25% × no competitor's 80%.
    assert_eq!(r.stage.as_deref(), Some("confirm"));
    assert!(close(r.probability.unwrap(), 0.2));
    assert_eq!(r.quarter, None);
}

#[test]
fn won_counts_in_full_lost_not_at_all_unstaged_not_weighted() {
    let set = StageSet::default_set();
    let won = row(&deal("w", "won", 100_000.0, None, Some(1)), &set, today());
    assert_eq!(won.standing, Standing::Won);
    assert!(close(won.weighted.unwrap(), 100_000.0));
    let lost = row(&deal("l", "lost", 80_000.0, None, Some(1)), &set, today());
    assert_eq!(lost.standing, Standing::Lost);
    assert!(close(lost.weighted.unwrap(), 0.0));
    let mut plan = deal("u", "evaluate", 50_000.0, None, None);
    plan.deal.picked_stage = None;
    let unstaged = row(&plan, &set, today());
    assert_eq!(
        (unstaged.standing, unstaged.weighted),
        (Standing::Unstaged, None)
    );
}

fn unstaged(id: &str, amount: f64, win: NaiveDate) -> Plan {
    let mut plan = deal(id, "evaluate", amount, Some(win), Some(1));
    plan.deal.picked_stage = None;
    plan
}

fn book() -> Vec<Plan> {
    vec![
        // Q3: 200,000 at 50% × 50% = 50,000, open.
        deal("a", "evaluate", 200_000.0, Some(day(2024, 8, 30)), Some(1)),
        // Q3: won, 100,000 in full.
        deal("b", "won", 100_000.0, Some(day(2024, 7, 10)), Some(1)),
        // Q3: lost, 0.
        deal("c", "lost", 80_000.0, Some(day(2024, 9, 1)), Some(1)),
        // No expected win date: in no quarter.
        deal("d", "evaluate", 90_000.0, None, Some(1)),
        // Q4: not staged yet: in the pipeline, not weighted.
        unstaged("g", 60_000.0, day(2024, 12, 1)),
        // Q4: 300,000 at 75% × no competitor's 80% = 180,000.
        deal(
            "e",
            "negotiate",
            300_000.0,
            Some(day(2024, 11, 15)),
            Some(0),
        ),
    ]
}

#[test]
fn the_rolling_forecast_sums_weighted_amounts_by_quarter_against_targets() {
    let set = StageSet::default_set();
    let rows = rows(&book(), &set, today());
    let targets = [
        (q(2024, 3), 100_000.0),
        (q(2024, 4), 100_000.0),
        (q(2025, 1), 50_000.0),
    ];
    let [q2, q3, q4, q1] = forecast(&rows, today(), &targets);
    assert_eq!(
        [q2.quarter, q3.quarter, q4.quarter, q1.quarter],
        [q(2024, 2), q(2024, 3), q(2024, 4), q(2025, 1)]
    );
    assert_eq!(
        (q2.deals, q2.weighted, q2.target, q2.coverage()),
        (0, 0.0, None, None)
    );
    // Q3: 50,000 + 100,000 weighted (c is lost); only a is open: 200,000
    // of pipeline, twice the target, short of the 3× rule; the target is
    // met.
    assert_eq!(q3.deals, 2);
    assert!(close(q3.weighted, 150_000.0));
    assert!(close(q3.pipeline, 200_000.0));
    assert!(close(q3.coverage().unwrap(), 2.0));
    assert_eq!(q3.covered(), Some(false));
    assert_eq!(q3.gap(), Some(0.0));
    // Q4: 300,000 + 60,000 of pipeline, 3.6× the target, passes the
    // articles' rule; only e is weighted.
    assert_eq!(q4.deals, 2);
    assert!(close(q4.weighted, 180_000.0));
    assert!(close(q4.coverage().unwrap(), 3.6));
    assert!(q4.coverage().unwrap() >= COVERAGE_RULE);
    assert_eq!(q4.covered(), Some(true));
    // 2025 Q1: nothing expected yet, the whole target is the gap.
    assert_eq!((q1.deals, q1.pipeline), (0, 0.0));
    assert_eq!(q1.coverage(), Some(0.0));
    assert_eq!(q1.gap(), Some(50_000.0));
}

#[test]
fn what_moved_since_the_snapshot_adds_up_to_each_quarters_change() {
    let set = StageSet::default_set();
    let then_rows = rows(&book(), &set, today());
    let snap = snapshot(&then_rows, today());
    let mut plans = book();
    fn by_id<'a>(plans: &'a mut [Plan], id: &str) -> &'a mut Plan {
        plans.iter_mut().find(|p| p.id == id).expect("in the book")
    }
    // a moves on to 商务谈判: 200,000 × 75% × 50% = 75,000 (+25,000).
    by_id(&mut plans, "a").deal.picked_stage = Some("negotiate".into());
    // b's amount turns out 120,000: +20,000.
    by_id(&mut plans, "b").opportunity.amount = Some(120_000.0);
    // e slips from Q4 into 2025 Q1.
    by_id(&mut plans, "e").opportunity.expected_win_date = Some(day(2025, 1, 20));
    // g, not staged (weighted 0), slips too: nothing moves.
    by_id(&mut plans, "g").opportunity.expected_win_date = Some(day(2025, 2, 1));
    // c (lost, 0) is deleted: nothing moves.
    plans.retain(|p| p.id != "c");
    // f is new in Q3: 40,000 at 方案评估 50% × 50% = 10,000.
    plans.push(deal(
        "f",
        "evaluate",
        40_000.0,
        Some(day(2024, 9, 20)),
        Some(1),
    ));
    let later = day(2024, 5, 20);
    let now_rows = rows(&plans, &set, later);
    let moved = moves(&snap, &now_rows);
    let summary: Vec<(&str, Quarter, i64, &Why)> = moved
        .iter()
        .map(|m| (m.id.as_str(), m.quarter, m.delta.round() as i64, &m.why))
        .collect();
    let stage = Why::Stage {
        from: Some("evaluate".into()),
        to: Some("negotiate".into()),
    };
    assert_eq!(
        summary,
        vec![
            ("a", q(2024, 3), 25_000, &stage),
            ("b", q(2024, 3), 20_000, &Why::Reweighted),
            (
                "e",
                q(2024, 4),
                -180_000,
                &Why::SlippedOut {
                    to: Some(q(2025, 1))
                }
            ),
            (
                "e",
                q(2025, 1),
                180_000,
                &Why::SlippedIn {
                    from: Some(q(2024, 4))
                }
            ),
            ("f", q(2024, 3), 10_000, &Why::New),
        ]
    );
    let before = forecast(&then_rows, today(), &[]);
    let after = forecast(&now_rows, later, &[]);
    for (b, a) in before.iter().zip(&after) {
        let delta: f64 = moved
            .iter()
            .filter(|m| m.quarter == a.quarter)
            .map(|m| m.delta)
            .sum();
        assert!(close(a.weighted - b.weighted, delta), "{:?}", a.quarter);
    }
}

#[test]
fn a_deleted_deal_leaves_its_quarter() {
    let set = StageSet::default_set();
    let all = rows(&book(), &set, today());
    let snap = snapshot(&all, today());
    let moved = moves(&snap, &all[1..]);
    assert_eq!(moved.len(), 1);
    assert_eq!((moved[0].id.as_str(), moved[0].quarter), ("a", q(2024, 3)));
    assert!(close(moved[0].delta, -50_000.0));
    assert_eq!(moved[0].why, Why::Removed);
    assert!(moves(&snap, &all).is_empty());
}
