//! The panel's arithmetic adds up by hand (issue 11): every chain the
//! scoring panel prints is read back from its text and re-multiplied; the
//! product of the printed factors gives the printed probability, and the
//! printed amount times the printed probability gives the printed weighted
//! amount, within the last digit shown.

use chrono::NaiveDate;
use proptest::prelude::*;
use winplan::domain::model::{BuyingRole, Contact, Plan, StageMode};
use winplan::domain::scoring::{percent_text, scorecard, weighted_text};
use winplan::domain::stages::StageSet;

/// A printed percentage ("33.3%") as a fraction, and the half unit of its
/// last digit.
fn read_pct(text: &str) -> (f64, f64) {
    let digits = text.strip_suffix('%').expect("ends in %");
    let decimals = digits.split('.').nth(1).map_or(0, str::len) as i32;
    let value: f64 = digits.parse().expect("a number");
    (value / 100.0, 0.5 * 10f64.powi(-decimals) / 100.0)
}

/// A printed amount ("1,200,000" or "102.47") and the half unit of its
/// last digit.
fn read_amount(text: &str) -> (f64, f64) {
    let digits = text.replace(',', "");
    let decimals = digits.split('.').nth(1).map_or(0, str::len) as i32;
    (
        digits.parse().expect("a number"),
        0.5 * 10f64.powi(-decimals),
    )
}

/// A deal at `stage` of the shipped set with `competitors` named rivals,
/// with or without a coach, worth `amount`.
fn deal(stage: &str, competitors: usize, known: bool, coach: bool, amount: Option<f64>) -> Plan {
    let mut plan = Plan::new("p1", "2026-12-01T08:00:00Z");
    plan.opportunity.amount = amount;
    plan.contacts = vec![Contact {
        id: "c1".into(),
        name: "王经理".into(),
        role: BuyingRole::User,
        is_coach: coach,
        ..Contact::default()
    }];
    plan.deal.stage_mode = StageMode::Pick;
    plan.deal.picked_stage = Some(stage.into());
    plan.deal.competitors = (0..competitors).map(|i| format!("对手 {i}")).collect();
    plan.deal.competitors_known = known;
    plan
}

/// Formats the plan's chain as the panel does and checks it by hand;
/// returns the printed probability and weighted line.
fn check_by_hand(plan: &Plan) -> (String, Option<String>) {
    let today = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
    let card = scorecard(plan, &StageSet::default_set(), today);
    let p = card.probability.expect("a stage is set");
    let printed: Vec<String> = card.chain.iter().map(|f| percent_text(f.value)).collect();
    let shown = percent_text(p);
    let product: f64 = printed.iter().map(|t| read_pct(t).0).product();
    let (value, half) = read_pct(&shown);
    assert!(
        (product - value).abs() <= half + 1e-12,
        "{} → {product}, printed {shown}",
        printed.join(" × ")
    );
    let line = plan.opportunity.amount.map(|a| {
        let line = weighted_text(a, p);
        let parts: Vec<&str> = line
            .split([' ', '×', '='])
            .filter(|s| !s.is_empty())
            .collect();
        let [amount, pct, result] = parts[..] else {
            panic!("unexpected line {line}");
        };
        let (a, _) = read_amount(amount);
        let (q, _) = read_pct(pct);
        let (w, half) = read_amount(result);
        assert!(
            (a * q - w).abs() <= half + 1e-6 * w.abs().max(1.0),
            "{line}"
        );
        assert_eq!(pct, shown, "the weighted line uses the shown probability");
        line
    });
    (shown, line)
}

#[test]
fn the_articles_cases_multiply_out() {
    // Two competitors at 确认需求 (25%): 25% × 33.3% = 8.3%, not 8%; and
    // 480,000 × 8.3% = 39,840 (the old panel printed 8% and 40,000).
    let plan = deal("confirm", 2, true, true, Some(480_000.0));
    let (p, line) = check_by_hand(&plan);
    assert_eq!(p, "8.3%");
    assert_eq!(line.as_deref(), Some("480,000 × 8.3% = 39,840"));
    // 方案评估 (50%) with two competitors: 50% × 33.3% = 16.7%, and
    // 1,200,000 × 16.7% = 200,400 (the old panel: 17% and 200,000).
    let plan = deal("evaluate", 2, true, true, Some(1_200_000.0));
    let (p, line) = check_by_hand(&plan);
    assert_eq!(p, "16.7%");
    assert_eq!(line.as_deref(), Some("1,200,000 × 16.7% = 200,400"));
    // No coach beyond the gate: held at 25%, one competitor assumed: 12.5%.
    let plan = deal("negotiate", 0, false, false, Some(200_000.0));
    let (p, line) = check_by_hand(&plan);
    assert_eq!(p, "12.5%");
    assert_eq!(line.as_deref(), Some("200,000 × 12.5% = 25,000"));
    // Known, no competitor: at most 80%; 75% × 80% = 60%.
    let (p, _) = check_by_hand(&deal("negotiate", 0, true, true, None));
    assert_eq!(p, "60%");
}

proptest! {
    #[test]
    fn every_chain_multiplies_out(
        stage in prop::sample::select(vec!["discover", "confirm", "evaluate", "negotiate", "won", "lost"]),
        competitors in 0usize..9,
        known: bool,
        coach: bool,
        cents in prop::option::of(0u64..100_000_000_000),
    ) {
        let amount = cents.map(|c| c as f64 / 100.0);
        check_by_hand(&deal(stage, competitors, known, coach, amount));
    }
}
