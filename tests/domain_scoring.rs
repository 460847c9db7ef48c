//! The scoring panel: one test per rule, with the articles' numbers, and the
//! 万科 case read end to end.

use chrono::NaiveDate;
use winplan::domain::codec::{decode_plan, encode_plan};
use winplan::domain::model::{
    BantccLetter, BantccStatus, BuyingRole, Contact, Deal, DecisionStyle, GoDecision, GoOverride,
    Pain, Plan, Relationship, Seniority, StageMode, Step, Tri, VisitOutcome, Volume,
};
use winplan::domain::scoring::{
    competition_cap, mirror_advice, personal_productivity, scorecard, win_rate, CoachEffect,
    Factor, FactorKind, FlagKind, MirrorAdvice, NextStage, QuadrantPlacement, QuadrantStrategy,
    RedFlag, RelationshipLevel, RuleKind, Scorecard, StageWarning, StyleAdvice, COVERED_ROLES,
    NO_COMPETITOR_CAP,
};
use winplan::domain::stages::{StageSet, StageSetError};

const GOLDEN: &str = include_str!("fixtures/plan-v1.json");
const GOLDEN_DEAL: &str = include_str!("fixtures/plan-v1-deal.json");

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn today() -> NaiveDate {
    day(2024, 5, 13)
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn contact(id: &str, role: BuyingRole, department: &str) -> Contact {
    Contact {
        id: id.into(),
        name: format!("联系人 {id}"),
        department: department.into(),
        role,
        ..Contact::default()
    }
}

fn need(id: &str) -> Pain {
    Pain {
        id: id.into(),
        description: format!("痛点 {id}"),
        acknowledged: Tri::Yes,
        priority: Tri::Yes,
        we_solve: Tri::Yes,
        budget: Tri::Yes,
        ..Pain::default()
    }
}

/// A plan with nothing to flag: coach, decision maker, two departments, a
/// confirmed need, budget this year, one known competitor, time known,
/// dates set, commitment written; stage 方案评估 picked with support.
fn ready_plan() -> Plan {
    let mut plan = Plan::new("p1", "2024-05-01T08:00:00Z");
    plan.opportunity.amount = Some(200_000.0);
    plan.opportunity.expected_win_date = Some(day(2024, 8, 30));
    plan.opportunity.next_contact = Some(day(2024, 5, 15));
    let mut coach = contact("c1", BuyingRole::User, "行政部");
    coach.is_coach = true;
    coach.relationship = Relationship::Good;
    let mut boss = contact("c2", BuyingRole::DecisionMaker, "总经办");
    boss.decision_style = DecisionStyle::Driver;
    boss.seniority = Seniority::Executive;
    plan.contacts = vec![coach, boss];
    plan.pains = vec![need("p1")];
    plan.visit.commitment_best = "同意试点".into();
    plan.visit.commitment_min = "提供打印量数据".into();
    for letter in BantccLetter::ALL {
        plan.bantcc.item_mut(letter).status = BantccStatus::Confirmed;
    }
    plan.deal = Deal {
        stage_mode: StageMode::Pick,
        picked_stage: Some("evaluate".into()),
        ticked: vec!["evaluate-trial".into()],
        competitors: vec!["理光".into()],
        competitors_known: true,
        business_volume: Volume::High,
        budget_this_year: Tri::Yes,
        ..Deal::default()
    };
    plan
}

fn score(plan: &Plan) -> Scorecard {
    scorecard(plan, &StageSet::default_set(), today())
}

fn flags(card: &Scorecard) -> Vec<FlagKind> {
    card.flags.iter().map(|f| f.kind).collect()
}

#[test]
fn competition_caps_follow_the_article() {
    // One competitor: at most 50%; n competitors: 1/(n+1).
    assert!(close(competition_cap(1), 0.5));
    assert!(close(competition_cap(2), 1.0 / 3.0));
    assert!(close(competition_cap(3), 0.25));
    // No competitor: still at most 80%.
    assert!(close(competition_cap(0), 0.8));
    assert!(close(NO_COMPETITOR_CAP, 0.8));
}

#[test]
fn win_rate_of_ten_followed_five_won_is_half() {
    assert_eq!(win_rate(10, 5), Some(0.5));
    assert_eq!(win_rate(3, 0), Some(0.0));
    assert_eq!(win_rate(0, 0), None);
    assert_eq!(win_rate(3, 4), None);
}

#[test]
fn personal_productivity_multiplies_the_levers() {
    // 10 orders × 100,000 × 50% ÷ 100 days = 5,000 a day.
    let base = personal_productivity(10, 100_000.0, 0.5, 100).expect("valid inputs");
    assert!(close(base, 5_000.0));
    // Halving the cycle doubles it, as does doubling the win rate.
    let faster = personal_productivity(10, 100_000.0, 0.5, 50).expect("valid inputs");
    assert!(close(faster, 2.0 * base));
    let better = personal_productivity(10, 100_000.0, 1.0, 100).expect("valid inputs");
    assert!(close(better, 2.0 * base));
    assert_eq!(personal_productivity(10, 100_000.0, 0.5, 0), None);
    assert_eq!(personal_productivity(10, -1.0, 0.5, 10), None);
    assert_eq!(personal_productivity(10, f64::NAN, 0.5, 10), None);
    assert_eq!(personal_productivity(10, 1.0, 1.5, 10), None);
}

#[test]
fn stage_times_competition_is_the_checkable_chain() {
    let card = score(&ready_plan());
    // "stage 方案评估 50% × competition cap 50% = 25%".
    assert_eq!(
        card.chain,
        vec![
            Factor {
                kind: FactorKind::StageRate { stage: 2 },
                value: 0.5
            },
            Factor {
                kind: FactorKind::CompetitionCap {
                    competitors: 1,
                    assumed: false
                },
                value: 0.5
            },
        ]
    );
    assert_eq!(card.probability, Some(0.25));
    assert_eq!(card.weighted_amount, Some(50_000.0));
    assert_eq!(card.stage.stage, Some(2));
    assert_eq!(card.stage.mode, StageMode::Pick);
    // The trial ticked by hand; the process from BANTCC's T confirmed.
    assert_eq!(card.stage.supporting, vec![2, 3]);
    assert_eq!(card.stage.warning, None);
    assert_eq!(
        card.stage.next,
        Some(NextStage {
            stage: 3,
            missing: vec![0, 1, 2, 3]
        })
    );
    assert!(card.flags.is_empty(), "{:?}", card.flags);
    assert_eq!(card.verdict.decision, GoDecision::Go);
    assert_eq!(
        card.verdict.rules,
        vec![
            RuleKind::CoachInPlace,
            RuleKind::DecisionMakerReached,
            RuleKind::NeedConfirmed
        ]
    );
}

#[test]
fn no_competitor_still_caps_at_eighty_percent() {
    let mut plan = ready_plan();
    plan.deal.competitors = vec![String::new(), "  ".into()];
    let card = score(&plan);
    assert_eq!(card.competition.named, 0);
    assert_eq!(card.competition.counted, 0);
    assert!(close(card.competition.factor, 0.8));
    assert!(close(card.probability.expect("stage set"), 0.4));
    assert!(!flags(&card).contains(&FlagKind::CompetitorUnknown));
}

#[test]
fn unknown_competition_assumes_one_rival_and_is_flagged() {
    let mut plan = ready_plan();
    plan.deal.competitors.clear();
    plan.deal.competitors_known = false;
    // Issue 11: BANTCC's competition letter confirmed says it is known.
    assert!(score(&plan).competition.known);
    plan.bantcc.competition.status = BantccStatus::Partial;
    let card = score(&plan);
    assert!(!card.competition.known);
    assert_eq!(card.competition.counted, 1);
    assert_eq!(
        card.chain.last().map(|f| f.kind),
        Some(FactorKind::CompetitionCap {
            competitors: 1,
            assumed: true
        })
    );
    assert_eq!(card.probability, Some(0.25));
    assert_eq!(
        card.flags,
        vec![RedFlag {
            kind: FlagKind::CompetitorUnknown,
            step: Step::Bantcc
        }]
    );
    // Names listed while unsure whether there are more: the names count.
    plan.deal.competitors = vec!["理光".into(), "佳能".into()];
    assert_eq!(score(&plan).competition.counted, 2);
}

#[test]
fn coach_gate_holds_a_deal_without_a_coach() {
    let mut plan = ready_plan();
    plan.contacts[0].is_coach = false;
    let card = score(&plan);
    // Held at 确认需求 (25%) instead of 方案评估 (50%).
    assert_eq!(card.coach.coach, None);
    assert_eq!(card.coach.gate, Some(1));
    assert_eq!(card.coach.held_at, Some(1));
    assert_eq!(card.coach.effect, CoachEffect::Held { with_coach: 0.25 });
    assert_eq!(
        card.chain,
        vec![
            Factor {
                kind: FactorKind::HeldAtGate {
                    stage: 1,
                    instead_of: 2
                },
                value: 0.25
            },
            Factor {
                kind: FactorKind::CompetitionCap {
                    competitors: 1,
                    assumed: false
                },
                value: 0.5
            },
        ]
    );
    assert_eq!(card.probability, Some(0.125));
    assert_eq!(card.weighted_amount, Some(25_000.0));
    assert_eq!(card.stage.stage, Some(2), "the rep's stage is kept");
    assert_eq!(
        card.flags,
        vec![RedFlag {
            kind: FlagKind::NoCoach,
            step: Step::Customer
        }]
    );
    assert_eq!(card.verdict.decision, GoDecision::DevelopFirst);
    assert_eq!(card.verdict.rules, vec![RuleKind::NoCoach]);
}

#[test]
fn coach_effect_is_shown_with_a_coach() {
    let card = score(&ready_plan());
    assert_eq!(card.coach.coach, Some(0));
    assert_eq!(card.coach.held_at, None);
    assert_eq!(
        card.coach.effect,
        CoachEffect::Counted {
            without_coach: Some(0.125)
        }
    );
}

#[test]
fn no_coach_at_or_before_the_gate_is_not_held_yet() {
    let mut plan = ready_plan();
    plan.contacts[0].is_coach = false;
    plan.deal.picked_stage = Some("confirm".into());
    plan.deal.ticked = vec!["confirm-budget".into()];
    let card = score(&plan);
    assert_eq!(card.coach.held_at, None);
    assert_eq!(card.coach.effect, CoachEffect::BlocksBeyondGate);
    assert_eq!(card.probability, Some(0.125));
    // With a coach at the gate, the coach changes nothing yet.
    plan.contacts[0].is_coach = true;
    let card = score(&plan);
    assert_eq!(
        card.coach.effect,
        CoachEffect::Counted {
            without_coach: None
        }
    );
}

#[test]
fn won_and_lost_are_facts_not_forecasts() {
    let mut plan = ready_plan();
    plan.contacts[0].is_coach = false;
    plan.deal.stage_mode = StageMode::Derive;
    plan.deal.ticked = vec!["won-signed".into()];
    let card = score(&plan);
    assert_eq!(card.stage.stage, Some(4));
    assert_eq!(
        card.chain,
        vec![Factor {
            kind: FactorKind::StageRate { stage: 4 },
            value: 1.0
        }]
    );
    assert_eq!(card.probability, Some(1.0));
    assert_eq!(card.weighted_amount, Some(200_000.0));
    assert_eq!(card.coach.effect, CoachEffect::NotApplicable);
    assert_eq!(card.coach.held_at, None);
    assert_eq!(card.stage.next, None);
    assert_eq!(card.stage.warning, None);
    assert_eq!(card.verdict.decision, GoDecision::Go);
    assert_eq!(card.verdict.rules, vec![RuleKind::DealWon]);

    plan.deal.ticked.push("lost-rival".into());
    let card = score(&plan);
    assert_eq!(card.stage.stage, Some(5));
    assert_eq!(card.probability, Some(0.0));
    assert_eq!(card.weighted_amount, Some(0.0));
    assert_eq!(card.verdict.decision, GoDecision::NoGo);
    assert_eq!(card.verdict.rules, vec![RuleKind::DealLost]);
}

#[test]
fn derive_mode_reaches_each_stage_and_its_rate() {
    let set = StageSet::default_set();
    let mut plan = ready_plan();
    plan.deal.stage_mode = StageMode::Derive;
    plan.deal.ticked.clear();
    // No fact the criteria state: no pain, no roles, budget unknown.
    plan.pains.clear();
    plan.contacts
        .iter_mut()
        .for_each(|c| c.role = BuyingRole::Unknown);
    plan.deal.budget_this_year = Tri::Unknown;
    plan.bantcc.budget.status = BantccStatus::Unknown;
    plan.bantcc.time.status = BantccStatus::Partial;
    let card = score(&plan);
    assert_eq!(card.stage.stage, None);
    assert_eq!(card.stage.warning, Some(StageWarning::NotSet));
    assert_eq!(card.probability, None);
    assert_eq!(card.weighted_amount, None);
    assert!(card.chain.is_empty());
    assert_eq!(card.coach.effect, CoachEffect::NotApplicable);
    assert_eq!(
        card.stage.next,
        Some(NextStage {
            stage: 0,
            missing: vec![0, 1, 2]
        })
    );

    let rates = [0.1, 0.25, 0.5, 0.75];
    for (stage, rate) in rates.into_iter().enumerate() {
        plan.deal
            .ticked
            .extend(set.stages[stage].criteria.iter().map(|c| c.id.clone()));
        let card = score(&plan);
        assert_eq!(card.stage.stage, Some(stage));
        assert_eq!(card.stage.warning, None);
        assert_eq!(
            card.stage.supporting.len(),
            set.stages[stage].criteria.len()
        );
        assert!(close(card.probability.expect("stage set"), rate * 0.5));
        let next = card.stage.next.expect("a next stage");
        assert_eq!(next.stage, stage + 1);
        assert_eq!(next.missing.len(), set.stages[stage + 1].criteria.len());
    }
    plan.deal.ticked.push("won-signed".into());
    assert_eq!(score(&plan).stage.stage, Some(4));
}

#[test]
fn derive_mode_warns_about_ticks_out_of_order() {
    let mut plan = ready_plan();
    plan.deal.stage_mode = StageMode::Derive;
    plan.deal.ticked = vec![
        "discover-pain".into(),
        "discover-user".into(),
        "discover-time".into(),
        "negotiate-terms".into(),
    ];
    let card = score(&plan);
    assert_eq!(card.stage.stage, Some(0));
    assert_eq!(
        card.stage.warning,
        Some(StageWarning::TickedAhead { incomplete: 1 })
    );
    // Ticks ahead while even the first stage is incomplete.
    plan.deal.ticked = vec!["evaluate-ubv".into()];
    let card = score(&plan);
    assert_eq!(card.stage.stage, None);
    assert_eq!(
        card.stage.warning,
        Some(StageWarning::TickedAhead { incomplete: 0 })
    );
}

#[test]
fn pick_mode_shows_support_and_warns_without_it() {
    let mut plan = ready_plan();
    plan.deal.ticked = vec!["discover-pain".into()];
    // Not the process criterion from BANTCC's T either.
    plan.bantcc.time.status = BantccStatus::Partial;
    let card = score(&plan);
    assert_eq!(card.stage.stage, Some(2));
    assert!(card.stage.supporting.is_empty());
    assert_eq!(
        card.stage.warning,
        Some(StageWarning::NoSupportingCriterion)
    );
    // The pick still counts: the warning informs, it does not override.
    assert_eq!(card.probability, Some(0.25));

    plan.deal.ticked = vec!["evaluate-ubv".into(), "evaluate-process".into()];
    let card = score(&plan);
    assert_eq!(card.stage.supporting, vec![1, 3]);
    assert_eq!(card.stage.warning, None);

    plan.deal.picked_stage = None;
    let card = score(&plan);
    assert_eq!(card.stage.stage, None);
    assert_eq!(card.stage.warning, Some(StageWarning::NotSet));
    assert_eq!(card.probability, None);

    plan.deal.picked_stage = Some("removed".into());
    let card = score(&plan);
    assert_eq!(card.stage.stage, None);
    assert_eq!(card.stage.warning, Some(StageWarning::UnknownStage));
}

#[test]
fn switching_modes_keeps_the_ticks() {
    let mut plan = ready_plan();
    plan.deal.ticked = vec![
        "discover-pain".into(),
        "discover-user".into(),
        "discover-time".into(),
    ];
    assert_eq!(score(&plan).stage.stage, Some(2));
    plan.deal.stage_mode = StageMode::Derive;
    assert_eq!(score(&plan).stage.stage, Some(0));
}

#[test]
fn empty_plan_raises_every_flag_with_its_step() {
    let card = score(&Plan::new("p0", "2024-05-01T00:00:00Z"));
    assert_eq!(
        card.flags,
        vec![
            RedFlag {
                kind: FlagKind::NoCoach,
                step: Step::Customer
            },
            RedFlag {
                kind: FlagKind::DecisionMakerNotReached,
                step: Step::Customer
            },
            RedFlag {
                kind: FlagKind::SingleDepartment { departments: 0 },
                step: Step::Customer
            },
            RedFlag {
                kind: FlagKind::BudgetUnknown,
                step: Step::Bantcc
            },
            RedFlag {
                kind: FlagKind::NeedNotConfirmed { pains: 0 },
                step: Step::Diagnosis
            },
            RedFlag {
                kind: FlagKind::TimeUnknown,
                step: Step::Bantcc
            },
            RedFlag {
                kind: FlagKind::WinDateMissing,
                step: Step::Customer
            },
            RedFlag {
                kind: FlagKind::CompetitorUnknown,
                step: Step::Bantcc
            },
            RedFlag {
                kind: FlagKind::NextContactMissing,
                step: Step::Review
            },
            RedFlag {
                kind: FlagKind::CommitmentMissing,
                step: Step::VisitPrep
            },
        ]
    );
    assert_eq!(card.stage.stage, None);
    assert_eq!(card.probability, None);
    assert_eq!(card.verdict.decision, GoDecision::DevelopFirst);
    assert_eq!(
        card.verdict.rules,
        vec![
            RuleKind::NoCoach,
            RuleKind::DecisionMakerNotReached,
            RuleKind::NeedNotConfirmed
        ]
    );
    assert_eq!(card.bantcc.unknown, 6);
    assert_eq!(card.quadrant.placement, None);
    assert!(card.styles.is_empty());
    assert_eq!(card.coverage.covered(), 0);
}

#[test]
fn call_high_and_call_wide_flags() {
    let mut plan = ready_plan();
    plan.contacts[1].role = BuyingRole::Influencer;
    plan.contacts[1].department = " 行政部 ".into();
    assert_eq!(
        flags(&score(&plan)),
        vec![
            FlagKind::DecisionMakerNotReached,
            FlagKind::SingleDepartment { departments: 1 }
        ]
    );
}

#[test]
fn budget_flags() {
    let mut plan = ready_plan();
    plan.deal.budget_this_year = Tri::Unknown;
    // BANTCC's B confirmed says the same: no flag (one fact, one place).
    assert!(flags(&score(&plan)).is_empty());
    plan.bantcc.budget.status = BantccStatus::Partial;
    assert_eq!(flags(&score(&plan)), vec![FlagKind::BudgetUnknown]);
    // So does the budget criterion ticked by hand.
    plan.deal.ticked.push("confirm-budget".into());
    assert!(flags(&score(&plan)).is_empty());
    plan.deal.ticked.pop();
    plan.deal.budget_this_year = Tri::No;
    let card = score(&plan);
    assert_eq!(flags(&card), vec![FlagKind::BudgetNotThisYear]);
    // A confirmed need keeps it a Go: budget may come next year.
    assert_eq!(card.verdict.decision, GoDecision::Go);
}

#[test]
fn need_not_confirmed_when_only_pains() {
    let mut plan = ready_plan();
    plan.pains[0].priority = Tri::Unknown;
    plan.pains.push(Pain::default()); // blank row: not counted
                                      // Issue 11: BANTCC's N marked confirmed is not a need by the rule;
                                      // the flag says which of the two the rep should look at again.
    let card = score(&plan);
    assert_eq!(flags(&card), vec![FlagKind::NeedMarkedNotMet { pains: 1 }]);
    assert_eq!(card.verdict.rules, vec![RuleKind::NeedNotConfirmed]);
    plan.bantcc.need.status = BantccStatus::Partial;
    let card = score(&plan);
    assert_eq!(flags(&card), vec![FlagKind::NeedNotConfirmed { pains: 1 }]);
    assert_eq!(card.verdict.decision, GoDecision::DevelopFirst);
    assert_eq!(card.verdict.rules, vec![RuleKind::NeedNotConfirmed]);
}

/// Issue 11: the deal's "competitors known" and BANTCC's competition
/// letter are one fact: setting either sets the other.
#[test]
fn competitors_known_and_the_competition_letter_move_together() {
    use winplan::domain::facts::{competitors_known, set_competitors_known, set_status};
    let mut plan = ready_plan();
    plan.bantcc.competition.status = BantccStatus::Unknown;
    plan.deal.competitors_known = false;
    assert!(!competitors_known(&plan));
    set_competitors_known(&mut plan, true);
    assert_eq!(plan.bantcc.competition.status, BantccStatus::Confirmed);
    assert!(!flags(&score(&plan)).contains(&FlagKind::CompetitorUnknown));
    // Unticked with a name listed: partly known.
    set_competitors_known(&mut plan, false);
    assert_eq!(plan.bantcc.competition.status, BantccStatus::Partial);
    assert!(flags(&score(&plan)).contains(&FlagKind::CompetitorUnknown));
    plan.deal.competitors.clear();
    set_competitors_known(&mut plan, true);
    set_competitors_known(&mut plan, false);
    assert_eq!(plan.bantcc.competition.status, BantccStatus::Unknown);
    // From the letter: risk (a competitor ahead) is known too.
    set_status(&mut plan, BantccLetter::Competition, BantccStatus::Risk);
    assert!(plan.deal.competitors_known);
    set_status(&mut plan, BantccLetter::Competition, BantccStatus::Partial);
    assert!(!plan.deal.competitors_known && !competitors_known(&plan));
    // Other letters leave it alone.
    set_status(&mut plan, BantccLetter::Budget, BantccStatus::Risk);
    assert!(!plan.deal.competitors_known);
}

#[test]
fn time_and_process_flags() {
    let mut plan = ready_plan();
    plan.bantcc.time.status = BantccStatus::Unknown;
    plan.opportunity.expected_win_date = None;
    assert_eq!(
        flags(&score(&plan)),
        vec![FlagKind::TimeUnknown, FlagKind::WinDateMissing]
    );
    let mut plan = ready_plan();
    plan.deal.procurement_longer_than_planned = true;
    assert_eq!(flags(&score(&plan)), vec![FlagKind::ProcurementLonger]);
    let mut plan = ready_plan();
    plan.bantcc.time.status = BantccStatus::Risk;
    assert_eq!(flags(&score(&plan)), vec![FlagKind::ProcurementLonger]);
}

#[test]
fn next_contact_missing_or_past() {
    let mut plan = ready_plan();
    plan.opportunity.next_contact = None;
    assert_eq!(flags(&score(&plan)), vec![FlagKind::NextContactMissing]);
    plan.opportunity.next_contact = Some(day(2024, 5, 10));
    assert_eq!(
        flags(&score(&plan)),
        vec![FlagKind::NextContactOverdue { days: 3 }]
    );
    // Today itself is not overdue.
    plan.opportunity.next_contact = Some(today());
    assert!(flags(&score(&plan)).is_empty());
}

#[test]
fn commitment_objective_only_on_a_planned_visit() {
    let mut plan = ready_plan();
    plan.visit.commitment_min = " ".into();
    // Only the best is written: the flag names the minimum.
    assert_eq!(flags(&score(&plan)), vec![FlagKind::CommitmentMinMissing]);
    plan.visit.commitment_best = String::new();
    assert_eq!(flags(&score(&plan)), vec![FlagKind::CommitmentMissing]);
    plan.visit.commitment_min = "提供打印量数据".into();
    assert_eq!(flags(&score(&plan)), vec![FlagKind::CommitmentBestMissing]);
    plan.visit.commitment_min = String::new();
    plan.review.outcome = VisitOutcome::Held;
    assert!(flags(&score(&plan)).is_empty());
    plan.review.outcome = VisitOutcome::Refused;
    assert!(flags(&score(&plan)).is_empty());
}

#[test]
fn no_go_when_no_budget_and_no_need() {
    let mut plan = ready_plan();
    plan.deal.budget_this_year = Tri::No;
    plan.pains[0].budget = Tri::No;
    let card = score(&plan);
    assert_eq!(card.verdict.decision, GoDecision::NoGo);
    assert_eq!(card.verdict.rules, vec![RuleKind::NoBudgetNoNeed]);
    // No-Go outranks develop-first.
    plan.contacts[0].is_coach = false;
    assert_eq!(score(&plan).verdict.decision, GoDecision::NoGo);
}

#[test]
fn no_go_when_we_solve_none_of_the_pains() {
    let mut plan = ready_plan();
    plan.pains[0].we_solve = Tri::No;
    plan.pains.push(Pain {
        description: "网络断线".into(),
        we_solve: Tri::No,
        ..Pain::default()
    });
    let card = score(&plan);
    assert_eq!(card.verdict.decision, GoDecision::NoGo);
    assert_eq!(card.verdict.rules, vec![RuleKind::NothingWeSolve]);
}

#[test]
fn override_needs_a_written_reason() {
    let mut plan = ready_plan();
    plan.contacts[0].is_coach = false;
    plan.deal.go_override = Some(GoOverride {
        decision: GoDecision::Go,
        reason: "  ".into(),
    });
    let card = score(&plan);
    assert_eq!(card.verdict.decision, GoDecision::DevelopFirst);
    assert_eq!(card.verdict.overridden, None);
    assert_eq!(card.verdict.effective(), GoDecision::DevelopFirst);

    let reason = "李总亲自邀请我们投标,内线正在发展".to_string();
    plan.deal.go_override = Some(GoOverride {
        decision: GoDecision::Go,
        reason: reason.clone(),
    });
    let card = score(&plan);
    assert_eq!(card.verdict.decision, GoDecision::DevelopFirst);
    assert_eq!(card.verdict.rules, vec![RuleKind::NoCoach]);
    assert_eq!(card.verdict.effective(), GoDecision::Go);
    assert_eq!(card.verdict.overridden.map(|o| o.reason), Some(reason));
}

#[test]
fn quadrant_cells_and_strategies() {
    let cases = [
        (
            Relationship::Strong,
            Volume::High,
            QuadrantPlacement::GoodHigh,
            QuadrantStrategy::VisitFirstSeekOrder,
        ),
        (
            Relationship::Good,
            Volume::Low,
            QuadrantPlacement::GoodLow,
            QuadrantStrategy::InfluenceWithTrialUnit,
        ),
        (
            Relationship::Neutral,
            Volume::High,
            QuadrantPlacement::PoorHigh,
            QuadrantStrategy::BuildRelationshipFirst,
        ),
        (
            Relationship::Hostile,
            Volume::Low,
            QuadrantPlacement::PoorLow,
            QuadrantStrategy::KeepLightContact,
        ),
    ];
    for (relationship, volume, cell, strategy) in cases {
        let mut plan = ready_plan();
        plan.contacts[0].relationship = relationship;
        plan.contacts[1].relationship = Relationship::Weak;
        plan.deal.business_volume = volume;
        let q = score(&plan).quadrant;
        assert_eq!(q.placement, Some(cell), "{relationship:?} {volume:?}");
        assert_eq!(q.strategy, Some(strategy));
        assert_eq!(cell.strategy(), strategy);
        assert_eq!(q.volume, volume);
    }
    let mut plan = ready_plan();
    plan.deal.business_volume = Volume::Unknown;
    let q = score(&plan).quadrant;
    assert_eq!(q.relationship, RelationshipLevel::Good);
    assert_eq!((q.placement, q.strategy), (None, None));
    plan.deal.business_volume = Volume::High;
    for c in &mut plan.contacts {
        c.relationship = Relationship::Unknown;
    }
    let q = score(&plan).quadrant;
    assert_eq!(q.relationship, RelationshipLevel::Unknown);
    assert_eq!(q.placement, None);
}

#[test]
fn decision_styles_get_their_mirror_advice() {
    assert_eq!(
        mirror_advice(DecisionStyle::Driver),
        Some(MirrorAdvice::ResultsFirst)
    );
    assert_eq!(
        mirror_advice(DecisionStyle::Analytical),
        Some(MirrorAdvice::DataAndDetail)
    );
    assert_eq!(
        mirror_advice(DecisionStyle::Expressive),
        Some(MirrorAdvice::VisionAndStories)
    );
    assert_eq!(
        mirror_advice(DecisionStyle::Amiable),
        Some(MirrorAdvice::TrustAndReassurance)
    );
    assert_eq!(mirror_advice(DecisionStyle::Unknown), None);

    let mut plan = ready_plan();
    plan.contacts
        .push(contact("c3", BuyingRole::DecisionMaker, "董事会"));
    assert_eq!(
        score(&plan).styles,
        vec![
            StyleAdvice {
                contact: 1,
                style: DecisionStyle::Driver,
                advice: Some(MirrorAdvice::ResultsFirst)
            },
            StyleAdvice {
                contact: 2,
                style: DecisionStyle::Unknown,
                advice: None
            },
        ]
    );
}

#[test]
fn coverage_lists_covered_and_missing_roles() {
    let mut plan = ready_plan();
    plan.contacts
        .push(contact("c3", BuyingRole::Procurement, "采购部"));
    plan.contacts
        .push(contact("c4", BuyingRole::Procurement, "采购部"));
    plan.contacts.push(contact("c5", BuyingRole::Unknown, ""));
    let cov = score(&plan).coverage;
    assert_eq!(cov.roles.map(|(r, _)| r), COVERED_ROLES);
    assert_eq!(
        cov.roles.map(|(_, c)| c),
        [true, true, true, false, false, false]
    );
    assert_eq!(
        cov.missing().collect::<Vec<_>>(),
        vec![
            BuyingRole::BudgetApprover,
            BuyingRole::TechnicalEvaluator,
            BuyingRole::Influencer
        ]
    );
    assert_eq!(cov.covered(), 3);
    assert_eq!(cov.departments, 3);
    assert_eq!(cov.highest, Seniority::Executive);
}

#[test]
fn bantcc_completeness_per_letter() {
    let mut plan = ready_plan();
    plan.bantcc.time.status = BantccStatus::Unknown;
    plan.bantcc.competition.status = BantccStatus::Risk;
    plan.bantcc.company.status = BantccStatus::Partial;
    let b = score(&plan).bantcc;
    assert_eq!(
        b.letters.map(|(_, s)| s),
        [
            BantccStatus::Confirmed,
            BantccStatus::Confirmed,
            BantccStatus::Confirmed,
            BantccStatus::Unknown,
            BantccStatus::Partial,
            BantccStatus::Risk
        ]
    );
    assert_eq!(b.letters.map(|(l, _)| l), BantccLetter::ALL);
    assert_eq!(b.unknown, 1);
    assert_eq!(b.risks, 1);
}

#[test]
fn unknown_amount_leaves_the_weighted_amount_unknown() {
    let mut plan = ready_plan();
    plan.opportunity.amount = None;
    let card = score(&plan);
    assert_eq!(card.probability, Some(0.25));
    assert_eq!(card.weighted_amount, None);
}

#[test]
fn edited_stage_sets_change_the_weights() {
    let mut set = StageSet::default_set();
    set.stages[2].win_rate_pct = 40;
    set.qualification_gate = "evaluate".into();
    let mut plan = ready_plan();
    plan.contacts[0].is_coach = false;
    plan.deal.picked_stage = Some("negotiate".into());
    let card = scorecard(&plan, &set, today());
    assert_eq!(card.coach.held_at, Some(2));
    assert_eq!(card.probability, Some(0.2));
}

#[test]
fn broken_stage_sets_never_panic() {
    let empty = StageSet {
        stages: Vec::new(),
        qualification_gate: String::new(),
    };
    assert_eq!(
        winplan::domain::stages::validate(&empty),
        Err(vec![
            StageSetError::NoOpenStage,
            StageSetError::WonCount { count: 0 },
            StageSetError::GateNotOpenStage
        ])
    );
    let mut plan = ready_plan();
    let card = scorecard(&plan, &empty, today());
    assert_eq!(card.stage.stage, None);
    assert_eq!(card.stage.warning, Some(StageWarning::UnknownStage));
    assert_eq!(card.probability, None);
    plan.deal.stage_mode = StageMode::Derive;
    let card = scorecard(&plan, &empty, today());
    assert_eq!(card.stage.warning, Some(StageWarning::NotSet));
    assert_eq!(card.stage.next, None);
}

#[test]
fn stored_plans_without_a_deal_still_load() {
    let plan = decode_plan(GOLDEN).expect("golden fixture decodes");
    assert_eq!(plan.deal, Deal::default());
    assert_eq!(plan.deal.stage_mode, StageMode::Derive);
    assert!(!plan.deal.competitors_known);
    let card = scorecard(&plan, &StageSet::default_set(), today());
    assert_eq!(card.stage.stage, None);
    assert_eq!(
        flags(&card),
        // Who competes is known: the competition letter is a risk.
        vec![FlagKind::BudgetUnknown, FlagKind::TimeUnknown]
    );
}

#[test]
fn vanke_case_scores_end_to_end() {
    let plan = decode_plan(GOLDEN_DEAL).expect("deal fixture decodes");
    let again = decode_plan(&encode_plan(&plan)).expect("re-encoded plan decodes");
    assert_eq!(again, plan);

    let card = scorecard(&plan, &StageSet::default_set(), today());
    // 方案评估 50% × one competitor 50% = 25% of 200,000.
    assert_eq!(card.stage.stage, Some(2));
    assert_eq!(card.stage.supporting, vec![2]);
    assert_eq!(card.probability, Some(0.25));
    assert_eq!(card.weighted_amount, Some(50_000.0));
    assert_eq!(card.coach.coach, Some(0));
    assert_eq!(card.competition.named, 1);
    assert_eq!(flags(&card), vec![FlagKind::TimeUnknown]);
    assert_eq!(card.verdict.decision, GoDecision::Go);
    assert_eq!(card.quadrant.placement, Some(QuadrantPlacement::GoodHigh));
    assert_eq!(
        card.styles,
        vec![StyleAdvice {
            contact: 1,
            style: DecisionStyle::Driver,
            advice: Some(MirrorAdvice::ResultsFirst)
        }]
    );
    assert_eq!(card.coverage.departments, 3);
    assert_eq!(card.bantcc.unknown, 1);
    assert_eq!(card.bantcc.risks, 1);

    let later = scorecard(&plan, &StageSet::default_set(), day(2024, 5, 16));
    assert_eq!(
        flags(&later),
        vec![
            FlagKind::TimeUnknown,
            FlagKind::NextContactOverdue { days: 1 }
        ]
    );

    // The same ticks read as a checklist. The plan's contacts (user,
    // decision and procurement departments) and its confirmed budget tick
    // the rest of 确认需求 (one fact, one place), so the deal is at 确认需求
    // and the 方案评估 tick supports the next stage.
    let mut derived = plan.clone();
    derived.deal.stage_mode = StageMode::Derive;
    let card = scorecard(&derived, &StageSet::default_set(), today());
    assert_eq!(card.stage.stage, Some(1));
    assert_eq!(card.stage.warning, None);
    assert_eq!(
        card.stage.next,
        Some(NextStage {
            stage: 2,
            missing: vec![0, 1, 3]
        })
    );
    assert_eq!(card.probability, Some(0.125));
}

#[test]
fn scorecard_is_deterministic() {
    let plan = ready_plan();
    assert_eq!(score(&plan), score(&plan));
}

#[test]
fn percentages_round_half_up_to_the_tenth_shown() {
    use winplan::domain::scoring::{per_mille, percent_text};
    assert_eq!(per_mille(0.5), 500);
    assert_eq!(per_mille(1.0 / 3.0), 333);
    assert_eq!(per_mille(0.5 / 3.0), 167);
    assert_eq!(per_mille(0.0625), 63);
    assert_eq!(per_mille(1.7), 1000);
    assert_eq!(per_mille(-0.2), 0);
    assert_eq!(per_mille(f64::NAN), 0);
    assert_eq!(percent_text(0.5), "50%");
    assert_eq!(percent_text(1.0 / 3.0), "33.3%");
    assert_eq!(percent_text(0.25 / 3.0), "8.3%");
    assert_eq!(percent_text(0.125), "12.5%");
    assert_eq!(percent_text(1.0), "100%");
}

#[test]
fn dates_flag_a_past_win_date_a_future_last_contact_and_a_next_before_the_last() {
    let mut plan = ready_plan();
    plan.opportunity.expected_win_date = Some(day(2024, 5, 3));
    assert_eq!(
        flags(&score(&plan)),
        vec![FlagKind::WinDatePast { days: 10 }]
    );
    // A decided deal's win date is history, not a flag.
    let mut won = plan.clone();
    won.deal.picked_stage = Some("won".into());
    won.deal.ticked = vec!["won-signed".into()];
    assert!(flags(&score(&won)).is_empty());
    plan.opportunity.expected_win_date = Some(today());
    assert!(flags(&score(&plan)).is_empty());
    plan.opportunity.last_contact = Some(day(2024, 5, 14));
    assert_eq!(flags(&score(&plan)), vec![FlagKind::LastContactFuture]);
    plan.opportunity.last_contact = Some(day(2024, 5, 12));
    plan.opportunity.next_contact = Some(day(2024, 5, 11));
    assert_eq!(
        flags(&score(&plan)),
        vec![
            FlagKind::NextContactOverdue { days: 2 },
            FlagKind::NextBeforeLast
        ]
    );
}

#[test]
fn criteria_the_plan_knows_are_ticked_from_it_and_can_be_overruled() {
    use winplan::domain::facts::{self, Source};
    let set = StageSet::default_set();
    let mut plan = ready_plan();
    plan.deal.ticked.clear();
    plan.contacts[0].role = BuyingRole::Unknown;
    // A user-department contact ticks "we have reached the user department".
    assert_eq!(facts::source(&plan, "discover-user"), None);
    plan.contacts[0].role = BuyingRole::User;
    assert_eq!(
        facts::source(&plan, "discover-user"),
        Some(Source::Contacts)
    );
    assert_eq!(facts::source(&plan, "discover-pain"), Some(Source::Pains));
    assert_eq!(facts::source(&plan, "confirm-budget"), Some(Source::Budget));
    // The deal's "not this year" wins over BANTCC's B, in the flag and in
    // the criterion alike.
    plan.deal.budget_this_year = Tri::No;
    assert_eq!(facts::source(&plan, "confirm-budget"), None);
    assert_eq!(facts::budget_this_year(&plan), Tri::No);
    plan.deal.budget_this_year = Tri::Yes;
    // Procurement is not reached yet: the departments criterion waits.
    assert_eq!(facts::source(&plan, "confirm-departments"), None);
    assert_eq!(facts::source(&plan, "discover-time"), None);
    let ticked = facts::ticked(&plan, &set);
    assert!(ticked.contains(&"discover-user".to_string()));
    assert!(!ticked.contains(&"discover-time".to_string()));
    // The next stage no longer lists what the contacts already say.
    plan.deal.stage_mode = StageMode::Derive;
    let card = score(&plan);
    assert_eq!(card.stage.stage, None, "discover-time is still open");
    assert_eq!(
        card.stage.next,
        Some(NextStage {
            stage: 0,
            missing: vec![2]
        })
    );
    // Unticked by hand: an overrule with a reason, and the criterion waits.
    facts::tick(&mut plan, "discover-user", false);
    assert_eq!(plan.deal.overruled.len(), 1);
    plan.deal.overruled[0].reason = "王经理 left the user department".into();
    assert!(!facts::ticked(&plan, &set).contains(&"discover-user".to_string()));
    // Ticked again: the overrule goes, nothing is stored as ticked by hand.
    facts::tick(&mut plan, "discover-user", true);
    assert!(plan.deal.overruled.is_empty());
    assert!(plan.deal.ticked.is_empty());
    // A criterion the plan cannot know is ticked by hand as before.
    facts::tick(&mut plan, "discover-time", true);
    assert_eq!(plan.deal.ticked, vec!["discover-time".to_string()]);
    assert_eq!(score(&plan).stage.stage, Some(0));
}

#[test]
fn switching_from_derive_to_pick_keeps_the_derived_stage() {
    use winplan::domain::scoring::set_stage_mode;
    let set = StageSet::default_set();
    let mut plan = ready_plan();
    plan.deal.stage_mode = StageMode::Derive;
    plan.deal.picked_stage = None;
    plan.deal.ticked = vec!["discover-time".into()];
    // The pains, contacts and budget tick the rest of 发现需求; 确认需求
    // waits for the procurement department.
    assert_eq!(score(&plan).stage.stage, Some(0));
    set_stage_mode(&mut plan, StageMode::Pick, &set);
    assert_eq!(plan.deal.stage_mode, StageMode::Pick);
    assert_eq!(plan.deal.picked_stage.as_deref(), Some("discover"));
    assert_eq!(score(&plan).stage.stage, Some(0));
    // Pick to derive leaves the picked stage alone.
    plan.deal.picked_stage = Some("negotiate".into());
    set_stage_mode(&mut plan, StageMode::Derive, &set);
    assert_eq!(plan.deal.picked_stage.as_deref(), Some("negotiate"));
}

/// Issue 11: knowing the procurement process is BANTCC's T: the criterion
/// is ticked from T confirmed, and ticked by hand it answers the flag.
#[test]
fn the_process_criterion_and_bantcc_time_are_one_fact() {
    use winplan::domain::facts::{is_ticked, source, time_known, Source, PROCESS_CRITERION};
    let mut plan = ready_plan();
    assert_eq!(source(&plan, PROCESS_CRITERION), Some(Source::Time));
    assert!(is_ticked(&plan, PROCESS_CRITERION));
    plan.bantcc.time.status = BantccStatus::Partial;
    assert_eq!(source(&plan, PROCESS_CRITERION), None);
    assert!(time_known(&plan));
    assert!(!flags(&score(&plan)).contains(&FlagKind::TimeUnknown));
    plan.bantcc.time.status = BantccStatus::Unknown;
    assert!(flags(&score(&plan)).contains(&FlagKind::TimeUnknown));
    // Ticked by hand: the plan says the process is known; no flag.
    plan.deal.ticked.push(PROCESS_CRITERION.into());
    assert!(time_known(&plan));
    assert!(!flags(&score(&plan)).contains(&FlagKind::TimeUnknown));
}
