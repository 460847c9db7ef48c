//! Raw DEFLATE (RFC 1951, no zlib or gzip header) with the browser's own
//! `CompressionStream` / `DecompressionStream`: no compressor in the wasm.
//!
//! How the UI uses it (see `domain::share` for the whole share flow):
//! `compress::deflate_raw(json.as_bytes(), move |outcome| ...)` to make a
//! share link, and
//! `compress::inflate_raw(&bytes, share::MAX_DOCUMENT_BYTES, move |outcome| ...)`
//! to read one. The callback runs later, always asynchronously (never
//! inside the call, so it may update the signals or store the caller was
//! using), exactly once, with the bytes or a [`CompressError`]; nothing
//! here panics. `Unsupported` means a browser without `deflate-raw`
//! streams (Chrome < 103, Firefox < 113, Safari < 16.4): offer the plan
//! file instead.
//!
//! A callback rather than an `async fn`: measured 450 B gzip smaller in
//! the release bundle (no future state machines, no `JsFuture`).

use std::fmt;

use js_sys::{Array, ArrayBuffer, Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Why bytes could not be (de)compressed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompressError {
    /// The browser has no `deflate-raw` compression streams.
    Unsupported,
    /// The decompressed data would exceed the limit given.
    TooLarge {
        /// The limit, in bytes.
        max: usize,
    },
    /// Not valid raw DEFLATE data (damaged, truncated or with trailing
    /// bytes), or the stream failed.
    Corrupt,
}

impl fmt::Display for CompressError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CompressError::Unsupported => f.write_str("deflate-raw streams are not supported"),
            CompressError::TooLarge { max } => write!(f, "decompressed data exceeds {max} bytes"),
            CompressError::Corrupt => f.write_str("damaged compressed data"),
        }
    }
}

impl std::error::Error for CompressError {}

#[wasm_bindgen]
extern "C" {
    // Own minimal bindings: web-sys has the stream classes only behind
    // `--cfg web_sys_unstable_apis`.
    type CompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<CompressionStream, JsValue>;

    type DecompressionStream;
    #[wasm_bindgen(constructor, catch)]
    fn new(format: &str) -> Result<DecompressionStream, JsValue>;

    #[wasm_bindgen(js_name = Blob)]
    type ByteBlob;
    #[wasm_bindgen(constructor, js_class = Blob, catch)]
    fn new(parts: &Array) -> Result<ByteBlob, JsValue>;
    #[wasm_bindgen(method, catch)]
    fn stream(this: &ByteBlob) -> Result<ByteStream, JsValue>;

    type ByteStream;
    #[wasm_bindgen(method, catch, js_name = pipeThrough)]
    fn pipe_through(this: &ByteStream, transform: &JsValue) -> Result<ByteStream, JsValue>;

    #[wasm_bindgen(js_name = Response)]
    type StreamResponse;
    #[wasm_bindgen(constructor, js_class = Response, catch)]
    fn new(body: &ByteStream) -> Result<StreamResponse, JsValue>;
    #[wasm_bindgen(method, catch, js_name = arrayBuffer)]
    fn array_buffer(this: &StreamResponse) -> Result<Pending, JsValue>;

    /// A promise, with `then` taking any function.
    type Pending;
    #[wasm_bindgen(method)]
    fn then(this: &Pending, on_fulfilled: &JsValue, on_rejected: &JsValue);
}

const FORMAT: &str = "deflate-raw";

/// What [`deflate_raw`] and [`inflate_raw`] hand to their callback.
pub type Outcome = Result<Vec<u8>, CompressError>;

/// Compresses `bytes` to raw DEFLATE and calls `done` with the result.
pub fn deflate_raw(bytes: &[u8], done: impl FnOnce(Outcome) + 'static) {
    let transform = CompressionStream::new(FORMAT).map(JsValue::from);
    run(bytes, transform, usize::MAX, Box::new(done));
}

/// Decompresses raw DEFLATE `bytes` and calls `done` with the result,
/// refusing output longer than `max_len` bytes. (The browser inflates in
/// full before the length is checked: with share links of at most 64 KiB
/// that is at most about 50 MB for a hostile link, and none of it is
/// copied into the wasm.)
pub fn inflate_raw(bytes: &[u8], max_len: usize, done: impl FnOnce(Outcome) + 'static) {
    let transform = DecompressionStream::new(FORMAT).map(JsValue::from);
    run(bytes, transform, max_len, Box::new(done));
}

/// Starts the stream now (copying `bytes` into a Blob); `done` is called
/// once the browser has the whole output.
fn run(
    bytes: &[u8],
    transform: Result<JsValue, JsValue>,
    max_len: usize,
    done: Box<dyn FnOnce(Outcome)>,
) {
    // Any step failing at once means a missing API (the stream classes,
    // `Blob.stream`, `pipeThrough`, a `Response` from a stream): the
    // promise then resolves with `undefined`.
    let promise = transform
        .and_then(|t| {
            ByteBlob::new(&Array::of1(&Uint8Array::from(bytes)))?
                .stream()?
                .pipe_through(&t)
        })
        .and_then(|s| StreamResponse::new(&s)?.array_buffer())
        .unwrap_or_else(|_| Promise::resolve(&JsValue::UNDEFINED).unchecked_into());
    // One handler for every outcome: only success gives an ArrayBuffer (a
    // rejection gives an Error), and the function frees itself after its
    // one call.
    let promise: Promise = promise.unchecked_into();
    on_settled(
        promise,
        Box::new(move |value: JsValue| {
            done(match value.dyn_into::<ArrayBuffer>() {
                Err(v) if v.is_undefined() => Err(CompressError::Unsupported),
                Err(_) => Err(CompressError::Corrupt),
                Ok(buf) => {
                    let out = Uint8Array::new(&buf);
                    if out.length() as usize > max_len {
                        Err(CompressError::TooLarge { max: max_len })
                    } else {
                        Ok(out.to_vec())
                    }
                }
            })
        }),
    );
}

/// Calls `done` once with what `promise` settles to: its value, or the
/// reason it was rejected. The function frees itself after its one call.
pub fn on_settled(promise: Promise, done: Box<dyn FnOnce(JsValue)>) {
    // Not generic: the closure glue is compiled once for every caller.
    let settle = Closure::once_into_js(move |v: JsValue| done(v));
    promise.unchecked_into::<Pending>().then(&settle, &settle);
}
