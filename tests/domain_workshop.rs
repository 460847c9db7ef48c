//! Issue 12: the workshop rubric's suggested levels, read from the
//! articles' cases, and the totals a trainer can check by hand.

use chrono::NaiveDate;
use winplan::domain::codec::decode_plan;
use winplan::domain::model::{BantccStatus, Tri};
use winplan::domain::stages::StageSet;
use winplan::domain::workshop::{suggest, total, Criterion, Level, Reason};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2024, 5, 13).unwrap()
}

fn levels(plan: &winplan::domain::model::Plan) -> Vec<(Criterion, Level)> {
    let set = StageSet::default_set();
    Criterion::ALL
        .map(|c| (c, suggest(plan, c, &set, today()).level))
        .into()
}

#[test]
fn the_print_outsourcing_plan_is_read_criterion_by_criterion() {
    let plan = decode_plan(include_str!("fixtures/plan-v1.json")).unwrap();
    let set = StageSet::default_set();
    let s = |c| suggest(&plan, c, &set, today());
    // Both commitments written: adequate (whether they are the customer's
    // actions is the trainer's call).
    assert_eq!(s(Criterion::Commitment).level, Level::Adequate);
    // Three pains; the second and third leave a condition unknown.
    assert_eq!(
        s(Criterion::PainVsNeed).reason,
        Reason::Pains {
            recorded: 3,
            classified: 1,
            deep_need: true,
            whole_solution: true
        }
    );
    assert_eq!(s(Criterion::PainVsNeed).level, Level::Weak);
    // Five letters known, three with evidence: weak.
    assert_eq!(
        s(Criterion::BantccEvidence).reason,
        Reason::Bantcc {
            known: 5,
            evidenced: 3
        }
    );
    assert_eq!(s(Criterion::BantccEvidence).level, Level::Weak);
    // User, decision maker and procurement all reached.
    assert_eq!(s(Criterion::CallHighWide).level, Level::Strong);
    // 陈经理 is the coach; 李总 (decision maker) is a driver.
    assert_eq!(s(Criterion::CoachAndStyle).level, Level::Strong);
    assert_eq!(
        s(Criterion::Questions).reason,
        Reason::Questions {
            questions: 3,
            to_give: true
        }
    );
    assert_eq!(
        s(Criterion::Objections).reason,
        Reason::Objections {
            written: 2,
            answered: 2
        }
    );
    assert_eq!(s(Criterion::Objections).level, Level::Adequate);
    // No stage yet in this older plan.
    assert_eq!(s(Criterion::Qualification).level, Level::Missing);
}

#[test]
fn filling_the_gaps_raises_the_suggestions_and_the_total() {
    let mut plan = decode_plan(include_str!("fixtures/plan-v1.json")).unwrap();
    let before = total(&levels(&plan));
    for p in &mut plan.pains {
        p.acknowledged = Tri::Yes;
        p.priority = Tri::No;
        p.we_solve = Tri::Yes;
        p.budget = Tri::No;
    }
    plan.bantcc.time.status = BantccStatus::Partial;
    for l in winplan::domain::model::BantccLetter::ALL {
        plan.bantcc.item_mut(l).evidence = "客户口述".into();
    }
    plan.review.next_step = "周五前发试点方案".into();
    let set = StageSet::default_set();
    assert_eq!(
        suggest(&plan, Criterion::PainVsNeed, &set, today()).level,
        Level::Strong
    );
    assert_eq!(
        suggest(&plan, Criterion::BantccEvidence, &set, today()).level,
        Level::Strong
    );
    assert_eq!(
        suggest(&plan, Criterion::NextStep, &set, today()).level,
        Level::Strong
    );
    let after = total(&levels(&plan));
    // Pain vs need weak -> strong (15 × 2), BANTCC weak -> strong (15 × 2),
    // next step weak -> strong (5 × 2): 70 points, 23.3 out of 100.
    assert!(
        (after - before - 70.0 / 3.0).abs() < 1e-9,
        "{before} -> {after}"
    );
}

