//! Every fixture in `tests/fixtures` still reads with nothing lost: each
//! field of the file comes back, with the same value, when the plans read
//! from it are written again; and the encoded documents round-trip byte
//! for byte.

use serde_json::Value;
use winplan::domain::codec::{decode_plan, decode_prefs, encode_plan, encode_prefs};
use winplan::domain::model::Plan;
use winplan::domain::stages::{decode_stage_set, encode_stage_set};
use winplan::domain::transfer::{export_json, parse_import, ImportSource};

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!(
        "{}/tests/fixtures/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .expect("fixture exists")
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).expect("fixture is JSON")
}

/// Every field of `file` is in `written` with the same value (numbers by
/// value: `200000.0` is `200000`); `written` may have more.
fn nothing_lost(file: &Value, written: &Value, path: &str) {
    match (file, written) {
        (Value::Object(f), Value::Object(w)) => {
            for (k, v) in f {
                let again = w.get(k).unwrap_or_else(|| panic!("{path}.{k} was dropped"));
                nothing_lost(v, again, &format!("{path}.{k}"));
            }
        }
        (Value::Array(f), Value::Array(w)) => {
            assert_eq!(f.len(), w.len(), "{path}: length");
            for (i, (a, b)) in f.iter().zip(w).enumerate() {
                nothing_lost(a, b, &format!("{path}[{i}]"));
            }
        }
        (Value::Number(a), Value::Number(b)) => {
            assert_eq!(a.as_f64(), b.as_f64(), "{path}");
        }
        (a, b) => assert_eq!(a, b, "{path}"),
    }
}

#[test]
fn stored_plan_fixtures_decode_with_nothing_lost_and_round_trip() {
    // plan-v1.json was stored before plans had `deal`.
    for (name, defaulted) in [
        ("plan-v1.json", &["plan.deal"][..]),
        ("plan-v1-deal.json", &[]),
    ] {
        let text = fixture(name);
        let plan = decode_plan(&text).expect(name);
        let encoded = encode_plan(&plan);
        nothing_lost(&json(&text), &json(&encoded), name);
        assert_eq!(decode_plan(&encoded).as_ref(), Ok(&plan), "{name}");
        // As an import, only what the file lacks took a default.
        let file = parse_import(&text).expect(name);
        assert_eq!(file.source, ImportSource::StoredPlan);
        assert_eq!(file.plans, [plan], "{name}");
        let paths: Vec<&str> = file.notes.iter().map(|n| n.path.as_str()).collect();
        assert_eq!(paths, defaulted, "{name}");
    }
}

#[test]
fn export_fixture_imports_with_nothing_lost_and_round_trips() {
    let text = fixture("export-v1.json");
    let file = parse_import(&text).expect("export imports");
    assert_eq!(file.notes, []);
    let ImportSource::Export { exported_at, .. } = &file.source else {
        panic!("an export file");
    };
    let again = export_json(&file.plans, exported_at, ["", ""]);
    let mut want = json(&text);
    // The app version is this build's.
    want["app_version"] = json(&format!("\"{}\"", env!("CARGO_PKG_VERSION")));
    nothing_lost(&want, &json(&again), "export");
    assert_eq!(
        parse_import(&again).expect("re-export imports").plans,
        file.plans
    );
}

#[test]
fn bare_plan_fixture_keeps_every_known_field() {
    let text = fixture("plan-object-v1.json");
    let file = parse_import(&text).expect("bare plan imports");
    let plan = &file.plans[0];
    let written = serde_json::to_value(plan).expect("plan serialises");
    let mut original = json(&text);
    let fields = original.as_object_mut().expect("an object");
    // Written differently, meaning the same: amount text, blank date; and a
    // field this app does not know.
    assert_eq!(
        fields.remove("opportunity").map(|o| o["amount"].clone()),
        Some(json("\"1,200,000\""))
    );
    assert_eq!(written["opportunity"]["amount"], json("1200000"));
    assert_eq!(written["opportunity"]["next_contact"], Value::Null);
    assert!(fields.remove("note_from_a_person").is_some());
    nothing_lost(&original, &written, "plan");
    let paths: Vec<&str> = file.notes.iter().map(|n| n.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            // In key order, as serde reads a document's fields.
            "bantcc.authority",
            "bantcc.company",
            "bantcc.competition",
            "bantcc.need",
            "bantcc.time",
            "deal",
            "diagnosis.deep_need",
            "diagnosis.surface_need",
            "diagnosis.whole_solution",
            "review.commitment_obtained",
            "review.next_step",
            "review.outcome",
            "review.what_happened",
            "visit.appointment_confirmed",
            "visit.commitment_best",
            "visit.commitment_min",
            "visit.info_to_give",
            "visit.info_to_obtain",
            "visit.objections",
            "visit.our_attendees",
            "visit.purpose",
            "visit.questions",
            "visit.their_attendees",
            "visit.visit_date",
        ]
    );
    let exported = export_json(&file.plans, "2026-11-23T10:00:00.000Z", ["", ""]);
    let again = parse_import(&exported).expect("export imports");
    assert_eq!(again.plans, file.plans);
    assert_eq!(again.notes, []);
}

#[test]
fn encoded_fixtures_read_and_write_byte_for_byte() {
    for name in ["empty", "tricky", "plan-v1", "plan-v1-deal"] {
        let text = fixture(&format!("encoded/{name}.compact.json"));
        let plan: Plan = decode_plan(&text).expect(name);
        assert_eq!(encode_plan(&plan), text, "{name}");
    }
    let text = fixture("encoded/stages.compact.json");
    assert_eq!(encode_stage_set(&decode_stage_set(&text).unwrap()), text);
    let text = fixture("encoded/prefs.compact.json");
    assert_eq!(encode_prefs(&decode_prefs(&text).unwrap()), text);
}
