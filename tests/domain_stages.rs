//! Project stages: the shipped set, validation of team-edited sets, the two
//! ways to set a stage and the stored settings document.

use winplan::domain::codec::DecodeError;
use winplan::domain::stages::{
    decode_stage_set, derive_stage, encode_stage_set, first_incomplete, missing_criteria,
    supporting_criteria, ticked_ahead, validate, Criterion, LocalText, Stage, StageKind, StageSet,
    StageSetError, MAX_STAGES, MIN_CRITERIA, STAGES_SCHEMA_VERSION,
};

/// Every criterion id of the stage at `index` in the default set.
fn ids_of(set: &StageSet, index: usize) -> Vec<String> {
    set.stages[index]
        .criteria
        .iter()
        .map(|c| c.id.clone())
        .collect()
}

/// The ticks that complete every open stage up to and including `last`.
fn ticks_through(set: &StageSet, last: usize) -> Vec<String> {
    (0..=last).flat_map(|i| ids_of(set, i)).collect()
}

#[test]
fn default_set_is_valid_and_bilingual() {
    let set = StageSet::default_set();
    assert_eq!(validate(&set), Ok(()));
    assert_eq!(set, StageSet::default());
    assert!(set.stages.len() <= MAX_STAGES);

    let names: Vec<&str> = set.stages.iter().map(|s| s.name.get(true)).collect();
    assert_eq!(
        names,
        [
            "发现需求",
            "确认需求",
            "方案评估",
            "商务谈判",
            "赢单",
            "输单"
        ]
    );
    let en: Vec<&str> = set.stages.iter().map(|s| s.name.get(false)).collect();
    assert_eq!(
        en,
        [
            "Discover needs",
            "Confirm the need",
            "Evaluate solutions",
            "Negotiate",
            "Won",
            "Lost"
        ]
    );
    let rates: Vec<u8> = set.stages.iter().map(|s| s.win_rate_pct).collect();
    assert_eq!(rates, [10, 25, 50, 75, 100, 0]);
    let kinds: Vec<StageKind> = set.stages.iter().map(|s| s.kind).collect();
    use StageKind::{Lost, Open, Won};
    assert_eq!(kinds, [Open, Open, Open, Open, Won, Lost]);

    for s in &set.stages {
        if s.kind == Open {
            assert!((3..=5).contains(&s.criteria.len()), "{}", s.id);
        }
        for c in &s.criteria {
            assert!(!c.text.zh.trim().is_empty() && !c.text.en.trim().is_empty());
        }
    }
    // The qualification gate is 确认需求.
    assert_eq!(set.gate_index(), Some(1));
    assert_eq!(set.first_of(Won), Some(4));
    assert_eq!(set.first_of(Lost), Some(5));
    assert_eq!(set.index_of("evaluate"), Some(2));
    assert_eq!(set.criterion_position("evaluate-trial"), Some((2, 2)));
    assert_eq!(set.criterion_position("nope"), None);
    assert!((set.stages[2].win_rate() - 0.5).abs() < 1e-12);
}

#[test]
fn local_text_falls_back_to_the_other_language() {
    let t = LocalText::new(" 赢单 ", "");
    assert_eq!(t.get(true), "赢单");
    assert_eq!(t.get(false), "赢单");
    let t = LocalText::new("", "Won");
    assert_eq!(t.get(true), "Won");
    assert!(!t.is_blank());
    assert!(LocalText::new(" ", "").is_blank());
}

fn open_stage(id: &str, rate: u8, n: usize) -> Stage {
    Stage {
        id: id.into(),
        name: LocalText::new(id, id),
        win_rate_pct: rate,
        criteria: (0..n)
            .map(|i| Criterion {
                id: format!("{id}-{i}"),
                text: LocalText::new("要素", "criterion"),
            })
            .collect(),
        kind: StageKind::Open,
    }
}

fn terminal(id: &str, rate: u8, kind: StageKind) -> Stage {
    Stage {
        kind,
        ..open_stage(id, rate, 1)
    }
}

