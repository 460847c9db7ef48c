//! Share links: a plan carried in the URL fragment, which browsers never
//! send to a server.
//!
//! The fragment is `#share=2.<payload>`, where `2` is the format version
//! and the payload is the unpadded base64url (RFC 4648 §5, the `base64`
//! crate's `URL_SAFE_NO_PAD` engine, strict) of the raw-DEFLATE
//! compressed link document: the plan made short
//! ([`codec::encode_plan_compact`]: fields at their default left out, keys
//! as the initials of their words). Format `1`, the whole stored plan
//! document, is still read. Compression is not done here: the browser's
//! own `CompressionStream("deflate-raw")` does it (`ui::transfer::compress`),
//! so this module only moves bytes to text and back.
//!
//! How the UI uses it:
//! - Sharing: `json = codec::encode_plan_compact(&plan)`; if
//!   `json.len() > MAX_DOCUMENT_BYTES` offer the file instead; else
//!   `compress::deflate_raw(json.as_bytes(), move |bytes| ...)`, and with
//!   the bytes `link(&location.href, &bytes)` gives the URL to copy (and
//!   to hand to `crate::qr::share_code`). `Err(ShareError::TooLarge)` means: offer
//!   the file.
//! - Opening: at start-up, `parse_fragment(&location.hash)`. `None`: not a
//!   share link, start as usual. `Some(Ok(bytes))`:
//!   `compress::inflate_raw(&bytes, MAX_DOCUMENT_BYTES, move |json| ...)`,
//!   then [`read_plan`]; show the plan read-only with "import into my
//!   plans" (import under a fresh id, never over an existing plan).
//!   `Some(Err(e))` (or a failure further on): say why, as
//!   [`LinkProblem`] sorts it (made by a newer Win Plan, damaged, or a
//!   wrong value with its path). Either way clear the fragment with
//!   `history.replaceState` once it has been read, so a reload does not
//!   offer the import again. A link opened in a tab where the app already
//!   runs arrives by `hashchange` and is read the same way.
//!
//! Sizes measured with the articles' printer and water-purifier plans
//! (`tests/e2e/share.spec.ts`): links of 1,875 and 1,821 characters (2,399
//! and 2,338 with the whole stored document), a version 33 or so QR code;
//! too dense to scan off a phone, so their QR codes carry the [`reduced`]
//! plan (1,190 characters, version 25 at most).

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::{DecodeError, Engine};
use std::fmt;

use super::codec::{self, DecodeError as PlanError};
use super::model::{BantccLetter, DiagnosisNotes, Plan, VisitPrep, VisitReview};
use super::transfer;

/// What precedes the version in the fragment (after the optional `#`).
pub const FRAGMENT_KEY: &str = "share=";

/// The format version this app writes: `2`, the plan made short
/// ([`codec::encode_plan_compact`]). It also reads `1`, the whole stored
/// plan document.
pub const FORMAT_VERSION: &str = "2";

/// Longest fragment (with its `#`) this app writes or reads: 64 KiB of
/// text, about 48 KiB of compressed plan. Far above what a QR code holds,
/// well below what browsers and messengers accept in a URL.
pub const MAX_FRAGMENT_LEN: usize = 65_536;

/// Largest plan document (uncompressed JSON bytes) that may be shared;
/// also the limit for decompressing a received link, so a hostile link
/// cannot make the browser inflate gigabytes.
pub const MAX_DOCUMENT_BYTES: usize = 1 << 20;

/// Why a share fragment cannot be read (or written).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// `share=` is not followed by `<version>.<payload>`.
    Malformed,
    /// Written in another (newer) version of the format.
    UnsupportedVersion,
    /// The payload is not unpadded base64url.
    BadBase64 {
        /// Byte offset in the payload of the first offending character
        /// (the payload length when the length itself is impossible).
        at: usize,
    },
    /// The fragment is longer than [`MAX_FRAGMENT_LEN`].
    TooLarge {
        /// The fragment's length in bytes.
        len: usize,
        /// [`MAX_FRAGMENT_LEN`].
        max: usize,
    },
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Malformed => f.write_str("malformed share link"),
            ShareError::UnsupportedVersion => f.write_str("share link from a newer version"),
            ShareError::BadBase64 { at } => write!(f, "share link damaged at character {at}"),
            ShareError::TooLarge { len, max } => {
                write!(f, "share link of {len} characters exceeds {max}")
            }
        }
    }
}

impl std::error::Error for ShareError {}

/// Why a received share link shows no plan, for the UI to word.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkProblem {
    /// Made by a newer version of Win Plan (a newer link format or plan
    /// schema): the app must be updated, the link is not damaged.
    Newer,
    /// Cut short, mistyped or not a plan.
    Damaged,
    /// A plan with a wrong value, with its path, e.g.
    /// `plan.contacts[1].id: duplicate id "c1"`.
    Invalid(String),
}

impl From<&ShareError> for LinkProblem {
    fn from(e: &ShareError) -> LinkProblem {
        match e {
            ShareError::UnsupportedVersion => LinkProblem::Newer,
            _ => LinkProblem::Damaged,
        }
    }
}

