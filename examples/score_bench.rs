//! Times the scoring panel: recomputing the scorecard after a keystroke on a
//! plan with 50 contacts and 50 pains. Target: under 2 ms in the core.
//!
//! Run: `cargo run --release --example score_bench` (optional argument: the
//! number of timed runs, default 20,000). Prints the mean time per run.

use std::hint::black_box;
use std::time::Instant;

use chrono::NaiveDate;
use winplan::domain::model::{
    BuyingRole, Contact, Deal, DecisionStyle, Pain, Plan, Relationship, Seniority, StageMode, Tri,
    Volume,
};
use winplan::domain::scoring::scorecard;
use winplan::domain::stages::StageSet;

const CONTACTS: usize = 50;
const PAINS: usize = 50;
const DEFAULT_RUNS: u32 = 20_000;
const WARM_UP: u32 = 1_000;

fn large_plan(set: &StageSet) -> Plan {
    let roles = BuyingRole::ALL;
    let styles = DecisionStyle::ALL;
    let relationships = Relationship::ALL;
    let seniorities = Seniority::ALL;
    let tris = Tri::ALL;
    let mut plan = Plan::new("p-bench", "2024-05-01T08:00:00Z");
    plan.account.name = "佛山万科物业发展有限公司".into();
    plan.opportunity.name = "文印外包服务".into();
    plan.opportunity.amount = Some(1_200_000.0);
    plan.opportunity.expected_win_date = NaiveDate::from_ymd_opt(2024, 9, 30);
    plan.opportunity.next_contact = NaiveDate::from_ymd_opt(2024, 5, 20);
    plan.contacts = (0..CONTACTS)
        .map(|i| Contact {
            id: format!("c{i}"),
            name: format!("联系人{i}"),
            title: format!("职位{i}"),
            department: format!("部门{}", i % 12),
            role: roles[i % roles.len()],
            seniority: seniorities[i % seniorities.len()],
            relationship: relationships[i % relationships.len()],
            // The only coach is the last contact: the scan goes all the way.
            is_coach: i == CONTACTS - 1,
            decision_style: styles[i % styles.len()],
        })
        .collect();
    plan.pains = (0..PAINS)
        .map(|i| Pain {
            id: format!("p{i}"),
            description: format!("打印机问题 {i}:卡纸、维修慢、员工投诉"),
            goal: format!("目标 {i}"),
            acknowledged: tris[i % 3],
            priority: tris[(i / 3) % 3],
            we_solve: tris[(i / 9) % 3],
            budget: tris[(i / 27) % 3],
            ..Pain::default()
        })
        .collect();
    plan.visit.commitment_best = "同意试点".into();
    plan.visit.commitment_min = "提供打印量".into();
    plan.deal = Deal {
        stage_mode: StageMode::Derive,
        // Every criterion ticked but the won / lost ones: derive walks the
        // whole checklist.
        ticked: set
            .stages
            .iter()
            .filter(|s| !s.is_terminal())
            .flat_map(|s| s.criteria.iter().map(|c| c.id.clone()))
            .collect(),
        competitors: vec!["理光".into(), "佳能".into(), "".into()],
        competitors_known: true,
        business_volume: Volume::High,
        budget_this_year: Tri::Yes,
        ..Deal::default()
    };
    plan
}

fn main() {
    let runs = std::env::args()
        .nth(1)
        .and_then(|a| a.parse::<u32>().ok())
        .filter(|&n| n > 0)
        .unwrap_or(DEFAULT_RUNS);
    let set = StageSet::default_set();
    let mut plan = large_plan(&set);
    let Some(today) = NaiveDate::from_ymd_opt(2024, 5, 13) else {
        return;
    };

    for _ in 0..WARM_UP {
        black_box(scorecard(black_box(&plan), black_box(&set), today));
    }
    let start = Instant::now();
    for i in 0..runs {
        // A keystroke: the rep edits a field, then the panel recomputes.
        plan.visit.purpose.push(if i % 2 == 0 { 'a' } else { 'b' });
        black_box(scorecard(black_box(&plan), black_box(&set), today));
    }
    let elapsed = start.elapsed();
    let mean_us = elapsed.as_secs_f64() * 1e6 / f64::from(runs);

    let card = scorecard(&plan, &set, today);
    println!(
        "scorecard: {CONTACTS} contacts, {PAINS} pains, {runs} runs: mean {mean_us:.2} µs per recompute (target < 2000 µs)"
    );
    println!(
        "  stage {:?}, probability {:?}, {} red flags, verdict {:?}",
        card.stage.stage,
        card.probability,
        card.flags.len(),
        card.verdict.decision
    );
}
