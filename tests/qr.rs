//! The share link's QR code (`src/qr.rs`): the settings it encodes with
//! (byte mode, level L raised when free, smallest version), the size
//! limits, and the SVG the UI shows. The encoding itself is `qrcodegen`'s.

use qrcodegen::{QrCode, QrCodeEcc, QrSegment, Version};
use winplan::qr::{
    encode, max_bytes, share_code, Ecc, Qr, QrError, MAX_SCANNABLE_VERSION, QUIET_ZONE,
};

const LEVELS: [Ecc; 4] = [Ecc::Low, Ecc::Medium, Ecc::Quartile, Ecc::High];

/// Deterministic URL-like text of `n` bytes (base64url characters).
fn text(n: usize, seed: u32) -> String {
    const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut x = seed.wrapping_mul(2_654_435_761).wrapping_add(7);
    (0..n)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            char::from(ABC[(x >> 26) as usize])
        })
        .collect()
}

/// Asserts that `qr` is the code of `text`'s bytes in one byte segment,
/// smallest version, level `ecc` raised when free, mask chosen by penalty.
fn assert_is_byte_mode_code(qr: &Qr, text: &str, ecc: QrCodeEcc) {
    let segment = [QrSegment::make_bytes(text.as_bytes())];
    let direct =
        QrCode::encode_segments_advanced(&segment, ecc, Version::MIN, Version::MAX, None, true)
            .expect("fits");
    let what = format!("{} bytes at {ecc:?}", text.len());
    assert_eq!(qr.version(), direct.version().value(), "version, {what}");
    assert_eq!(qr.ecc(), direct.error_correction_level(), "level, {what}");
    assert_eq!(qr.size() as i32, direct.size(), "size, {what}");
    for y in 0..qr.size() {
        for x in 0..qr.size() {
            assert_eq!(
                qr.is_dark(x, y),
                direct.get_module(x as i32, y as i32),
                "module ({x}, {y}), {what}"
            );
        }
    }
}

#[test]
fn text_is_encoded_as_its_utf8_bytes_in_byte_mode() {
    for t in [
        "",
        "a",
        "https://x.org/#share=1.AB",
        "赢单计划 · Win Plan",
        "🙂 plan",
        // Digits only: qrcodegen's encode_text would pick numeric mode.
        "0123456789",
        &text(700, 2),
    ] {
        for ecc in LEVELS {
            assert_is_byte_mode_code(&encode(t, ecc).unwrap(), t, ecc);
        }
    }
}

#[test]
fn the_smallest_version_that_holds_the_text_is_chosen() {
    // Byte-mode capacities of a few versions (ISO/IEC 18004 table 7).
    let cases: [(Ecc, &[(usize, u8)]); 4] = [
        (
            Ecc::Low,
            &[
                (17, 1),
                (18, 2),
                (32, 2),
                (33, 3),
                (230, 9),
                (231, 10),
                (1273, 25),
                (1274, 26),
                (2953, 40),
            ],
        ),
        (Ecc::Medium, &[(14, 1), (15, 2), (2331, 40)]),
        (Ecc::Quartile, &[(11, 1), (12, 2), (1663, 40)]),
        (Ecc::High, &[(7, 1), (8, 2), (1273, 40)]),
    ];
    for (ecc, list) in cases {
        for &(len, version) in list {
            let qr = encode(&text(len, 99), ecc).unwrap();
            assert_eq!(qr.version(), version, "{len} bytes at {ecc:?}");
            assert!(qr.ecc() >= ecc);
            assert_eq!(qr.size(), 17 + 4 * usize::from(version));
        }
    }
}

#[test]
fn the_level_is_raised_when_it_costs_nothing() {
    // 1 byte fits version 1 at every level: the highest is used.
    let qr = encode("a", Ecc::Low).unwrap();
    assert_eq!((qr.version(), qr.ecc()), (1, Ecc::High));
    // 17 bytes need version 1 at L and fit no higher level there.
    let qr = encode(&text(17, 1), Ecc::Low).unwrap();
    assert_eq!((qr.version(), qr.ecc()), (1, Ecc::Low));
    // 14 bytes: version 1 at M (not Q: 11 bytes at most).
    let qr = encode(&text(14, 1), Ecc::Low).unwrap();
    assert_eq!((qr.version(), qr.ecc()), (1, Ecc::Medium));
}