/// Reads the plan a share link carried, from its inflated bytes (the
/// stored plan document): a plan from a newer version is
/// [`LinkProblem::Newer`]; two rows of one list with the same id are
/// refused with their path, as in import files
/// ([`transfer::check_row_ids`]).
pub fn read_plan(json: &[u8]) -> Result<Plan, LinkProblem> {
    let text = std::str::from_utf8(json).map_err(|_| LinkProblem::Damaged)?;
    let plan = codec::decode_plan_link(text).map_err(|e| match e {
        PlanError::NewerVersion { .. } => LinkProblem::Newer,
        PlanError::NotJson { .. } => LinkProblem::Damaged,
        PlanError::Invalid { detail } => LinkProblem::Invalid(detail),
    })?;
    transfer::check_row_ids(&plan, "plan").map_err(|e| LinkProblem::Invalid(e.to_string()))?;
    Ok(plan)
}

/// A plan reduced to fit one QR code: what the shared view shows and the
/// verdict reads (account, opportunity, contacts, pains, BANTCC statuses,
/// the deal, the visit date and commitment objectives, the review's
/// outcome). Left out: the visit preparation's other notes, questions,
/// objections and attendees; each pain's goal where it has a description;
/// the diagnosis notes; BANTCC notes and evidence; the review's notes.
pub fn reduced(plan: &Plan) -> Plan {
    let mut r = plan.clone();
    let v = &plan.visit;
    r.visit = VisitPrep {
        visit_date: v.visit_date,
        appointment_confirmed: v.appointment_confirmed,
        commitment_best: v.commitment_best.clone(),
        commitment_min: v.commitment_min.clone(),
        ..VisitPrep::default()
    };
    // A pain with neither text counts as blank: keep one of them.
    for p in r
        .pains
        .iter_mut()
        .filter(|p| !p.description.trim().is_empty())
    {
        p.goal.clear();
    }
    r.diagnosis = DiagnosisNotes::default();
    for l in BantccLetter::ALL {
        let item = r.bantcc.item_mut(l);
        item.notes.clear();
        item.evidence.clear();
    }
    r.review = VisitReview {
        outcome: plan.review.outcome,
        ..VisitReview::default()
    };
    r
}

/// The fragment for compressed plan bytes: `#share=2.<base64url>`.
/// Refused when longer than [`MAX_FRAGMENT_LEN`].
pub fn encode_fragment(compressed: &[u8]) -> Result<String, ShareError> {
    let len = 1 + FRAGMENT_KEY.len() + FORMAT_VERSION.len() + 1 + encoded_len(compressed.len());
    if len > MAX_FRAGMENT_LEN {
        return Err(ShareError::TooLarge {
            len,
            max: MAX_FRAGMENT_LEN,
        });
    }
    let mut out = String::with_capacity(len);
    out.push('#');
    out.push_str(FRAGMENT_KEY);
    out.push_str(FORMAT_VERSION);
    out.push('.');
    URL_SAFE_NO_PAD.encode_string(compressed, &mut out);
    Ok(out)
}

/// The share URL: `page_url` without any fragment it has, followed by
/// [`encode_fragment`]`(compressed)`.
pub fn link(page_url: &str, compressed: &[u8]) -> Result<String, ShareError> {
    let base = page_url.split('#').next().unwrap_or_default();
    Ok(base.to_owned() + &encode_fragment(compressed)?)
}

/// Reads a location hash (`location.hash`, with or without its `#`).
/// `None` when it is not a share link at all (empty, or another
/// fragment); otherwise the compressed plan bytes or why they cannot be
/// had.
pub fn parse_fragment(hash: &str) -> Option<Result<Vec<u8>, ShareError>> {
    let body = hash.strip_prefix('#').unwrap_or(hash);
    let rest = body.strip_prefix(FRAGMENT_KEY)?;
    Some(parse_body(hash.len(), rest))
}

fn parse_body(total_len: usize, rest: &str) -> Result<Vec<u8>, ShareError> {
    if total_len > MAX_FRAGMENT_LEN {
        return Err(ShareError::TooLarge {
            len: total_len,
            max: MAX_FRAGMENT_LEN,
        });
    }
    let (version, payload) = rest.split_once('.').ok_or(ShareError::Malformed)?;
    if version != FORMAT_VERSION && version != "1" {
        return Err(if version.is_empty() {
            ShareError::Malformed
        } else {
            ShareError::UnsupportedVersion
        });
    }
    base64url_decode(payload)
}

/// Length of the unpadded base64url text for `n` bytes.
pub fn encoded_len(n: usize) -> usize {
    base64::encoded_len(n, false).unwrap_or(usize::MAX)
}

/// Unpadded base64url (RFC 4648 §5) of `bytes`.
pub fn base64url_encode(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Decodes unpadded base64url. Refuses padding, other alphabets, lengths
/// no encoder produces and non-zero unused trailing bits (the engine's
/// defaults), so every byte string has exactly one accepted text.
pub fn base64url_decode(text: &str) -> Result<Vec<u8>, ShareError> {
    URL_SAFE_NO_PAD
        .decode(text)
        .map_err(|e| ShareError::BadBase64 {
            at: match e {
                DecodeError::InvalidByte(at, _) | DecodeError::InvalidLastSymbol(at, _) => at,
                // One character left over.
                DecodeError::InvalidLength(_) => text.len(),
                DecodeError::InvalidPadding => text.find('=').unwrap_or(text.len()),
            },
        })
}
