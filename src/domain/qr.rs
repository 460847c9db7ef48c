//! QR codes for share links, made locally and drawn as one SVG path.
//!
//! A byte-mode-only QR code model 2 encoder (ISO/IEC 18004): smaller in
//! the wasm than the general `qrcodegen` crate, whose output it matches
//! module for module (version, level, mask choice; see `tests/domain_qr.rs`,
//! where `qrcodegen` is the reference).
//!
//! How the UI uses it: `qr::encode(&link, Ecc::Low)`. `Err(QrError::TooLarge)`
//! means the link does not fit in any QR code: say so and offer the plan
//! file instead. `Ok(qr)` renders as
//! `<svg viewBox={format!("0 0 {s} {s}", s = qr.side())} shape-rendering="crispEdges">`
//! with a white `<rect width=s height=s/>` and `<path d={qr.svg_path()}/>`
//! in the text colour on top (or `qr.svg()` as a standalone image). The
//! white quiet zone of [`QUIET_ZONE`] modules is part of `side()`, so the
//! code scans on a dark page too. Codes above version 25 or so (117+
//! modules a side) are hard for a phone camera to read off another
//! phone's screen: `qr.version()` lets the UI advise the file then. (The
//! golden plans of `tests/fixtures` give share links of about 2,600
//! characters: version 38 at level L, 177 modules a side.)

use std::fmt::{self, Write};

/// Light modules around the code, on each side, as the standard asks.
pub const QUIET_ZONE: usize = 4;

/// Error correction level: the share of damaged modules the code survives
/// (about 7 %, 15 %, 25 %, 30 %). Higher levels hold less data. The level
/// of the result may be higher than asked when that costs no size.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Ecc {
    /// About 7 %: the most data (2,953 bytes).
    Low,
    /// About 15 % (2,331 bytes).
    Medium,
    /// About 25 % (1,663 bytes).
    Quartile,
    /// About 30 % (1,273 bytes).
    High,
}

impl Ecc {
    /// Most bytes a QR code (version 40, byte mode) holds at this level.
    pub fn max_bytes(self) -> usize {
        data_codewords(40, self) - 3
    }
}

/// Why no QR code was made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QrError {
    /// The text is longer than the largest QR code holds at that level.
    TooLarge {
        /// The text's length in bytes (UTF-8).
        len: usize,
        /// [`Ecc::max_bytes`] of the level asked for.
        max: usize,
    },
}

impl fmt::Display for QrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QrError::TooLarge { len, max } => write!(
                f,
                "{len} bytes do not fit in a QR code (at most {max} at this level)"
            ),
        }
    }
}

impl std::error::Error for QrError {}

/// A QR code (model 2, byte mode): a square of dark and light modules.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Qr {
    version: u8,
    ecc: Ecc,
    size: usize,
    /// Row by row; bit 0: dark, bit 1: function module (not data).
    modules: Vec<u8>,
}