fn set_of(stages: Vec<Stage>, gate: &str) -> StageSet {
    StageSet {
        stages,
        qualification_gate: gate.into(),
    }
}

#[test]
fn a_minimal_set_without_a_lost_stage_is_valid() {
    let set = set_of(
        vec![
            open_stage("a", 20, 3),
            open_stage("b", 60, 5),
            terminal("w", 100, StageKind::Won),
        ],
        "a",
    );
    assert_eq!(validate(&set), Ok(()));
}

#[test]
fn at_most_six_stages() {
    let mut stages: Vec<Stage> = (0..6)
        .map(|i| open_stage(&format!("s{i}"), 10 * i as u8, 3))
        .collect();
    stages.push(terminal("w", 100, StageKind::Won));
    let set = set_of(stages, "s1");
    assert_eq!(
        validate(&set),
        Err(vec![StageSetError::TooManyStages { count: 7 }])
    );
}

#[test]
fn criteria_counts_are_three_to_five_for_open_stages() {
    let mut won = terminal("w", 100, StageKind::Won);
    won.criteria.clear();
    let set = set_of(
        vec![open_stage("a", 10, 2), open_stage("b", 20, 6), won],
        "a",
    );
    assert_eq!(
        validate(&set),
        Err(vec![
            StageSetError::CriteriaCount { stage: 0, count: 2 },
            StageSetError::CriteriaCount { stage: 1, count: 6 },
        ])
    );
}

#[test]
fn rates_must_not_fall_and_stay_within_100() {
    let set = set_of(
        vec![
            open_stage("a", 50, 3),
            open_stage("b", 40, 3),
            open_stage("c", 101, 3),
            terminal("w", 90, StageKind::Won),
            terminal("l", 45, StageKind::Lost),
        ],
        "a",
    );
    assert_eq!(
        validate(&set),
        Err(vec![
            StageSetError::RateDecreases { stage: 1 },
            StageSetError::RateOutOfRange { stage: 2, pct: 101 },
            StageSetError::RateDecreases { stage: 3 },
            StageSetError::LostRateTooHigh { stage: 4 },
        ])
    );
}

#[test]
fn ids_names_and_texts_are_checked() {
    let mut a = open_stage("a", 10, 3);
    a.criteria[1].id = "a-0".into();
    a.criteria[2].text = LocalText::default();
    let mut b = open_stage("b", 20, 3);
    b.id = "a".into();
    b.name = LocalText::new(" ", "");
    b.criteria[0].id = " ".into();
    let set = set_of(vec![a, b, terminal("w", 100, StageKind::Won)], "a");
    assert_eq!(
        validate(&set),
        Err(vec![
            StageSetError::DuplicateCriterionId {
                stage: 0,
                criterion: 1
            },
            StageSetError::BlankCriterionText {
                stage: 0,
                criterion: 2
            },
            StageSetError::DuplicateStageId { stage: 1 },
            StageSetError::BlankName { stage: 1 },
            StageSetError::BlankCriterionId {
                stage: 1,
                criterion: 0
            },
        ])
    );
    let mut blank_id = set_of(
        vec![open_stage("a", 10, 3), terminal("w", 100, StageKind::Won)],
        "a",
    );
    blank_id.stages[1].id = String::new();
    assert_eq!(
        validate(&blank_id),
        Err(vec![StageSetError::BlankStageId { stage: 1 }])
    );
}

#[test]
fn exactly_one_won_at_most_one_lost_in_order_and_gate_open() {
    let set = set_of(
        vec![
            terminal("l1", 0, StageKind::Lost),
            open_stage("a", 10, 3),
            terminal("l2", 0, StageKind::Lost),
        ],
        "l1",
    );
    assert_eq!(
        validate(&set),
        Err(vec![
            StageSetError::WonCount { count: 0 },
            StageSetError::LostCount { count: 2 },
            StageSetError::OutOfOrder { stage: 1 },
            StageSetError::GateNotOpenStage,
        ])
    );
    let only_terminals = set_of(
        vec![
            terminal("w", 100, StageKind::Won),
            terminal("w2", 100, StageKind::Won),
        ],
        "w",
    );
    assert_eq!(
        validate(&only_terminals),
        Err(vec![
            StageSetError::NoOpenStage,
            StageSetError::WonCount { count: 2 },
            StageSetError::GateNotOpenStage,
        ])
    );
    // An invalid gate still holds somewhere: at the first open stage.
    let mut bad_gate = StageSet::default_set();
    bad_gate.qualification_gate = "won".into();
    assert_eq!(bad_gate.gate_index(), Some(0));
    assert_eq!(only_terminals.gate_index(), None);
}

