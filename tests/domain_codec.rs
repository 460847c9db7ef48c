//! The golden v1 document (the 万科 print-outsourcing case) decodes, and the
//! domain logic reads it as the articles describe.

use chrono::NaiveDate;
use winplan::domain::bantcc::{self, BantccHint, Gap, GuidingQuestion};
use winplan::domain::codec::{decode_plan, encode_plan, DecodeError};
use winplan::domain::diagnosis::{self, DiagnosisSummary, NeedCondition, PainClass};
use winplan::domain::model::{
    BantccLetter, BantccStatus, BuyingRole, DecisionStyle, GoalKind, Step, VisitOutcome,
};
use winplan::domain::summary::{self, CheckKind, DateStatus, InfoItem};

const GOLDEN: &str = include_str!("fixtures/plan-v1.json");

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

#[test]
fn golden_v1_document_decodes() {
    let plan = decode_plan(GOLDEN).expect("golden fixture decodes");
    assert_eq!(plan.id, "p-lx3k9a2b-08f2qz");
    assert_eq!(plan.step, Step::VisitPrep);
    assert_eq!(plan.account.name, "佛山万科物业发展有限公司");
    assert_eq!(plan.opportunity.name, "文印外包服务");
    assert_eq!(plan.opportunity.amount, Some(200_000.0));
    assert_eq!(plan.opportunity.expected_win_date, Some(day(2024, 8, 30)));
    assert_eq!(plan.opportunity.next_contact, Some(day(2024, 5, 15)));

    assert_eq!(plan.contacts.len(), 3);
    let coach = &plan.contacts[0];
    assert!(coach.is_coach);
    assert_eq!(coach.decision_style, DecisionStyle::Amiable);
    assert_eq!(plan.contacts[1].role, BuyingRole::DecisionMaker);

    assert!(plan.visit.appointment_confirmed);
    assert_eq!(plan.visit.objections.len(), 2);
    assert_eq!(plan.pains[1].goal_kind, GoalKind::Social);
    assert_eq!(plan.pains[2].owner, None);
    assert_eq!(plan.diagnosis.surface_need, "采购设备");
    assert_eq!(plan.bantcc.competition.status, BantccStatus::Risk);
    assert_eq!(plan.review.outcome, VisitOutcome::Planned);
}

#[test]
fn golden_document_round_trips() {
    let plan = decode_plan(GOLDEN).expect("golden fixture decodes");
    let again = decode_plan(&encode_plan(&plan)).expect("re-encoded plan decodes");
    assert_eq!(again, plan);
}

#[test]
fn golden_document_from_a_newer_app_is_refused() {
    let newer = GOLDEN.replacen("\"schema_version\": 1", "\"schema_version\": 2", 1);
    assert_eq!(
        decode_plan(&newer),
        Err(DecodeError::NewerVersion { found: 2 })
    );
}

#[test]
fn vanke_diagnosis_names_the_deep_need() {
    let plan = decode_plan(GOLDEN).expect("golden fixture decodes");
    assert_eq!(
        diagnosis::deep_need(&plan.diagnosis),
        Some("文印外包、无客诉")
    );
    let classes: Vec<PainClass> = plan.pains.iter().map(diagnosis::classify).collect();
    assert_eq!(
        classes,
        vec![PainClass::Need, PainClass::PainOnly, PainClass::NotOurs]
    );
    assert_eq!(
        diagnosis::summarize(&plan.pains),
        DiagnosisSummary {
            needs: 1,
            pains_only: 1,
            not_ours: 1,
            open_questions: 2,
        }
    );
}

#[test]
fn vanke_summary_views() {
    let plan = decode_plan(GOLDEN).expect("golden fixture decodes");
    assert_eq!(
        summary::plan_title(&plan).as_deref(),
        Some("佛山万科物业发展有限公司 — 文印外包服务")
    );
    assert_eq!(
        summary::contact_date_status(plan.opportunity.next_contact, day(2024, 5, 13)),
        DateStatus::Soon { days: 2 }
    );

    let failing: Vec<CheckKind> = summary::readiness(&plan, day(2024, 5, 13))
        .into_iter()
        .filter(|c| !c.ok)
        .map(|c| c.kind)
        .collect();
    assert_eq!(failing, vec![CheckKind::BantccComplete]);
    let after = summary::readiness(&plan, day(2024, 5, 16));
    assert!(after
        .iter()
        .any(|c| c.kind == CheckKind::NextContactPlanned && !c.ok));

    assert_eq!(
        summary::info_to_obtain(&plan),
        vec![
            InfoItem::Own("各部门月打印量".into()),
            InfoItem::Own("现有设备租赁合同到期时间".into()),
            InfoItem::Gap(Gap {
                letter: BantccLetter::Time,
                question: GuidingQuestion::TimePurchaseDate,
            }),
            InfoItem::Gap(Gap {
                letter: BantccLetter::Time,
                question: GuidingQuestion::TimeProcessLength,
            }),
            InfoItem::OpenNeedQuestion {
                pain_id: "c2".into(),
                condition: NeedCondition::Priority,
            },
            InfoItem::OpenNeedQuestion {
                pain_id: "c2".into(),
                condition: NeedCondition::Budget,
            },
        ]
    );

    let names: Vec<&str> = summary::attendees(&plan)
        .iter()
        .map(|c| c.name.as_str())
        .collect();
    assert_eq!(names, vec!["陈经理", "李总"]);

    assert_eq!(bantcc::unknown_count(&plan.bantcc), 1);
    assert_eq!(
        bantcc::hints(&plan),
        vec![
            (BantccLetter::Authority, BantccHint::DecisionMakerKnown),
            (BantccLetter::Need, BantccHint::ConfirmedNeeds(1)),
        ]
    );
}
