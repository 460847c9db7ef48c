//! Any bytes given to the importer: it must return a file or a typed
//! error, never panic, overflow the stack or hang; whatever it accepts
//! must export and import back to the same plans.
#![no_main]

use libfuzzer_sys::fuzz_target;
use winplan::domain::{serial, transfer};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    // The JSON layer alone: parse never panics; a value it reads it
    // reports consistently.
    let _ = serial::parse(text);
    let Ok(file) = transfer::parse_import(text) else {
        return;
    };
    let exported = transfer::export_json(&file.plans, "2026-11-23T10:00:00.000Z");
    let again = transfer::parse_import(&exported).expect("an export always imports");
    assert_eq!(
        again.plans, file.plans,
        "export -> import changed the plans"
    );
    assert!(again.notes.is_empty(), "an export has every field");
    // Stored documents round-trip too.
    for p in &file.plans {
        let stored = winplan::domain::codec::encode_plan(p);
        assert_eq!(&winplan::domain::codec::decode_plan(&stored).unwrap(), p);
    }
});
