//! QR codes for share links, made locally (Project Nayuki's `qrcodegen`),
//! drawn as one SVG path.
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
//! phone's screen: `qr.version()` lets the UI advise the file then.

use std::fmt::{self, Write};

use qrcodegen::{QrCode, QrCodeEcc, QrSegment};

/// Light modules around the code, on each side, as the standard asks.
pub const QUIET_ZONE: usize = 4;

/// Error correction level: the share of damaged modules the code survives
/// (about 7 %, 15 %, 25 %, 30 %). Higher levels hold less data. The level
/// of the result may be higher than asked when that costs no size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
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
        match self {
            Ecc::Low => 2953,
            Ecc::Medium => 2331,
            Ecc::Quartile => 1663,
            Ecc::High => 1273,
        }
    }

    fn to_lib(self) -> QrCodeEcc {
        match self {
            Ecc::Low => QrCodeEcc::Low,
            Ecc::Medium => QrCodeEcc::Medium,
            Ecc::Quartile => QrCodeEcc::Quartile,
            Ecc::High => QrCodeEcc::High,
        }
    }

    fn from_lib(ecc: QrCodeEcc) -> Ecc {
        match ecc {
            QrCodeEcc::Low => Ecc::Low,
            QrCodeEcc::Medium => Ecc::Medium,
            QrCodeEcc::Quartile => Ecc::Quartile,
            QrCodeEcc::High => Ecc::High,
        }
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

/// A QR code: a square of dark and light modules.
#[derive(Clone)]
pub struct Qr(QrCode);

impl fmt::Debug for Qr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Qr(version {}, {:?})", self.version(), self.ecc())
    }
}

/// Encodes `text` as bytes (UTF-8, byte mode) in the smallest QR code that
/// holds it at error correction level `ecc` or higher.
pub fn encode(text: &str, ecc: Ecc) -> Result<Qr, QrError> {
    let too_large = QrError::TooLarge {
        len: text.len(),
        max: ecc.max_bytes(),
    };
    if text.len() > ecc.max_bytes() {
        return Err(too_large);
    }
    QrCode::encode_segments(&[QrSegment::make_bytes(text.as_bytes())], ecc.to_lib())
        .map(Qr)
        .map_err(|_| too_large)
}

impl Qr {
    /// The version, 1 to 40: the code has `17 + 4 × version` modules a side.
    pub fn version(&self) -> u8 {
        self.0.version().value()
    }

    /// The error correction level used (at least the one asked for).
    pub fn ecc(&self) -> Ecc {
        Ecc::from_lib(self.0.error_correction_level())
    }

    /// Modules a side, without the quiet zone (21 to 177).
    pub fn size(&self) -> usize {
        self.0.size() as usize
    }

    /// Modules a side with the quiet zone: the SVG view box's width and
    /// height.
    pub fn side(&self) -> usize {
        self.size() + 2 * QUIET_ZONE
    }

    /// Whether the module at column `x`, row `y` (from the top left, quiet
    /// zone not counted) is dark. Outside the code: false.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        x < self.size() && y < self.size() && self.0.get_module(x as i32, y as i32)
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