#[test]
fn an_empty_plan_suggests_missing_everywhere() {
    let plan = winplan::domain::model::Plan::new("p1", "2026-12-01T08:00:00.000Z");
    assert!(levels(&plan).iter().all(|(_, l)| *l == Level::Missing));
    assert_eq!(total(&levels(&plan)), 0.0);
}

/// Issue 12: three reps' plans for the print-outsourcing case side by
/// side; the one that differs from the class is marked, row by row.
#[test]
fn three_plans_compare_row_by_row_with_the_odd_one_marked() {
    use winplan::domain::model::BantccLetter;
    use winplan::domain::workshop::{compare, Cell, Topic};
    let golden = decode_plan(include_str!("fixtures/plan-v1.json")).unwrap();
    let mut b = golden.clone();
    b.id = "p-b".into();
    let mut c = golden.clone();
    c.id = "p-c".into();
    // Rep C thinks the budget is confirmed and found no coach.
    c.bantcc.budget.status = BantccStatus::Confirmed;
    c.contacts.iter_mut().for_each(|x| x.is_coach = false);
    let rows = compare(&[golden, b, c], &StageSet::default_set(), today());
    let row = |t| rows.iter().find(|r| r.topic == t).unwrap();
    let budget = row(Topic::Bantcc(BantccLetter::Budget));
    assert_eq!(budget.cells[0], Cell::Status(BantccStatus::Partial));
    assert_eq!(budget.differs, [false, false, true]);
    let coach = row(Topic::Coach);
    assert_eq!(coach.cells[2], Cell::Text(None));
    assert_eq!(coach.differs, [false, false, true]);
    // C's flags differ too (no coach); the titles agree.
    assert_eq!(row(Topic::Flags).differs, [false, false, true]);
    assert_eq!(row(Topic::Title).differs, [false; 3]);
    assert_eq!(row(Topic::Pains).cells[0], Cell::Pains([1, 1, 1]));
    // Every row of the brief's list, once: 5 + 6 BANTCC letters + 6.
    assert_eq!(rows.len(), 17);
}

/// Issue 12: a class loads at once. Six files, one of them malformed: the
/// five others load, the bad one says why, and each plan is shown under
/// its author (the plan's own, else the rep who exported the file).
#[test]
fn six_files_load_at_once_and_one_bad_file_blocks_nothing() {
    use winplan::domain::transfer::{export_json, ImportError};
    use winplan::domain::workshop::{load_class, ClassText};
    let file = |name: &str, text: String| ClassText {
        seq: 0,
        name: name.into(),
        text,
    };
    let golden = decode_plan(include_str!("fixtures/plan-v1.json")).unwrap();
    let reps = ["张伟", "李娜", "王芳", "刘洋", "陈静"];
    let mut files: Vec<ClassText> = reps
        .iter()
        .enumerate()
        .map(|(i, rep)| {
            let mut p = golden.clone();
            p.id = format!("p-{i}");
            // The first two wrote theirs after authors were kept.
            if i < 2 {
                p.author = (*rep).into();
            }
            let text = export_json(
                &[p],
                "2026-12-01T08:00:00.000Z",
                [if i < 2 { "" } else { rep }, "华南组"],
            );
            file(&format!("winplan-{rep}.json"), text)
        })
        .collect();
    files.insert(
        3,
        file("broken.json", "{\"format\":\"winplan-export\",".into()),
    );
    let class = load_class(&files);
    assert_eq!(class.len(), 6);
    assert!(matches!(
        class[3].outcome,
        Err(ImportError::Truncated { .. })
    ));
    assert_eq!(class[3].name, "broken.json");
    let authors: Vec<String> = class
        .iter()
        .filter_map(|f| f.outcome.as_ref().ok())
        .map(|plans| plans[0].author.clone())
        .collect();
    assert_eq!(authors, reps);
    // A plan that names its author keeps it; the team comes with it.
    let first = &class[0].outcome.as_ref().unwrap()[0];
    assert_eq!((first.author.as_str(), first.team.as_str()), ("张伟", ""));
    let third = &class[2].outcome.as_ref().unwrap()[0];
    assert_eq!(
        (third.author.as_str(), third.team.as_str()),
        ("王芳", "华南组")
    );
    // A file without an author at all: nobody, not a guess.
    let bare = load_class(&[file("x.json", include_str!("fixtures/plan-v1.json").into())]);
    assert_eq!(bare[0].outcome.as_ref().unwrap()[0].author, "");
}

