//! The hand-written QR encoder against Project Nayuki's `qrcodegen` (the
//! reference, a dev-dependency only), plus the structure the standard
//! fixes, an independent read-back of the data, the SVG path and the size
//! limits.

use qrcodegen::{QrCode, QrCodeEcc};
use winplan::domain::qr::{encode, Ecc, Qr, QrError, QUIET_ZONE};

const LEVELS: [Ecc; 4] = [Ecc::Low, Ecc::Medium, Ecc::Quartile, Ecc::High];

fn reference_ecc(ecc: Ecc) -> QrCodeEcc {
    match ecc {
        Ecc::Low => QrCodeEcc::Low,
        Ecc::Medium => QrCodeEcc::Medium,
        Ecc::Quartile => QrCodeEcc::Quartile,
        Ecc::High => QrCodeEcc::High,
    }
}

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

/// Asserts that `qr` is exactly what qrcodegen makes of `text` at `ecc`.
fn assert_matches_reference(qr: &Qr, text: &str, ecc: Ecc) {
    let reference = QrCode::encode_binary(text.as_bytes(), reference_ecc(ecc))
        .expect("reference encodes what we encode");
    let what = format!("{} bytes at {ecc:?}", text.len());
    assert_eq!(qr.version(), reference.version().value(), "version, {what}");
    assert_eq!(
        reference_ecc(qr.ecc()),
        reference.error_correction_level(),
        "level, {what}"
    );
    assert_eq!(qr.size() as i32, reference.size(), "size, {what}");
    for y in 0..qr.size() {
        for x in 0..qr.size() {
            assert_eq!(
                qr.is_dark(x, y),
                reference.get_module(x as i32, y as i32),
                "module ({x}, {y}), {what}"
            );
        }
    }
}

#[test]
fn matches_the_reference_encoder_at_every_level() {
    // Every length up to 300 bytes in steps of 7 (versions 1 to about 14,
    // all block layouts there), then sparser up to the largest code; the
    // capacity test below makes every version at the edge.
    let mut n = 0;
    while n <= 2953 {
        for ecc in LEVELS {
            if n <= ecc.max_bytes() {
                let t = text(n, n as u32);
                assert_matches_reference(&encode(&t, ecc).unwrap(), &t, ecc);
            }
        }
        n += if n < 300 { 7 } else { 223 };
    }
}

#[test]
fn capacity_boundaries_match_the_reference() {
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
                (2953, 40),
            ],
        ),
        (Ecc::Medium, &[(14, 1), (15, 2), (2331, 40)]),
        (Ecc::Quartile, &[(11, 1), (12, 2), (1663, 40)]),
        (Ecc::High, &[(7, 1), (8, 2), (1273, 40)]),
    ];
    for (ecc, list) in cases {
        for &(len, version) in list {
            let t = text(len, 99);
            let qr = encode(&t, ecc).unwrap();
            assert_eq!(qr.version(), version, "{len} bytes at {ecc:?}");
            assert!(qr.ecc() >= ecc);
            assert_matches_reference(&qr, &t, ecc);
        }
    }
    // Every version at the exact capacity of the lowest level, which the
    // reference reports when asked for one byte too many.
    for v in 1..=40u8 {
        // (Up to version 9 the count field has 8 bits: at most 255 bytes.)
        let too_long = vec![b'a'; if v < 10 { 255 } else { 2954 }];
        let version = qrcodegen::Version::new(v);
        let segment = [qrcodegen::QrSegment::make_bytes(&too_long)];
        let capacity_bits = match QrCode::encode_segments_advanced(
            &segment,
            QrCodeEcc::Low,
            version,
            version,
            None,
            false,
        ) {
            Err(qrcodegen::DataTooLong::DataOverCapacity(_, bits)) => bits,
            Err(other) => panic!("version {v}: {other:?}"),
            Ok(_) => panic!("version {v} holds {} bytes", too_long.len()),
        };
        let len = (capacity_bits - 12 - if v >= 10 { 8 } else { 0 }) / 8;
        let t = text(len, u32::from(v));
        let qr = encode(&t, Ecc::Low).unwrap();
        assert_eq!(qr.version(), v);
        assert_matches_reference(&qr, &t, Ecc::Low);
        let longer = encode(&text(len + 1, 1), Ecc::Low);
        assert!(longer.map_or(v == 40, |qr| qr.version() == v + 1));
    }
}