#[test]
fn derive_reaches_each_stage_from_its_criteria() {
    let set = StageSet::default_set();
    let none: [&str; 0] = [];
    assert_eq!(derive_stage(&set, &none), None);
    for open in 0..4 {
        let ticks = ticks_through(&set, open);
        assert_eq!(derive_stage(&set, &ticks), Some(open), "stage {open}");
        // One criterion short of the stage leaves the deal one stage back.
        let short = &ticks[..ticks.len() - 1];
        let expected = open.checked_sub(1);
        assert_eq!(derive_stage(&set, short), expected, "stage {open} short");
    }
    let mut won = ticks_through(&set, 3);
    won.push("won-signed".into());
    assert_eq!(derive_stage(&set, &won), Some(4));
    // An outcome is a fact whatever the checklist above it says.
    assert_eq!(derive_stage(&set, &["won-signed"]), Some(4));
    assert_eq!(derive_stage(&set, &["lost-rival"]), Some(5));
    assert_eq!(derive_stage(&set, &["lost-cancelled"]), Some(5));
    // Both ticked: the cautious reading.
    assert_eq!(derive_stage(&set, &["won-signed", "lost-rival"]), Some(5));
}

#[test]
fn derive_walks_the_checklist_in_order() {
    let set = StageSet::default_set();
    // Stage 3 complete but stage 2 not: only stage 1 counts.
    let mut ticks = ticks_through(&set, 0);
    ticks.extend(ids_of(&set, 2));
    assert_eq!(derive_stage(&set, &ticks), Some(0));
    assert_eq!(first_incomplete(&set, &ticks), Some(1));
    assert_eq!(ticked_ahead(&set, 1, &ticks), Some(2));
    // Unknown ids and repeats are harmless.
    ticks.push("removed-criterion".into());
    ticks.push("discover-pain".into());
    assert_eq!(derive_stage(&set, &ticks), Some(0));
    // Order of the ticked list does not matter.
    let mut reversed = ticks_through(&set, 1);
    reversed.reverse();
    assert_eq!(derive_stage(&set, &reversed), Some(1));
    assert_eq!(ticked_ahead(&set, 2, &reversed), None);
    assert_eq!(first_incomplete(&set, &ticks_through(&set, 3)), None);
}

#[test]
fn a_stage_without_criteria_stops_the_walk() {
    let mut set = StageSet::default_set();
    set.stages[1].criteria.clear();
    let ticks = ticks_through(&set, 2);
    assert_eq!(derive_stage(&set, &ticks), Some(0));
}

#[test]
fn supporting_and_missing_criteria() {
    let set = StageSet::default_set();
    let ticks = ["evaluate-ubv", "evaluate-process", "discover-pain"];
    assert_eq!(supporting_criteria(&set, 2, &ticks), vec![1, 3]);
    assert_eq!(missing_criteria(&set, 2, &ticks), vec![0, 2]);
    assert_eq!(supporting_criteria(&set, 3, &ticks), Vec::<usize>::new());
    assert_eq!(supporting_criteria(&set, 99, &ticks), Vec::<usize>::new());
    assert_eq!(missing_criteria(&set, 99, &ticks), Vec::<usize>::new());
}

