//! Share-link fragments: base64url, the `#share=1.` format, its errors and
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
        assert!(fragment.starts_with("#share=1."), "{fragment}");
        assert_eq!(parse_fragment(&fragment), Some(Ok(data.clone())));
        // location.hash has the '#'; a hash copied without it reads too.
        assert_eq!(parse_fragment(&fragment[1..]), Some(Ok(data)));
    }
    assert_eq!(encode_fragment(b"foo").unwrap(), "#share=1.Zm9v");
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
    assert_eq!(err("#share=2.Zm9v"), ShareError::UnsupportedVersion);
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
        "http://127.0.0.1:8080/#share=1.Zm9v"
    );
    assert_eq!(
        link(
            "https://example.org/winplan/index.html?lang=en#share=1.AAAA",
            data
        )
        .unwrap(),
        "https://example.org/winplan/index.html?lang=en#share=1.Zm9v"
    );
    assert_eq!(
        link("https://example.org/#", data).unwrap(),
        "https://example.org/#share=1.Zm9v"
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
    assert!(fragment.starts_with("#share=1.AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8g"));
    assert!(fragment.ends_with("8PHy8_T19vf4-fr7_P3-_w"));
    assert_eq!(parse_fragment(&fragment), Some(Ok(all.clone())));
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
        LinkProblem::from(&parse_fragment("#share=2.Zm9v").unwrap().unwrap_err()),
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
