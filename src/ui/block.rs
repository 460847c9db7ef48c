//! A block: an element whose content is HTML text (escaped by the builders
//! in `crate::html`), with one delegated handler for the events inside it.
//! Controls say what they do with `data-act` (and carry other `data-*`
//! attributes the handler reads). One non-generic view serves every block,
//! which costs a small fraction of the WASM of typed views (each typed
//! element, attribute and event closure is its own generic code).
//!
//! The content is rebuilt whenever a signal it reads changes. Blocks that
//! hold text inputs therefore read only the language (and keep the typed
//! value beside them); when a rebuild replaces the focused control, focus
//! goes back to the new control with the same id.

use super::fields::Target;
use leptos::prelude::*;
use std::sync::Arc;

/// One event inside a block, on (or inside) a control with `data-act`.
pub struct Act {
    /// The event's type: "click", "input", "change", "dragover" or "drop".
    pub kind: String,
    /// The control's `data-act`.
    pub name: String,
    /// The control.
    pub el: Target,
    /// The event itself (files, drag data, `preventDefault`).
    pub ev: web_sys::Event,
}

impl Act {
    /// Whether this is a click on the control named `name`.
    pub fn click(&self, name: &str) -> bool {
        self.kind == "click" && self.name == name
    }

    /// Whether this is an input or change event on the control `name`.
    pub fn edit(&self, name: &str) -> bool {
        (self.kind == "input" || self.kind == "change") && self.name == name
    }
}

type Html = Box<dyn Fn() -> String + Send + Sync>;
type On = Arc<dyn Fn(&Act) + Send + Sync>;

/// A `<div class=class>` holding `html()`, with `on` called for every
/// click, input, change, dragover and drop on a `data-act` control in it.
pub fn block(
    class: &'static str,
    html: impl Fn() -> String + Send + Sync + 'static,
    on: impl Fn(&Act) + Send + Sync + 'static,
) -> AnyView {
    build(class, Box::new(html), Arc::new(on))
}

/// A block without controls.
pub fn text_block(html: impl Fn() -> String + Send + Sync + 'static) -> AnyView {
    build("", Box::new(html), Arc::new(|_: &Act| {}))
}

fn dispatch(on: &On, ev: web_sys::Event) {
    if let Some(el) = Target::of(&ev, "act") {
        let act = Act {
            kind: ev.type_(),
            name: el.data("act"),
            el,
            ev,
        };
        on(&act);
    }
}

/// Puts focus back on the control with `id` when a rebuild dropped it.
fn restore_focus(id: String) {
    let doc = document();
    let lost = doc
        .active_element()
        .is_none_or(|a| doc.body().is_some_and(|b| *b == a));
    if lost {
        if let Some(el) = doc.get_element_by_id(&id) {
            use wasm_bindgen::JsCast;
            if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    }
}

fn build(class: &'static str, html: Html, on: On) -> AnyView {
    let render = move || {
        let focused = document()
            .active_element()
            .map(|e| e.id())
            .filter(|id| !id.is_empty());
        let out = html();
        if let Some(id) = focused {
            queue_microtask(move || restore_focus(id));
        }
        out
    };
    let (a, b, c, d, e) = (on.clone(), on.clone(), on.clone(), on.clone(), on);
    view! {
        <div class=class inner_html=render
            on:click=move |ev| dispatch(&a, ev.into())
            on:input=move |ev| dispatch(&b, ev)
            on:change=move |ev| dispatch(&c, ev)
            on:dragover=move |ev| dispatch(&d, ev.into())
            on:drop=move |ev| dispatch(&e, ev.into())></div>
    }
    .into_any()
}