#[test]
fn stage_set_document_round_trips() {
    let mut set = StageSet::default_set();
    set.stages[2].win_rate_pct = 40;
    set.stages[2].name.en = "Evaluation".into();
    let raw = encode_stage_set(&set);
    assert!(
        raw.starts_with(r#"{"schema_version":1,"stages":{"#),
        "{raw}"
    );
    assert_eq!(decode_stage_set(&raw), Ok(set));
    assert_eq!(STAGES_SCHEMA_VERSION, 1);
}

#[test]
fn stage_set_document_errors() {
    assert_eq!(
        decode_stage_set(r#"{"schema_version":2,"stages":{}}"#),
        Err(DecodeError::NewerVersion { found: 2 })
    );
    assert!(matches!(
        decode_stage_set("{"),
        Err(DecodeError::NotJson { .. })
    ));
    for bad in [
        r#"{"stages":{}}"#,
        r#"{"schema_version":0,"stages":{}}"#,
        r#"{"schema_version":"1","stages":{}}"#,
        r#"{"schema_version":1}"#,
        r#"{"schema_version":1,"stages":null}"#,
        r#"{"schema_version":1,"stages":{"stages":[{"kind":"maybe"}]}}"#,
        r#"[1]"#,
    ] {
        assert!(
            matches!(decode_stage_set(bad), Err(DecodeError::Invalid { .. })),
            "{bad}"
        );
    }
    // A value of the wrong kind is refused with its path.
    assert_eq!(
        decode_stage_set(r#"{"schema_version":1,"stages":{"stages":[{},{"kind":"maybe"}]}}"#),
        Err(DecodeError::Invalid {
            detail: r#"stages.stages[1].kind: expected one of open/won/lost, found "maybe""#.into()
        })
    );
    // A set that fails validation is refused, naming the problem.
    let mut set = StageSet::default_set();
    set.stages[0].criteria.truncate(1);
    match decode_stage_set(&encode_stage_set(&set)) {
        Err(DecodeError::Invalid { detail }) => {
            assert!(detail.contains("CriteriaCount"), "{detail}")
        }
        other => panic!("expected Invalid, got {other:?}"),
    }
    // Missing fields take the defaults: an empty body is the shipped set.
    assert_eq!(
        decode_stage_set(r#"{"schema_version":1,"stages":{}}"#),
        Ok(StageSet::default_set())
    );
}

#[test]
fn editing_the_set_adds_stages_and_criteria_with_fresh_ids() {
    let mut set = StageSet::default_set();
    let open = set
        .stages
        .iter()
        .filter(|s| s.kind == StageKind::Open)
        .count();
    let last_open_rate = set.stages[open - 1].win_rate_pct;
    // The default set has six stages: adding one more does nothing.
    assert_eq!(set.stages.len(), 6);
    let before = set.clone();
    set.add_stage();
    assert_eq!(set, before);

    // With room, a stage goes after the last open one, takes its rate and
    // gets the minimum number of (empty) criteria, all with new ids.
    set.remove_stage(0);
    let last_open_rate_now = set.stages[open - 2].win_rate_pct;
    assert_eq!(last_open_rate_now, last_open_rate);
    set.add_stage();
    let added = &set.stages[open - 1];
    assert_eq!(added.kind, StageKind::Open);
    assert_eq!(added.win_rate_pct, last_open_rate);
    assert_eq!(added.criteria.len(), MIN_CRITERIA);
    assert_eq!(set.stages[open].kind, StageKind::Won);
    let mut ids: Vec<&str> = set
        .stages
        .iter()
        .flat_map(|s| {
            std::iter::once(s.id.as_str()).chain(s.criteria.iter().map(|c| c.id.as_str()))
        })
        .collect();
    let n = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), n, "every id is unique");

    // Criteria: added with a fresh id, removed by position; out-of-range
    // positions change nothing.
    set.add_criterion(0);
    assert_eq!(
        set.stages[0].criteria.len(),
        before.stages[1].criteria.len() + 1
    );
    let edited = set.clone();
    set.remove_criterion(0, 99);
    set.remove_criterion(99, 0);
    set.remove_stage(99);
    assert_eq!(set, edited);
    set.remove_criterion(0, 0);
    assert_eq!(
        set.stages[0].criteria.len(),
        before.stages[1].criteria.len()
    );
}
