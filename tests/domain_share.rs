//! Share-link fragments: base64url, the `#share=2.` format (and the `1` it still reads), its errors and
//! its size limit.

use winplan::domain::share::{
    base64url_decode, base64url_encode, encode_fragment, encoded_len, link, parse_fragment,
    read_plan, LinkProblem, ShareError, FRAGMENT_KEY, MAX_FRAGMENT_LEN,
};

/// Deterministic, varied bytes (no RNG crate needed).
fn bytes(n: usize, seed: u32) -> Vec<u8> {
    let mut x = seed.wrapping_mul(2_654_435_761).wrapping_add(1);
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            (x >> 24) as u8
        })
        .collect()
}

#[test]
fn base64url_matches_the_rfc_4648_vectors_without_padding() {
    for (plain, encoded) in [
        ("", ""),
        ("f", "Zg"),
        ("fo", "Zm8"),
        ("foo", "Zm9v"),
        ("foob", "Zm9vYg"),
        ("fooba", "Zm9vYmE"),
        ("foobar", "Zm9vYmFy"),
    ] {
        assert_eq!(base64url_encode(plain.as_bytes()), encoded);
        assert_eq!(base64url_decode(encoded).unwrap(), plain.as_bytes());
    }
}

#[test]
fn base64url_uses_the_url_safe_alphabet() {
    // Standard base64 would write "+/8=" and "////".
    assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
    assert_eq!(base64url_encode(&[0xff, 0xff, 0xff]), "____");
    assert_eq!(base64url_encode(&[0xfb, 0xef, 0xbe]), "----");
    assert_eq!(base64url_decode("-_8").unwrap(), [0xfb, 0xff]);
    let all: Vec<u8> = (0..=255).collect();
    let text = base64url_encode(&all);
    assert!(text
        .bytes()
        .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'));
    assert_eq!(base64url_decode(&text).unwrap(), all);
}

#[test]
fn base64url_round_trips_every_length() {
    for n in 0..200 {
        let data = bytes(n, n as u32);
        let text = base64url_encode(&data);
        assert_eq!(text.len(), encoded_len(n), "length {n}");
        assert_eq!(base64url_decode(&text).unwrap(), data, "length {n}");
    }
}

#[test]
fn base64url_decode_refuses_anything_else() {
    let bad = |text: &str| base64url_decode(text).unwrap_err();
    // Padding, the standard alphabet, whitespace, non-ASCII.
    assert_eq!(bad("Zg=="), ShareError::BadBase64 { at: 2 });
    assert_eq!(bad("Zm9v+/8"), ShareError::BadBase64 { at: 4 });
    assert_eq!(bad("Zm9v YmFy"), ShareError::BadBase64 { at: 4 });
    assert_eq!(bad("Zm9\n"), ShareError::BadBase64 { at: 3 });
    assert_eq!(bad("Zm9vé"), ShareError::BadBase64 { at: 4 });
    // A length no encoder produces.
    assert_eq!(bad("Z"), ShareError::BadBase64 { at: 1 });
    assert_eq!(bad("Zm9vY"), ShareError::BadBase64 { at: 5 });
    // Non-zero unused bits: "Zh" would also read as "f".
    assert_eq!(bad("Zh"), ShareError::BadBase64 { at: 1 });
    assert_eq!(bad("Zm9"), ShareError::BadBase64 { at: 2 });
    assert_eq!(base64url_decode("Zm8").unwrap(), b"fo");
}

#[test]
fn fragment_round_trips() {
    for n in [0, 1, 2, 3, 100, 2_000] {
        let data = bytes(n, 7);
        let fragment = encode_fragment(&data).unwrap();
        assert!(fragment.starts_with("#share=2."), "{fragment}");
        assert_eq!(parse_fragment(&fragment), Some(Ok(data.clone())));
        // location.hash has the '#'; a hash copied without it reads too.
        assert_eq!(parse_fragment(&fragment[1..]), Some(Ok(data)));
    }
    assert_eq!(encode_fragment(b"foo").unwrap(), "#share=2.Zm9v");
    // An empty payload is not malformed here; decompressing it fails.
    assert_eq!(parse_fragment("#share=1."), Some(Ok(Vec::new())));
}

#[test]
fn other_fragments_are_not_share_links() {
    for hash in [
        "",
        "#",
        "#top",
        "#/plans",
        "#Share=1.Zm9v",
        "# share=1.Zm9v",
        "#1.Zm9v",
    ] {
        assert_eq!(parse_fragment(hash), None, "{hash:?}");
    }
    assert_eq!(FRAGMENT_KEY, "share=");
}

#[test]
fn damaged_share_fragments_say_why() {
    let err = |hash: &str| parse_fragment(hash).unwrap().unwrap_err();
    assert_eq!(err("#share="), ShareError::Malformed);
    assert_eq!(err("#share=1"), ShareError::Malformed);
    assert_eq!(err("#share=.Zm9v"), ShareError::Malformed);
    assert_eq!(err("#share=3.Zm9v"), ShareError::UnsupportedVersion);
    assert_eq!(err("#share=v1.Zm9v"), ShareError::UnsupportedVersion);
    assert_eq!(err("#share=版.Zm9v"), ShareError::UnsupportedVersion);
    assert_eq!(err("#share=1.Zm9v="), ShareError::BadBase64 { at: 4 });
    assert_eq!(err("#share=1.Zm9v%20"), ShareError::BadBase64 { at: 4 });
    assert_eq!(err("#share=1.Zm9vY"), ShareError::BadBase64 { at: 5 });
    // The payload may contain no second '.'.
    assert_eq!(err("#share=1.Zm9v.Zm9v"), ShareError::BadBase64 { at: 4 });
}

#[test]
fn the_size_limit_is_the_same_for_writing_and_reading() {
    // "#share=1." is 9 characters; find the largest payload that fits.
    let fits = (0..MAX_FRAGMENT_LEN)
        .rev()
        .find(|&n| 9 + encoded_len(n) <= MAX_FRAGMENT_LEN)
        .unwrap();
    let largest = encode_fragment(&bytes(fits, 3)).unwrap();
    assert!(largest.len() <= MAX_FRAGMENT_LEN);
    assert!(largest.len() > MAX_FRAGMENT_LEN - 4);
    assert_eq!(parse_fragment(&largest), Some(Ok(bytes(fits, 3))));

    let over = fits + 1;
    let len = 9 + encoded_len(over);
    assert_eq!(
        encode_fragment(&bytes(over, 3)),
        Err(ShareError::TooLarge {
            len,
            max: MAX_FRAGMENT_LEN
        })
    );
    // A longer fragment from elsewhere is refused before decoding.
    let long = format!("#share=1.{}", "A".repeat(MAX_FRAGMENT_LEN));
    assert_eq!(
        parse_fragment(&long),
        Some(Err(ShareError::TooLarge {
            len: long.len(),
            max: MAX_FRAGMENT_LEN
        }))
    );
    let long_bad = format!("#share=9.{}", "!".repeat(MAX_FRAGMENT_LEN));
    assert!(matches!(
        parse_fragment(&long_bad),
        Some(Err(ShareError::TooLarge { .. }))
    ));
}

#[test]
fn link_replaces_the_page_fragment() {
    let data = b"foo";
    assert_eq!(
        link("http://127.0.0.1:8080/", data).unwrap(),
        "http://127.0.0.1:8080/#share=2.Zm9v"
    );
    assert_eq!(
        link(
            "https://example.org/winplan/index.html?lang=en#share=1.AAAA",
            data
        )
        .unwrap(),
        "https://example.org/winplan/index.html?lang=en#share=2.Zm9v"
    );
    assert_eq!(
        link("https://example.org/#", data).unwrap(),
        "https://example.org/#share=2.Zm9v"
    );
    assert!(matches!(
        link("https://example.org/", &bytes(MAX_FRAGMENT_LEN, 1)),
        Err(ShareError::TooLarge { .. })
    ));
}

#[test]
fn errors_read_as_sentences() {
    assert_eq!(
        ShareError::UnsupportedVersion.to_string(),
        "share link from a newer version"
    );
    assert_eq!(
        ShareError::BadBase64 { at: 4 }.to_string(),
        "share link damaged at character 4"
    );
    assert_eq!(
        ShareError::TooLarge { len: 9, max: 8 }.to_string(),
        "share link of 9 characters exceeds 8"
    );
    assert_eq!(ShareError::Malformed.to_string(), "malformed share link");
}

#[test]
fn links_made_by_the_hand_written_encoder_still_open() {
    // Written by the base64url encoder this app had before it used the
    // `base64` crate: every byte value 0 to 255, then one byte short.
    let all: Vec<u8> = (0..=255).collect();
    let fragment = encode_fragment(&all).unwrap();
    assert_eq!(fragment.len(), 9 + 342);
    assert!(fragment.starts_with("#share=2.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g"));
    assert!(fragment.ends_with("8PHy8_T19vf4-fr7_P3-_w"));
    assert_eq!(parse_fragment(&fragment), Some(Ok(all.clone())));
    // Links of format 1 (the whole stored document) still open.
    let v1 = fragment.replacen("=2.", "=1.", 1);
    assert_eq!(parse_fragment(&v1), Some(Ok(all.clone())));
    let short = encode_fragment(&all[..255]).unwrap();
    assert!(short.ends_with("8PHy8_T19vf4-fr7_P3-"));
    assert_eq!(parse_fragment(&short), Some(Ok(all[..255].to_vec())));
}

// Issue 10, case 7: a link from a newer version says so, not "damaged";
// case 5: duplicate row ids are refused with their path, as in files.
#[test]
fn a_received_plan_is_read_or_refused_with_the_true_reason() {
    let plan = include_str!("fixtures/plan-v1.json");
    let read = read_plan(plan.as_bytes()).expect("the golden plan opens");
    assert_eq!(
        read,
        winplan::domain::codec::decode_plan(plan).expect("golden plan")
    );
    // Newer: the link format or the plan schema.
    assert_eq!(
        LinkProblem::from(&parse_fragment("#share=3.Zm9v").unwrap().unwrap_err()),
        LinkProblem::Newer
    );
    let newer = r#"{"schema_version":2,"plan":{"id":"p1","new_field":[1]}}"#;
    assert_eq!(read_plan(newer.as_bytes()), Err(LinkProblem::Newer));
    // Damaged: cut short, bad base64, not UTF-8, not JSON.
    for e in [
        ShareError::Malformed,
        ShareError::BadBase64 { at: 3 },
        ShareError::TooLarge { len: 9, max: 1 },
    ] {
        assert_eq!(LinkProblem::from(&e), LinkProblem::Damaged);
    }
    assert_eq!(read_plan(&[0xff, 0xfe]), Err(LinkProblem::Damaged));
    assert_eq!(
        read_plan(br#"{"schema_version":1,"plan":{"#),
        Err(LinkProblem::Damaged)
    );
    // Invalid: a value of the wrong kind, or two rows with one id.
    let dup = r#"{"schema_version":1,"plan":{"id":"p1","contacts":[{"id":"c1"},{"id":"c1"}]}}"#;
    assert_eq!(
        read_plan(dup.as_bytes()),
        Err(LinkProblem::Invalid(
            r#"plan.contacts[1].id: duplicate id "c1""#.into()
        ))
    );
    let bad = r#"{"schema_version":1,"plan":{"id":"p1","step":"nowhere"}}"#;
    match read_plan(bad.as_bytes()) {
        Err(LinkProblem::Invalid(why)) => assert!(why.starts_with("plan.step: "), "{why}"),
        other => panic!("{other:?}"),
    }
}

// Issue 11: shorter links. The link carries the plan made short (defaults
// left out, keys as initials); a link made today must open in later
// versions, so the golden plan's short document is pinned here.
#[test]
fn a_link_carries_the_plan_made_short_and_earlier_links_still_open() {
    use winplan::domain::codec::{decode_plan, encode_plan, encode_plan_compact};
    let golden = decode_plan(include_str!("fixtures/plan-v1.json")).unwrap();
    let short = encode_plan_compact(&golden);
    assert_eq!(short, include_str!("fixtures/link-v2.json").trim_end());
    assert_eq!(read_plan(short.as_bytes()), Ok(golden.clone()));
    // Shorter than the stored document it replaces in links (format 1),
    // which still opens.
    let whole = encode_plan(&golden);
    assert!(
        short.len() * 10 < whole.len() * 8,
        "{} vs {}",
        short.len(),
        whole.len()
    );
    assert_eq!(read_plan(whole.as_bytes()), Ok(golden.clone()));
    // A fresh plan: almost nothing but its id and dates.
    let fresh = winplan::domain::model::Plan::new("p1", "2026-12-01T08:00:00.000Z");
    assert_eq!(
        encode_plan_compact(&fresh),
        r#"{"schema_version":1,"compact":{"ca":"2026-12-01T08:00:00.000Z","i":"p1","ua":"2026-12-01T08:00:00.000Z"}}"#
    );
    assert_eq!(
        read_plan(encode_plan_compact(&fresh).as_bytes()),
        Ok(fresh.clone())
    );
    // An optional record present at its defaults stays present.
    let mut over = fresh.clone();
    over.deal.go_override = Some(Default::default());
    assert_eq!(read_plan(encode_plan_compact(&over).as_bytes()), Ok(over));
    // Keys that share initials in one object are written in full.
    assert!(short.contains(r#""company":"#) && short.contains(r#""competition":"#));
}

// Issue 11: the QR code of a reduced plan says what the verdict says, and
// the shared view what it shows.
#[test]
fn a_reduced_plan_keeps_the_verdict_and_what_the_shared_view_shows() {
    use winplan::domain::codec::decode_plan;
    use winplan::domain::model::BantccLetter;
    use winplan::domain::scoring::scorecard;
    use winplan::domain::share::reduced;
    use winplan::domain::stages::StageSet;
    let today = chrono::NaiveDate::from_ymd_opt(2025, 1, 10).unwrap();
    let set = StageSet::default();
    for raw in [
        include_str!("fixtures/plan-v1.json"),
        include_str!("fixtures/plan-v1-deal.json"),
    ] {
        let plan = decode_plan(raw).unwrap();
        let r = reduced(&plan);
        assert_eq!(scorecard(&r, &set, today), scorecard(&plan, &set, today));
        assert_eq!(
            (&r.account, &r.opportunity, &r.contacts, &r.deal),
            (&plan.account, &plan.opportunity, &plan.contacts, &plan.deal)
        );
        assert_eq!(r.visit.commitment_best, plan.visit.commitment_best);
        assert_eq!(r.visit.commitment_min, plan.visit.commitment_min);
        let descriptions = |p: &winplan::domain::model::Plan| {
            p.pains
                .iter()
                .map(|n| n.description.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(descriptions(&r), descriptions(&plan));
        for l in BantccLetter::ALL {
            assert_eq!(r.bantcc.item(l).status, plan.bantcc.item(l).status);
            assert!(r.bantcc.item(l).notes.is_empty() && r.bantcc.item(l).evidence.is_empty());
        }
        // Long notes left out.
        assert!(r.visit.purpose.is_empty() && r.visit.objections.is_empty());
        assert!(r.diagnosis.deep_need.is_empty() && r.review.what_happened.is_empty());
        assert!(
            winplan::domain::codec::encode_plan_compact(&r).len()
                < winplan::domain::codec::encode_plan_compact(&plan).len()
        );
    }
}