/// Issue 12: text pasted with several exports one after another.
#[test]
fn pasted_text_with_several_exports_is_cut_into_documents() {
    use winplan::domain::workshop::split_pasted;
    let one = include_str!("fixtures/plan-v1.json").trim();
    let two = include_str!("fixtures/export-v1.json").trim();
    let pasted = format!("\u{feff}{one}\n\n{two}\n");
    assert_eq!(split_pasted(&pasted), [one, two]);
    // Glued together without a newline, too.
    assert_eq!(split_pasted(&format!("{one}{two}")), [one, two]);
    // Not JSON from some point: that piece is kept for the import to say why.
    assert_eq!(split_pasted(&format!("{one}\nnot json")), [one, "not json"]);
    assert!(split_pasted("  \n").is_empty());
}

/// Issue 12: the workshop's name, date and case are kept with the
/// preferences (the first workshop screen's own document is still read,
/// to move them there), and each file the class handed in under a key of
/// its own, kept byte for byte however malformed.
#[test]
fn the_workshop_and_its_files_round_trip() {
    use winplan::domain::codec::{decode_prefs, encode_prefs, Prefs};
    use winplan::domain::workshop::{legacy_workshop, load_class, ClassText, CLASS_PREFIX};
    let prefs = Prefs {
        workshop_name: "华南区 12 月销售训练营".into(),
        workshop_date: NaiveDate::from_ymd_opt(2026, 12, 8),
        workshop_case: "佛山万科：文印外包".into(),
        ..Prefs::default()
    };
    let raw = encode_prefs(&prefs);
    assert!(raw.contains(r#""workshop_date":"2026-12-08""#), "{raw}");
    assert_eq!(decode_prefs(&raw), Ok(prefs));
    // Without a workshop, the preferences are as before.
    assert!(!encode_prefs(&Prefs::default()).contains("workshop"));

    let old = r#"{"schema_version":1,"workshop":{"name":"华南区训练营","date":"2026-12-08","case":"万科"}}"#;
    let w = legacy_workshop(old).unwrap();
    assert_eq!((w.name.as_str(), w.case.as_str()), ("华南区训练营", "万科"));
    assert_eq!(w.date, NaiveDate::from_ymd_opt(2026, 12, 8));
    assert_eq!(legacy_workshop("not json"), None);

    for text in [
        include_str!("fixtures/export-v1.json"),
        "{\"format\":\n",
        "",
    ] {
        let file = ClassText {
            seq: 12,
            name: "winplan-张伟\n.json".into(),
            text: text.into(),
        };
        assert_eq!(file.key(), format!("{CLASS_PREFIX}12"));
        let back = ClassText::from_stored(&file.key(), &file.stored()).unwrap();
        assert_eq!((back.seq, back.name.as_str()), (12, "winplan-张伟 .json"));
        assert_eq!(back.text, text);
    }
    let file = ClassText::from_stored(
        "winplan:v1:class:3",
        &format!("a.json\n{}", include_str!("fixtures/export-v1.json")),
    );
    assert_eq!(
        load_class(&[file.unwrap()])[0]
            .outcome
            .as_ref()
            .map(Vec::len),
        Ok(2)
    );
    assert_eq!(ClassText::from_stored("winplan:v1:plan:3", "x\ny"), None);
    assert_eq!(ClassText::from_stored("winplan:v1:class:x", "x\ny"), None);
}