// ISO/IEC 18004 table 9, by level (L, M, Q, H) then version (1 to 40):
// error correction codewords per block, and number of blocks.
const ECC_PER_BLOCK: [[u8; 40]; 4] = [
    [
        7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30,
        30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
    [
        10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28,
        28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28,
    ],
    [
        13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30,
        30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
    [
        17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30,
        30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30,
    ],
];
const BLOCKS: [[u8; 40]; 4] = [
    [
        1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13,
        14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25,
    ],
    [
        1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23,
        25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49,
    ],
    [
        1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29,
        34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68,
    ],
    [
        1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35,
        37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81,
    ],
];

/// Modules left for data and error correction codewords (remainder bits
/// included) once the function patterns are drawn.
fn raw_modules(v: usize) -> usize {
    let mut n = (16 * v + 128) * v + 64;
    if v >= 2 {
        let align = v / 7 + 2;
        n -= (25 * align - 10) * align - 55;
        if v >= 7 {
            n -= 36;
        }
    }
    n
}

fn table(t: &[[u8; 40]; 4], v: usize, ecc: Ecc) -> usize {
    usize::from(t[ecc as usize][v - 1])
}

fn data_codewords(v: usize, ecc: Ecc) -> usize {
    raw_modules(v) / 8 - table(&ECC_PER_BLOCK, v, ecc) * table(&BLOCKS, v, ecc)
}

/// Product in GF(2^8) modulo x^8 + x^4 + x^3 + x^2 + 1.
fn gf_mul(x: u8, y: u8) -> u8 {
    let mut z = 0u8;
    for i in (0..8).rev() {
        z = (z << 1) ^ ((z >> 7) * 0x1d);
        z ^= ((y >> i) & 1) * x;
    }
    z
}

/// Encodes `text` as bytes (UTF-8, byte mode) in the smallest QR code that
/// holds it at error correction level `ecc` or higher.
pub fn encode(text: &str, ecc: Ecc) -> Result<Qr, QrError> {
    let data = text.as_bytes();
    let len = data.len();
    // Mode indicator, character count (8 bits up to version 9), data.
    let bits = |v: usize| 12 + 8 * usize::from(v >= 10) + 8 * len;
    let v = (1..=40)
        .find(|&v| bits(v) <= data_codewords(v, ecc) * 8)
        .ok_or(QrError::TooLarge {
            len,
            max: ecc.max_bytes(),
        })?;
    // The highest level that still fits this version costs nothing.
    let ecc = [Ecc::High, Ecc::Quartile, Ecc::Medium, ecc]
        .into_iter()
        .find(|&e| bits(v) <= data_codewords(v, e) * 8)
        .unwrap_or(ecc);

    // Data codewords: mode 0100 and the count (12 or 20 bits), the bytes,
    // a 4-bit zero terminator, then pad bytes EC 11 EC ... As the header
    // is a whole number of bytes and a half, codeword i (from the last
    // header byte on) is the low nibble of data[k - 1] then the high
    // nibble of data[k], k = i + 1 - head_len. (Measured smaller than a
    // bit writer.)
    let cap = data_codewords(v, ecc);
    let mut cw = vec![0u8; cap];
    let count_bits = bits(v) - 4 - 8 * len;
    let header = (4 << count_bits | len) << 4;
    let head_len = (4 + count_bits + 4) / 8;
    for (i, b) in cw.iter_mut().enumerate() {
        let mut x = 0usize;
        if i < head_len {
            x |= header >> (8 * (head_len - 1 - i));
        }
        if i + 1 >= head_len && i + 1 - head_len <= len {
            let k = i + 1 - head_len;
            if k < len {
                x |= usize::from(data[k]) >> 4;
            }
            if k > 0 {
                x |= usize::from(data[k - 1]) << 4;
            }
        } else if i >= head_len + len {
            x = if (i - head_len - len).is_multiple_of(2) {
                0xec
            } else {
                0x11
            };
        }
        *b = x as u8;
    }

    // Error correction per block, then all codewords interleaved.
    let blocks = table(&BLOCKS, v, ecc);
    let ecl = table(&ECC_PER_BLOCK, v, ecc);
    let raw = raw_modules(v) / 8;
    let short = blocks - raw % blocks;
    let short_data = raw / blocks - ecl;
    let mut div = vec![0u8; ecl];
    div[ecl - 1] = 1;
    let mut root = 1u8;
    for _ in 0..ecl {
        for j in 0..ecl {
            div[j] = gf_mul(div[j], root);
            if j + 1 < ecl {
                div[j] ^= div[j + 1];
            }
        }
        root = gf_mul(root, 2);
    }
    let start = |b: usize| b * short_data + b.saturating_sub(short);
    let mut rems = vec![0u8; blocks * ecl];
    for (b, rem) in rems.chunks_mut(ecl).enumerate() {
        for &d in &cw[start(b)..start(b + 1)] {
            let f = d ^ rem[0];
            rem.copy_within(1.., 0);
            rem[ecl - 1] = 0;
            for (r, &g) in rem.iter_mut().zip(&div) {
                *r ^= gf_mul(g, f);
            }
        }
    }
    let mut all = Vec::with_capacity(raw);
    for i in 0..=short_data {
        for b in 0..blocks {
            if i < short_data || b >= short {
                all.push(cw[start(b) + i]);
            }
        }
    }
    for i in 0..ecl {
        for b in 0..blocks {
            all.push(rems[b * ecl + i]);
        }
    }

    let size = 4 * v + 17;
    let mut qr = Qr {
        version: v as u8,
        ecc,
        size,
        modules: vec![0; size * size],
    };
    qr.draw_function_patterns();

    // Codewords in the two-column zigzag, right to left, skipping column 6.
    let mut i = 0;
    let mut right = size - 1;
    loop {
        if right == 6 {
            right = 5;
        }
        for vert in 0..size {
            for x in [right, right - 1] {
                let y = if (right + 1) & 2 == 0 {
                    size - 1 - vert
                } else {
                    vert
                };
                let m = &mut qr.modules[y * size + x];
                if *m & 2 == 0 && i < all.len() * 8 {
                    *m = (all[i >> 3] >> (7 - (i & 7))) & 1;
                    i += 1;
                }
            }
        }
        if right < 3 {
            break;
        }
        right -= 2;
    }

    // The mask with the lowest penalty (the first one on a tie).
    let mut best = (u32::MAX, 0);
    for mask in 0..8 {
        qr.apply_mask(mask);
        qr.draw_format(mask);
        best = best.min((qr.penalty(), mask));
        qr.apply_mask(mask);
    }
    qr.apply_mask(best.1);
    qr.draw_format(best.1);
    Ok(qr)
}

impl Qr {
    fn set(&mut self, x: usize, y: usize, dark: bool) {
        self.modules[y * self.size + x] = 2 | u8::from(dark);
    }

    fn draw_function_patterns(&mut self) {
        let size = self.size;
        for i in 0..size {
            self.set(6, i, i % 2 == 0);
            self.set(i, 6, i % 2 == 0);
        }
        // Finder patterns with their light separators.
        for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in 0..9 {
                for dx in 0..9 {
                    let (x, y) = ((cx + dx).wrapping_sub(4), (cy + dy).wrapping_sub(4));
                    if x < size && y < size {
                        let d = dx.abs_diff(4).max(dy.abs_diff(4));
                        self.set(x, y, d != 2 && d != 4);
                    }
                }
            }
        }
        let v = usize::from(self.version);
        if v > 1 {
            let n = v / 7 + 2;
            let step = if v == 32 {
                26
            } else {
                (v * 4 + n * 2 + 1) / (n * 2 - 2) * 2
            };
            let pos = |i: usize| {
                if i == 0 {
                    6
                } else {
                    size - 7 - (n - 1 - i) * step
                }
            };
            for i in 0..n {
                for j in 0..n {
                    if (i == 0 && (j == 0 || j == n - 1)) || (j == 0 && i == n - 1) {
                        continue;
                    }
                    for dy in 0..5usize {
                        for dx in 0..5usize {
                            let d = dx.abs_diff(2).max(dy.abs_diff(2));
                            self.set(pos(i) + dx - 2, pos(j) + dy - 2, d != 1);
                        }
                    }
                }
            }
        }
        self.draw_format(0);
        if v >= 7 {
            let mut rem = v;
            for _ in 0..12 {
                rem = (rem << 1) ^ ((rem >> 11) * 0x1f25);
            }
            let bits = v << 12 | rem;
            for i in 0..18 {
                let (a, b) = (size - 11 + i % 3, i / 3);
                self.set(a, b, (bits >> i) & 1 != 0);
                self.set(b, a, (bits >> i) & 1 != 0);
            }
        }
    }

    /// Both copies of the 15 format bits (level and mask, BCH-protected).
    fn draw_format(&mut self, mask: usize) {
        let size = self.size;
        // Format bits of L, M, Q, H are 01, 00, 11, 10.
        let data = ((self.ecc as usize) ^ 1) << 3 | mask;
        let mut rem = data;
        for _ in 0..10 {
            rem = (rem << 1) ^ ((rem >> 9) * 0x537);
        }
        let bits = (data << 10 | rem) ^ 0x5412;
        for i in 0..15 {
            let dark = (bits >> i) & 1 != 0;
            let (x, y) = match i {
                0..=5 => (8, i),
                6 | 7 => (8, i + 1),
                8 => (7, 8),
                _ => (14 - i, 8),
            };
            self.set(x, y, dark);
            let (x, y) = if i < 8 {
                (size - 1 - i, 8)
            } else {
                (8, size - 15 + i)
            };
            self.set(x, y, dark);
        }
        self.set(8, size - 8, true);
    }

    /// XORs the data modules with mask pattern `mask` (0 to 7); twice undoes.
    fn apply_mask(&mut self, mask: usize) {
        for y in 0..self.size {
            for x in 0..self.size {
                let flip = match mask {
                    0 => (x + y) % 2,
                    1 => y % 2,
                    2 => x % 3,
                    3 => (x + y) % 3,
                    4 => (x / 3 + y / 2) % 2,
                    5 => x * y % 2 + x * y % 3,
                    6 => (x * y % 2 + x * y % 3) % 2,
                    _ => ((x + y) % 2 + x * y % 3) % 2,
                } == 0;
                let m = &mut self.modules[y * self.size + x];
                if flip && *m & 2 == 0 {
                    *m ^= 1;
                }
            }
        }
    }

    /// The standard's penalty score (rules N1 to N4) of the modules as
    /// they are now.
    fn penalty(&self) -> u32 {
        let size = self.size;
        let m = &self.modules;
        let mut score = 0;
        for i in 0..size {
            score += self.line_penalty(i * size, 1) + self.line_penalty(i, size);
        }
        for y in 1..size {
            for x in 1..size {
                let c = m[y * size + x] & 1;
                let k = (y - 1) * size + x;
                if m[k] & 1 == c && m[k - 1] & 1 == c && m[y * size + x - 1] & 1 == c {
                    score += 3;
                }
            }
        }
        let dark = m.iter().filter(|&&b| b & 1 != 0).count();
        let total = size * size;
        // Smallest k with (45 - 5k) % <= dark share <= (55 + 5k) %.
        // (total is odd, so the difference is never 0.)
        let k = (dark * 20).abs_diff(total * 10).div_ceil(total) - 1;
        score + 10 * k as u32
    }

    /// Rules N1 (runs of 5 or more) and N3 (1:1:3:1:1 finder-like
    /// patterns with 4 light modules on one side; the border counts as
    /// light) along one row or column.
    fn line_penalty(&self, start: usize, step: usize) -> u32 {
        let size = self.size;
        let mut score = 0;
        // Run lengths, the newest first.
        let mut runs = [0usize; 7];
        let push = |runs: &mut [usize; 7], mut run: usize| {
            if runs[0] == 0 {
                run += size;
            }
            runs.copy_within(0..6, 1);
            runs[0] = run;
        };
        let finders = |r: &[usize; 7]| {
            let n = r[1];
            let core = n > 0 && r[2] == n && r[3] == 3 * n && r[4] == n && r[5] == n;
            u32::from(core && r[0] >= 4 * n && r[6] >= n)
                + u32::from(core && r[6] >= 4 * n && r[0] >= n)
        };
        let mut color = 0;
        let mut run = 0;
        for i in 0..size {
            let c = self.modules[start + i * step] & 1;
            if c == color {
                run += 1;
                score += match run {
                    5 => 3,
                    6.. => 1,
                    _ => 0,
                };
            } else {
                push(&mut runs, run);
                if color == 0 {
                    score += 40 * finders(&runs);
                }
                color = c;
                run = 1;
            }
        }
        if color == 1 {
            push(&mut runs, run);
            run = 0;
        }
        push(&mut runs, run + size);
        score + 40 * finders(&runs)
    }
}

impl Qr {
    /// The version, 1 to 40: the code has `17 + 4 × version` modules a side.
    pub fn version(&self) -> u8 {
        self.version
    }

    /// The error correction level used (at least the one asked for).
    pub fn ecc(&self) -> Ecc {
        self.ecc
    }

    /// Modules a side, without the quiet zone (21 to 177).
    pub fn size(&self) -> usize {
        self.size
    }

    /// Modules a side with the quiet zone: the SVG view box's width and
    /// height.
    pub fn side(&self) -> usize {
        self.size() + 2 * QUIET_ZONE
    }

    /// Whether the module at column `x`, row `y` (from the top left, quiet
    /// zone not counted) is dark. Outside the code: false.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size && y < self.size && self.modules[y * self.size + x] & 1 != 0
    }

    /// The dark modules as an SVG path (`d` attribute) in a `0 0 side side`
    /// view box, quiet zone included: one rectangle per horizontal run,
    /// `M<x> <y>h<n>v1h-<n>z`.
    pub fn svg_path(&self) -> String {
        let size = self.size();
        let mut d = String::new();
        for y in 0..size {
            let mut x = 0;
            while x < size {
                if !self.is_dark(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < size && self.is_dark(x, y) {
                    x += 1;
                }
                let n = x - start;
                let _ = write!(d, "M{} {}h{n}v1h-{n}z", start + QUIET_ZONE, y + QUIET_ZONE);
            }
        }
        d
    }

    /// A standalone SVG image: black modules on a white square.
    pub fn svg(&self) -> String {
        let s = self.side();
        format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {s} {s}\" \
             shape-rendering=\"crispEdges\"><path fill=\"#fff\" d=\"M0 0h{s}v{s}H0z\"/>\
             <path d=\"{}\"/></svg>",
            self.svg_path()
        )
    }
}
