//! Raw DEFLATE (RFC 1951, no zlib or gzip header) with the browser's own
//! `CompressionStream` / `DecompressionStream`: no compressor in the wasm.
//!
//! How the UI uses it (see `domain::share` for the whole share flow):
//! `leptos::task::spawn_local(async move { ... })` around
//! `compress::deflate_raw(json.as_bytes()).await` to make a share link, and
//! `compress::inflate_raw(&bytes, share::MAX_DOCUMENT_BYTES).await` to read
//! one. Both futures are `'static` (the input is copied to the browser
//! before the first `.await`) and never panic: failures come back as
//! [`CompressError`]. `Unsupported` means a browser without
//! `deflate-raw` streams (Chrome < 103, Firefox < 113, Safari < 16.4):
//! offer the plan file instead.

use std::fmt;
use std::future::Future;

use js_sys::{Array, Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

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
    // Own minimal bindings: web-sys has these classes only behind
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
    #[wasm_bindgen(method, catch, js_name = getReader)]
    fn get_reader(this: &ByteStream) -> Result<Reader, JsValue>;

    type Reader;
    #[wasm_bindgen(method)]
    fn read(this: &Reader) -> Promise;
    #[wasm_bindgen(method)]
    fn cancel(this: &Reader) -> Promise;

    type ReadResult;
    #[wasm_bindgen(method, getter)]
    fn done(this: &ReadResult) -> bool;
    #[wasm_bindgen(method, getter)]
    fn value(this: &ReadResult) -> JsValue;
}

const FORMAT: &str = "deflate-raw";

/// Compresses `bytes` to raw DEFLATE.
pub fn deflate_raw(bytes: &[u8]) -> impl Future<Output = Result<Vec<u8>, CompressError>> {
    let transform = CompressionStream::new(FORMAT).map(JsValue::from);
    run(bytes, transform, usize::MAX)
}

/// Decompresses raw DEFLATE `bytes`, refusing output longer than
/// `max_len` bytes (stops reading as soon as it is exceeded).
pub fn inflate_raw(
    bytes: &[u8],
    max_len: usize,
) -> impl Future<Output = Result<Vec<u8>, CompressError>> {
    let transform = DecompressionStream::new(FORMAT).map(JsValue::from);
    run(bytes, transform, max_len)
}

/// Starts the stream now (copying `bytes` into a Blob), reads it later.
fn run(
    bytes: &[u8],
    transform: Result<JsValue, JsValue>,
    max_len: usize,
) -> impl Future<Output = Result<Vec<u8>, CompressError>> {
    let reader = transform
        .map_err(|_| CompressError::Unsupported)
        .and_then(|t| {
            let blob = ByteBlob::new(&Array::of1(&Uint8Array::from(bytes)))
                .map_err(|_| CompressError::Corrupt)?;
            blob.stream()
                .and_then(|s| s.pipe_through(&t))
                .and_then(|s| s.get_reader())
                .map_err(|_| CompressError::Corrupt)
        });
    async move { read_all(reader?, max_len).await }
}

async fn read_all(reader: Reader, max_len: usize) -> Result<Vec<u8>, CompressError> {
    let mut out = Vec::new();
    loop {
        let step: ReadResult = JsFuture::from(reader.read())
            .await
            .map_err(|_| CompressError::Corrupt)?
            .unchecked_into();
        if step.done() {
            return Ok(out);
        }
        let chunk: Uint8Array = step
            .value()
            .dyn_into()
            .map_err(|_| CompressError::Corrupt)?;
        let start = out.len();
        let len = chunk.length() as usize;
        if len > max_len - start {
            // Stop the decompressor; its outcome no longer matters.
            let _ = reader.cancel();
            return Err(CompressError::TooLarge { max: max_len });
        }
        out.resize(start + len, 0);
        chunk.copy_to(&mut out[start..]);
    }
}
