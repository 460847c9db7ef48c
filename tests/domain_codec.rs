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

/// The exact text the serde-derived encoder wrote (captured before the codec
/// was rewritten by hand): stored documents stay byte-for-byte the same.
mod byte_compatible {
    use winplan::domain::codec::{decode_plan, encode_plan, encode_prefs, Prefs};
    use winplan::domain::model::{GoDecision, GoOverride, Pain, Plan};
    use winplan::domain::stages::{encode_stage_set, StageSet};

    fn golden(name: &str) -> String {
        std::fs::read_to_string(format!(
            "{}/tests/fixtures/encoded/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("encoded fixture exists")
    }

    #[test]
    fn fixtures_encode_as_before() {
        for name in ["plan-v1", "plan-v1-deal"] {
            let plan = decode_plan(&golden(&format!("../{name}.json"))).expect("fixture decodes");
            let compact = golden(&format!("{name}.compact.json"));
            assert_eq!(encode_plan(&plan), compact, "{name}");
            assert_eq!(decode_plan(&compact), Ok(plan), "{name}");
        }
    }

    #[test]
    fn escapes_options_and_defaults_encode_as_before() {
        let mut p = Plan::new("p-x", "2024-01-01T00:00:00Z");
        p.account.name = "a\u{0}\u{1}\u{8}\u{c}\u{1f}\"\\/\n\r\t\u{7f}\u{2028}é😀".into();
        p.opportunity.amount = Some(12.5);
        p.deal.go_override = Some(GoOverride {
            decision: GoDecision::NoGo,
            reason: "r".into(),
        });
        p.pains.push(Pain {
            id: "n1".into(),
            owner: Some("c1".into()),
            ..Pain::default()
        });
        assert_eq!(encode_plan(&p), golden("tricky.compact.json"));
        assert_eq!(decode_plan(&golden("tricky.compact.json")), Ok(p));
        assert_eq!(
            encode_plan(&Plan::new("p-e", "")),
            golden("empty.compact.json")
        );
        assert_eq!(
            encode_stage_set(&StageSet::default_set()),
            golden("stages.compact.json")
        );
        let prefs = Prefs {
            language: Some("zh".into()),
            ..Prefs::default()
        };
        assert_eq!(encode_prefs(&prefs), golden("prefs.compact.json"));
    }
}

/// Reading one plan out of a larger document: errors name the path, missing
/// fields are noted, extra fields ignored.
mod plan_values {
    use winplan::domain::codec::{decode_plan, decode_plan_value, encode_plan, DecodeError};
    use winplan::domain::model::{BantccStatus, Plan};
    use winplan::domain::serial::{self, Note, NoteKind, PathError};

    const AT: &str = "plans[3]";

    fn read(plan_json: &str) -> Result<(Plan, Vec<Note>), PathError> {
        decode_plan_value(serial::parse(plan_json).expect("test JSON parses"), AT)
    }

    fn error(plan_json: &str) -> String {
        read(plan_json).expect_err("plan is refused").to_string()
    }

    #[test]
    fn each_kind_of_error_names_its_path() {
        let e = read(r#"{"id":"p1","bantcc":{"budget":{"status":"maybe"}}}"#).unwrap_err();
        assert_eq!(e.path, "plans[3].bantcc.budget.status");
        assert_eq!(
            e.detail,
            r#"expected one of unknown/partial/confirmed/risk, found "maybe""#
        );
        assert_eq!(
            e.to_string(),
            r#"plans[3].bantcc.budget.status: expected one of unknown/partial/confirmed/risk, found "maybe""#
        );
        for (plan, want) in [
            (r#"[]"#, "plans[3]: expected an object, found a list"),
            (r#"{"id":7}"#, "plans[3].id: expected a string, found 7"),
            (
                r#"{"id":"  "}"#,
                r#"plans[3].id: expected a non-blank id, found "  ""#,
            ),
            (r#"{}"#, r#"plans[3].id: expected a non-blank id, found """#),
            // Ids become element ids and attributes in the page: markup in
            // one is refused, wherever it is.
            (
                r#"{"id":"p\"><img src=x onerror=alert(1)>"}"#,
                r#"plans[3].id: expected an id of letters, digits, '-', '_' or '.', found "p"><img src=x onerror=alert(1)>""#,
            ),
            (
                r#"{"id":"p","contacts":[{"id":"c1"},{"id":"c 2"}]}"#,
                r#"plans[3].contacts[1].id: expected an id of letters, digits, '-', '_' or '.', found "c 2""#,
            ),
            (
                r#"{"id":"p","pains":[{"id":"<b>"}]}"#,
                r#"plans[3].pains[0].id: expected an id of letters, digits, '-', '_' or '.', found "<b>""#,
            ),
            (
                r#"{"id":"p","visit":{"objections":[{"id":"o&1"}]}}"#,
                r#"plans[3].visit.objections[0].id: expected an id of letters, digits, '-', '_' or '.', found "o&1""#,
            ),
            (
                r#"{"id":"p","step":"done"}"#,
                r#"plans[3].step: expected one of customer/visit_prep/diagnosis/bantcc/review, found "done""#,
            ),
            (
                r#"{"id":"p","account":"万科"}"#,
                r#"plans[3].account: expected an object, found "万科""#,
            ),
            (
                r#"{"id":"p","opportunity":{"amount":-5}}"#,
                "plans[3].opportunity.amount: expected a non-negative amount or null, found -5",
            ),
            (
                r#"{"id":"p","opportunity":{"next_contact":"2024-02-30"}}"#,
                r#"plans[3].opportunity.next_contact: expected a date YYYY-MM-DD or null, found "2024-02-30""#,
            ),
            (
                r#"{"id":"p","contacts":[{"id":"c1"},{"id":"c2","role":"boss"}]}"#,
                r#"plans[3].contacts[1].role: expected one of unknown/user/decision_maker/procurement/budget_approver/technical_evaluator/influencer, found "boss""#,
            ),
            (
                r#"{"id":"p","contacts":[{"is_coach":"yes"}]}"#,
                r#"plans[3].contacts[0].is_coach: expected true or false, found "yes""#,
            ),
            (
                r#"{"id":"p","contacts":{}}"#,
                "plans[3].contacts: expected a list, found an object",
            ),
            (
                r#"{"id":"p","visit":{"questions":["a",null]}}"#,
                "plans[3].visit.questions[1]: expected a string, found null",
            ),
            (
                r#"{"id":"p","visit":{"objections":[{"answer":false}]}}"#,
                "plans[3].visit.objections[0].answer: expected a string, found false",
            ),
            (
                r#"{"id":"p","pains":[{"owner":3}]}"#,
                "plans[3].pains[0].owner: expected a string, found 3",
            ),
            (
                r#"{"id":"p","deal":{"go_override":{"decision":"later"}}}"#,
                r#"plans[3].deal.go_override.decision: expected one of go/no_go/develop_first, found "later""#,
            ),
            (
                r#"{"id":"p","deal":{"go_override":[]}}"#,
                "plans[3].deal.go_override: expected an object, found a list",
            ),
        ] {
            assert_eq!(error(plan), want, "{plan}");
        }
    }

    #[test]
    fn missing_fields_take_defaults_and_are_noted() {
        let (plan, notes) = read(r#"{"id":"p9","account":{"name":"万科"},"later":{"x":1}}"#)
            .expect("a sparse plan loads");
        assert_eq!(plan.id, "p9");
        assert_eq!(plan.account.name, "万科");
        assert_eq!(plan.opportunity.currency, "CNY");
        let paths: Vec<&str> = notes.iter().map(|n| n.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                // In key order, as serde reads a document's fields.
                "plans[3].account.address",
                "plans[3].account.industry",
                "plans[3].account.region",
                "plans[3].bantcc",
                "plans[3].contacts",
                "plans[3].created_at",
                "plans[3].deal",
                "plans[3].diagnosis",
                "plans[3].opportunity",
                "plans[3].pains",
                "plans[3].review",
                "plans[3].step",
                "plans[3].updated_at",
                "plans[3].visit",
            ]
        );
        assert!(notes.iter().all(|n| n.kind == NoteKind::Missing));
        let (plan, notes) =
            read(r#"{"id":"p9","deal":{"go_override":null,"picked_stage":null,"ticked":null}}"#)
                .unwrap();
        assert_eq!(plan.deal.go_override, None);
        let nulls: Vec<&str> = notes
            .iter()
            .filter(|n| n.kind == NoteKind::Null)
            .map(|n| n.path.as_str())
            .collect();
        assert_eq!(
            nulls,
            ["plans[3].deal.ticked"],
            "null optional fields are not noted"
        );
    }

    #[test]
    fn a_full_plan_has_no_notes_and_round_trips() {
        let golden = include_str!("fixtures/plan-v1-deal.json");
        let plan = decode_plan(golden).unwrap();
        let doc = serial::parse(&encode_plan(&plan)).unwrap();
        let body = doc.as_object().and_then(|o| o.get("plan")).unwrap();
        let (again, notes) = decode_plan_value(body.clone(), AT).unwrap();
        assert_eq!(again, plan);
        assert_eq!(notes, []);
        let mut risky = plan.clone();
        risky.bantcc.need.status = BantccStatus::Risk;
        assert_eq!(decode_plan(&encode_plan(&risky)), Ok(risky));
    }

    #[test]
    fn deep_nesting_is_an_error_not_a_crash() {
        let deep = format!(
            r#"{{"schema_version":1,"plan":{{"id":"p","x":{}{}}}}}"#,
            "[".repeat(200_000),
            "]".repeat(200_000)
        );
        match decode_plan(&deep) {
            Err(DecodeError::NotJson { detail }) => {
                assert!(detail.starts_with("recursion limit exceeded"), "{detail}")
            }
            other => panic!("expected NotJson, got {other:?}"),
        }
    }
}
