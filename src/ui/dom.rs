//! Small DOM helpers: downloads and focus moves.

use leptos::prelude::{document, request_animation_frame};
use wasm_bindgen::JsCast;

/// Offers `text` as a download named `filename`. Returns false when the
/// browser refused (the caller then shows the text instead).
pub fn download_text(filename: &str, mime: &str, text: &str) -> bool {
    try_download(filename, mime, text).is_some()
}

fn try_download(filename: &str, mime: &str, text: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    let doc = web_sys::window()?.document()?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(filename);
    a.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Some(())
}

/// Moves keyboard focus to an element once it has been rendered.
pub fn focus_later(id: String) {
    request_animation_frame(move || {
        if let Some(el) = document().get_element_by_id(&id) {
            if let Ok(el) = el.dyn_into::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
}

/// `Effect::new` for an effect that keeps something in step and returns
/// nothing: it runs on the next tick, then again when what it read
/// changes. Each `Effect::new` compiles its own task (an async state
/// machine) around its closure; the closures go through this one instead
/// (WASM size).
pub fn effect(f: impl Fn() + 'static) {
    effect_dyn(Box::new(f));
}

#[inline(never)]
fn effect_dyn(f: Box<dyn Fn()>) {
    leptos::prelude::Effect::new(move |_| f());
}