#[test]
fn too_large_text_is_refused_with_the_limit() {
    for ecc in LEVELS {
        let max = max_bytes(ecc);
        assert!(encode(&text(max, 5), ecc).is_ok());
        assert_eq!(
            encode(&text(max + 1, 5), ecc).unwrap_err(),
            QrError::TooLarge { len: max + 1, max }
        );
    }
    assert_eq!(LEVELS.map(max_bytes), [2953, 2331, 1663, 1273]);
    // UTF-8 bytes count, not characters: 985 × 3 bytes = 2955.
    assert_eq!(
        encode(&"汉".repeat(985), Ecc::Low).unwrap_err(),
        QrError::TooLarge {
            len: 2955,
            max: 2953
        }
    );
    assert_eq!(
        QrError::TooLarge {
            len: 2955,
            max: 2953
        }
        .to_string(),
        "2955 bytes do not fit in a QR code (at most 2953 at this level)"
    );
}

#[test]
fn share_links_get_a_code_up_to_version_25_at_level_l() {
    assert_eq!(MAX_SCANNABLE_VERSION, 25);
    // Version 25 holds 1,273 bytes at level L.
    let link = text(1273, 8);
    let qr = encode(&link, Ecc::Low).unwrap();
    assert_eq!((qr.version(), qr.ecc()), (25, Ecc::Low));
    assert_eq!(share_code(&link), Ok(qr));
    // Short links: level raised as for `encode` (33 bytes: version 3,
    // which holds 42 bytes at M and 32 at Q).
    let short = "https://example.org/#share=1.Zm9v";
    assert_eq!(share_code(short), Ok(encode(short, Ecc::Low).unwrap()));
    let qr = encode(short, Ecc::Low).unwrap();
    assert_eq!((qr.version(), qr.ecc()), (3, Ecc::Medium));
    // One byte more needs version 26: too dense to scan off a screen.
    assert_eq!(
        share_code(&text(1274, 8)),
        Err(QrError::TooDense {
            version: 26,
            max: 25
        })
    );
    // The golden plans' links (about 2,600 characters) land here too.
    assert_eq!(
        share_code(&text(2600, 8)),
        Err(QrError::TooDense {
            version: 38,
            max: 25
        })
    );
    assert_eq!(
        share_code(&text(2954, 8)),
        Err(QrError::TooLarge {
            len: 2954,
            max: 2953
        })
    );
    assert_eq!(
        QrError::TooDense {
            version: 26,
            max: 25
        }
        .to_string(),
        "a version 26 QR code is too dense to scan (at most 25)"
    );
}

/// Paints an SVG path of `M<x> <y>h<n>v1h-<n>z` rectangles.
fn paint(path: &str, side: usize) -> Vec<bool> {
    let mut grid = vec![false; side * side];
    for rect in path.split('z').filter(|r| !r.is_empty()) {
        let rest = rect.strip_prefix('M').expect("starts with M");
        let (xy, rest) = rest.split_once('h').unwrap();
        let (n, back) = rest.split_once("v1h-").unwrap();
        assert_eq!(n, back);
        let (x, y) = xy.split_once(' ').unwrap();
        let (x, y, n): (usize, usize, usize) =
            (x.parse().unwrap(), y.parse().unwrap(), n.parse().unwrap());
        assert!(n > 0 && x + n <= side - QUIET_ZONE && y < side - QUIET_ZONE);
        assert!(x >= QUIET_ZONE && y >= QUIET_ZONE, "quiet zone left light");
        for i in x..x + n {
            assert!(!grid[y * side + i], "rectangles do not overlap");
            grid[y * side + i] = true;
        }
    }
    grid
}

#[test]
fn the_svg_path_draws_exactly_the_dark_modules_inside_the_quiet_zone() {
    for (len, ecc) in [(0, Ecc::High), (20, Ecc::Low), (700, Ecc::Medium)] {
        let t = text(len, 4);
        let qr = encode(&t, ecc).unwrap();
        let direct = QrCode::encode_binary(t.as_bytes(), ecc).unwrap();
        let side = qr.side();
        assert_eq!(side, qr.size() + 2 * QUIET_ZONE);
        assert_eq!(QUIET_ZONE, 4);
        let grid = paint(&qr.svg_path(), side);
        for y in 0..side {
            for x in 0..side {
                let dark = x >= QUIET_ZONE
                    && y >= QUIET_ZONE
                    && direct.get_module((x - QUIET_ZONE) as i32, (y - QUIET_ZONE) as i32);
                assert_eq!(grid[y * side + x], dark, "({x}, {y})");
            }
        }
        // Outside the code nothing is dark.
        let s = qr.size();
        assert!(!qr.is_dark(s, 0) && !qr.is_dark(0, s) && !qr.is_dark(usize::MAX, 3));
    }
    let qr = encode("a", Ecc::Low).unwrap();
    assert_eq!(qr.side(), 29);
    // The top-left finder's first row: 7 dark modules after the quiet zone.
    assert!(qr.svg_path().starts_with("M4 4h7v1h-7z"));
}