#[test]
fn non_ascii_text_is_encoded_as_its_utf8_bytes() {
    for t in ["赢单计划 · Win Plan", "", "é", "🙂 plan"] {
        for ecc in LEVELS {
            assert_matches_reference(&encode(t, ecc).unwrap(), t, ecc);
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
}

#[test]
fn too_large_text_is_refused_with_the_limit() {
    for ecc in LEVELS {
        let max = ecc.max_bytes();
        assert!(encode(&text(max, 5), ecc).is_ok());
        assert_eq!(
            encode(&text(max + 1, 5), ecc).unwrap_err(),
            QrError::TooLarge { len: max + 1, max }
        );
    }
    assert_eq!(
        [Ecc::Low, Ecc::Medium, Ecc::Quartile, Ecc::High].map(Ecc::max_bytes),
        [2953, 2331, 1663, 1273]
    );
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

/// Reads the 15 format bits around the top-left finder and checks the
/// copy along the other two finders.
fn format_bits(qr: &Qr) -> u32 {
    let s = qr.size();
    let bit = |x: usize, y: usize| u32::from(qr.is_dark(x, y));
    let mut first = 0;
    let mut second = 0;
    for i in 0..15 {
        let (x, y) = match i {
            0..=5 => (8, i),
            6 | 7 => (8, i + 1),
            8 => (7, 8),
            _ => (14 - i, 8),
        };
        first |= bit(x, y) << i;
        let (x, y) = if i < 8 {
            (s - 1 - i, 8)
        } else {
            (8, s - 15 + i)
        };
        second |= bit(x, y) << i;
    }
    assert_eq!(first, second, "both format copies agree");
    first ^ 0x5412
}

#[test]
fn function_patterns_are_where_the_standard_puts_them() {
    for (len, ecc) in [
        (1, Ecc::Low),
        (50, Ecc::Medium),
        (400, Ecc::Low),
        (2953, Ecc::Low),
    ] {
        let qr = encode(&text(len, 3), ecc).unwrap();
        let s = qr.size();
        assert_eq!(s, 17 + 4 * usize::from(qr.version()));
        // Finder patterns: 7×7 rings (dark, light, 3×3 dark) and a light
        // separator, at three corners.
        for (ox, oy) in [(0, 0), (s - 7, 0), (0, s - 7)] {
            for dy in 0..7 {
                for dx in 0..7 {
                    let ring = dx.min(dy).min(6 - dx).min(6 - dy);
                    assert_eq!(
                        qr.is_dark(ox + dx, oy + dy),
                        ring != 1,
                        "finder at ({ox}, {oy})"
                    );
                }
            }
        }
        for i in 0..8 {
            assert!(!qr.is_dark(7, i) && !qr.is_dark(i, 7), "separator");
            assert!(!qr.is_dark(s - 8, i) && !qr.is_dark(s - 1 - i, 7));
            assert!(!qr.is_dark(7, s - 1 - i) && !qr.is_dark(i, s - 8));
        }
        // Timing patterns and the dark module.
        for i in 8..s - 8 {
            assert_eq!(qr.is_dark(i, 6), i % 2 == 0);
            assert_eq!(qr.is_dark(6, i), i % 2 == 0);
        }
        assert!(qr.is_dark(8, s - 8));
        // Format: BCH(15,5) codeword of the level and mask.
        let format = format_bits(&qr);
        let mut rem = format >> 10;
        for _ in 0..10 {
            rem = (rem << 1) ^ ((rem >> 9) * 0x537);
        }
        assert_eq!(format, (format >> 10) << 10 | rem, "format BCH");
        let level = [Ecc::Medium, Ecc::Low, Ecc::High, Ecc::Quartile][(format >> 13) as usize];
        assert_eq!(level, qr.ecc());
        // Outside the code (the quiet zone) nothing is dark.
        assert!(!qr.is_dark(s, 0) && !qr.is_dark(0, s) && !qr.is_dark(usize::MAX, 3));
    }
}

/// An independent reader for single-block codes (versions 1 and 2, and 3
/// at L and M): unmasks, walks the zigzag, checks the Reed-Solomon
/// codewords and returns the byte-mode payload.
fn read_back(qr: &Qr) -> Vec<u8> {
    let s = qr.size();
    let v = usize::from(qr.version());
    assert!(v <= 3);
    let format = format_bits(qr);
    let mask = (format >> 10) & 7;
    let is_function = |x: usize, y: usize| {
        // Finder, separator and format area: 9×9 at the top left, 8×9
        // at the other two corners.
        let corner = |a: usize, b: usize| a < 9 && b < 9;
        let finder = corner(x, y) || corner(s - x, y) || corner(x, s - y);
        let align = v >= 2 && x.abs_diff(s - 7) <= 2 && y.abs_diff(s - 7) <= 2;
        finder || align || x == 6 || y == 6
    };
    let masked = |x: usize, y: usize| {
        let (x, y) = (x as u32, y as u32);
        match mask {
            0 => (x + y) % 2 == 0,
            1 => y % 2 == 0,
            2 => x % 3 == 0,
            3 => (x + y) % 3 == 0,
            4 => (x / 3 + y / 2) % 2 == 0,
            5 => x * y % 2 + x * y % 3 == 0,
            6 => (x * y % 2 + x * y % 3) % 2 == 0,
            _ => ((x + y) % 2 + x * y % 3) % 2 == 0,
        }
    };
    let mut bits = Vec::new();
    let mut right = s - 1;
    loop {
        if right == 6 {
            right = 5;
        }
        let upward = (right + 1) & 2 == 0;
        for vert in 0..s {
            let y = if upward { s - 1 - vert } else { vert };
            for x in [right, right - 1] {
                if !is_function(x, y) {
                    bits.push(qr.is_dark(x, y) != masked(x, y));
                }
            }
        }
        if right < 3 {
            break;
        }
        right -= 2;
    }
    let codewords: Vec<u8> = bits
        .chunks_exact(8)
        .map(|b| b.iter().fold(0, |acc, &bit| acc << 1 | u8::from(bit)))
        .collect();
    // Data codewords of these single-block layouts (table 9).
    let data_len = match (v, qr.ecc()) {
        (1, Ecc::Low) => 19,
        (1, Ecc::Medium) => 16,
        (1, Ecc::Quartile) => 13,
        (1, Ecc::High) => 9,
        (2, Ecc::Low) => 34,
        (2, Ecc::Medium) => 28,
        (2, Ecc::Quartile) => 22,
        (2, Ecc::High) => 16,
        (3, Ecc::Low) => 55,
        (3, Ecc::Medium) => 44,
        other => panic!("not a single-block layout: {other:?}"),
    };
    let (data, ecc) = codewords.split_at(data_len);
    // Reed-Solomon check: data(x)·x^n + ecc(x) must vanish at α^0..α^(n-1).
    let gf_mul = |mut a: u8, mut b: u8| {
        let mut p = 0u8;
        while b != 0 {
            if b & 1 != 0 {
                p ^= a;
            }
            a = (a << 1) ^ if a & 0x80 != 0 { 0x1d } else { 0 };
            b >>= 1;
        }
        p
    };
    let mut alpha = 1u8;
    for _ in 0..ecc.len() {
        let syndrome = codewords.iter().fold(0u8, |acc, &c| gf_mul(acc, alpha) ^ c);
        assert_eq!(syndrome, 0, "Reed-Solomon syndrome");
        alpha = gf_mul(alpha, 2);
    }
    // Byte mode, 8-bit count, then the bytes.
    assert_eq!(data[0] >> 4, 0b0100, "byte mode");
    let len = usize::from((data[0] << 4) | (data[1] >> 4));
    let payload: Vec<u8> = (0..len)
        .map(|i| (data[1 + i] << 4) | (data[2 + i] >> 4))
        .collect();
    assert_eq!(data[1 + len] & 0x0f, 0, "terminator");
    for (i, &pad) in data[2 + len..].iter().enumerate() {
        assert_eq!(pad, [0xec, 0x11][i % 2], "pad byte {i}");
    }
    payload
}

#[test]
fn the_data_reads_back_with_an_independent_reader() {
    for t in [
        "",
        "a",
        "https://x.org/#share=1.AB",
        "赢单计划",
        &text(40, 9),
    ] {
        for ecc in LEVELS {
            let qr = encode(t, ecc).unwrap();
            if qr.version() > 3 || (qr.version() == 3 && qr.ecc() >= Ecc::Quartile) {
                continue;
            }
            assert_eq!(read_back(&qr), t.as_bytes(), "{t:?} at {ecc:?}");
        }
    }
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
        let qr = encode(&text(len, 4), ecc).unwrap();
        let side = qr.side();
        assert_eq!(side, qr.size() + 2 * QUIET_ZONE);
        assert_eq!(QUIET_ZONE, 4);
        let grid = paint(&qr.svg_path(), side);
        for y in 0..side {
            for x in 0..side {
                let dark = x >= QUIET_ZONE
                    && y >= QUIET_ZONE
                    && qr.is_dark(x - QUIET_ZONE, y - QUIET_ZONE);
                assert_eq!(grid[y * side + x], dark, "({x}, {y})");
            }
        }
    }
    let qr = encode("a", Ecc::Low).unwrap();
    let svg = qr.svg();
    assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 29 29\""));
    assert!(svg.contains("<path fill=\"#fff\" d=\"M0 0h29v29H0z\"/>"));
    assert!(svg.contains(&format!("<path d=\"{}\"/>", qr.svg_path())));
    assert!(svg.ends_with("</svg>"));
    // The top-left finder's first row: 7 dark modules after the quiet zone.
    assert!(qr.svg_path().starts_with("M4 4h7v1h-7z"));
}
