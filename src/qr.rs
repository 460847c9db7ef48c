//! QR codes for share links, drawn as one SVG path. The encoding is
//! Project Nayuki's `qrcodegen` (QR code model 2, ISO/IEC 18004); this
//! module only picks the settings the app uses and draws the result.
//!
//! How the UI uses it: `qr::share_code(&link)`. `Ok(qr)` is drawn as an
//! SVG in a `0 0 side side` view box (black modules, [`Qr::svg_path`], on a
//! white square, quiet zone included); `Err(_)` means no code to show: the link does not fit
//! in any QR code ([`QrError::TooLarge`]) or only in one too dense to
//! scan off a phone screen ([`QrError::TooDense`], above version
//! [`MAX_SCANNABLE_VERSION`]). Say so and offer the plan file instead.
//! (The articles' plans give links of about 1,900 characters, version 33 or
//! so: the share box then draws the QR code of a reduced plan, see
//! [`crate::domain::share::reduced`].)
//!
//! The text is encoded as its UTF-8 bytes (byte mode) at level L or
//! higher: the highest level that fits the same version is used, as it
//! costs no size.

use qrcodegen::QrCode;
use std::fmt::{self, Write};

/// Error correction level: the share of damaged modules the code survives
/// (about 7 %, 15 %, 25 %, 30 %). Higher levels hold less data.
pub use qrcodegen::QrCodeEcc as Ecc;

/// Light modules around the code, on each side, as the standard asks.
pub const QUIET_ZONE: usize = 4;

/// Above this version (117 modules a side) a code is hard for a phone
/// camera to read off another phone's screen: [`share_code`] refuses it.
pub const MAX_SCANNABLE_VERSION: u8 = 25;

/// Most bytes a QR code (version 40, byte mode) holds at level `ecc`:
/// 2,953, 2,331, 1,663 and 1,273 bytes from L to H.
pub fn max_bytes(ecc: Ecc) -> usize {
    match ecc {
        Ecc::Low => 2953,
        Ecc::Medium => 2331,
        Ecc::Quartile => 1663,
        Ecc::High => 1273,
    }
}

/// Why no QR code was made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QrError {
    /// The text is longer than the largest QR code holds at that level.
    TooLarge {
        /// The text's length in bytes (UTF-8).
        len: usize,
        /// [`max_bytes`] of the level asked for.
        max: usize,
    },
    /// The text needs a code above [`MAX_SCANNABLE_VERSION`].
    TooDense {
        /// The version the text needs.
        version: u8,
        /// [`MAX_SCANNABLE_VERSION`].
        max: u8,
    },
}

impl fmt::Display for QrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QrError::TooLarge { len, max } => write!(
                f,
                "{len} bytes do not fit in a QR code (at most {max} at this level)"
            ),
            QrError::TooDense { version, max } => write!(
                f,
                "a version {version} QR code is too dense to scan (at most {max})"
            ),
        }
    }
}

impl std::error::Error for QrError {}

/// A QR code: a square of dark and light modules.
#[derive(Clone, PartialEq, Eq)]
pub struct Qr(QrCode);

impl fmt::Debug for Qr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Qr(version {}, {:?})", self.version(), self.ecc())
    }
}

/// Encodes `text` as bytes (UTF-8, byte mode) in the smallest QR code that
/// holds it at error correction level `ecc` or higher.
pub fn encode(text: &str, ecc: Ecc) -> Result<Qr, QrError> {
    QrCode::encode_binary(text.as_bytes(), ecc)
        .map(Qr)
        .map_err(|_| QrError::TooLarge {
            len: text.len(),
            max: max_bytes(ecc),
        })
}

/// The share link's QR code at level L (or higher when free), or why
/// there is none to show.
pub fn share_code(link: &str) -> Result<Qr, QrError> {
    let qr = encode(link, Ecc::Low)?;
    if qr.version() > MAX_SCANNABLE_VERSION {
        return Err(QrError::TooDense {
            version: qr.version(),
            max: MAX_SCANNABLE_VERSION,
        });
    }
    Ok(qr)
}

impl Qr {
    /// The version, 1 to 40: the code has `17 + 4 × version` modules a side.
    pub fn version(&self) -> u8 {
        self.0.version().value()
    }

    /// The error correction level used (at least the one asked for).
    pub fn ecc(&self) -> Ecc {
        self.0.error_correction_level()
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
}
