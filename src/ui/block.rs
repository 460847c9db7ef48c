//! How the views reach the page: Leptos's reactive system (signals, memos,
//! effects, owners, context) drives plain DOM elements. Most of the UI is
//! *blocks*: an element whose content is HTML text (escaped by the builders
//! in `crate::html`), rebuilt by an effect when a signal it reads changes,
//! with one delegated event listener per event type for the whole page.
//! Controls say what they do with `data-act` (and carry other `data-*`
//! attributes the handler reads).
//!
//! Why not Leptos's own renderer (tachys)? The 200 KB budget: every typed
//! element, attribute and event closure of `view!` is its own generic code,
//! and the renderer itself costs about 14 KB of gzip WASM in an app of three
//! elements (measured against this module in a scratch crate). This module
//! is a few hundred bytes of generic-free code.
//!
//! A block that holds text inputs reads only the language (and keeps the
//! typed value beside it), so typing never rebuilds it; when a rebuild does
//! replace the focused control, focus goes back to the new control with the
//! same id.

use crate::html::el;
use crate::i18n::{Lang, T};
use crate::ui::fields::Target;
use crate::ui::store::use_store;
use leptos::prelude::*;
use std::cell::RefCell;
use std::sync::Arc;
use wasm_bindgen::{closure::Closure, JsCast};

/// A piece of the page: an element built once, kept up to date by effects
/// owned by the reactive owner it was built in.
pub type Node = web_sys::Element;

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

type On = Arc<dyn Fn(&Act) + Send + Sync>;

/// The event types delegated to blocks.
const EVENTS: [&str; 5] = ["click", "input", "change", "dragover", "drop"];

thread_local! {
    /// Each live block's handler, by the number in its `data-b`.
    static HANDLERS: RefCell<(u32, Vec<(u32, On)>)> = const { RefCell::new((0, Vec::new())) };
}

/// Keeps `value` alive as long as the current owner (an effect stops when
/// dropped).
fn keep<T: 'static>(value: T) {
    let _ = StoredValue::new_local(value);
}

/// Runs `f` now and again whenever a signal it read changes, until the
/// current owner is cleaned up. Everything `f` creates belongs to the run
/// and is cleaned up before the next one.
pub fn effect(f: impl FnMut() + 'static) {
    effect_dyn(Box::new(f))
}

fn effect_dyn(mut f: Box<dyn FnMut()>) {
    keep(RenderEffect::new(move |_: Option<()>| f()));
}

/// A new `<div>`. Creating one cannot fail for a valid tag name; if the
/// browser still refused, a JS error is thrown (no Rust panic machinery).
fn div() -> Node {
    use wasm_bindgen::UnwrapThrowExt;
    document()
        .create_element("div")
        .expect_throw("create a div")
}

/// An element from trusted markup (tags and attributes, never user text).
pub fn markup(html: &str) -> Node {
    let holder = div();
    holder.set_inner_html(html);
    holder.first_element_child().unwrap_or(holder)
}

/// Appends `children` to `parent`, returning `parent`.
pub fn append(parent: Node, children: &[Node]) -> Node {
    for c in children {
        let _ = parent.append_child(c);
    }
    parent
}

/// Several nodes as one, in a `display: contents` holder (no layout box).
pub fn fragment(children: &[Node]) -> Node {
    wrap(r#"<div class="contents"></div>"#, children)
}

/// An element from trusted markup holding `children`.
pub fn wrap(html: &str, children: &[Node]) -> Node {
    append(markup(html), children)
}

/// Keeps the element's text equal to `text()` (written only when it
/// differs, so a live region does not announce the same text again).
pub fn live_text(el: &Node, text: impl Fn() -> String + 'static) {
    let el = el.clone();
    effect(move || {
        let text = text();
        if el.text_content().as_deref() != Some(text.as_str()) {
            el.set_text_content(Some(&text));
        }
    });
}

/// An element from trusted markup whose text is kept equal to `text()`
/// (a live region keeps its element, so screen readers announce changes).
pub fn live(html: &str, text: impl Fn() -> String + 'static) -> Node {
    let el = markup(html);
    live_text(&el, text);
    el
}

/// A screen's heading (`<h1 id=id tabindex="-1">`, focused when the screen
/// opens) and its intro, in the current language.
pub fn heading(
    id: &'static str,
    title: impl Fn(Lang) -> String + Send + Sync + 'static,
    intro: T,
) -> Node {
    let store = use_store();
    text_block(move || {
        let lang = store.lang.get();
        let mut out = String::new();
        el(
            &mut out,
            &format!(r#"<h1 id="{id}" tabindex="-1">"#),
            &title(lang),
            "</h1>",
        );
        el(&mut out, r#"<p class="intro">"#, lang.t(intro), "</p>");
        out
    })
}

/// Keeps the attribute `name` equal to `value()` (absent when `None`).
pub fn live_attr(el: &Node, name: &'static str, value: impl Fn() -> Option<String> + 'static) {
    let el = el.clone();
    effect(move || {
        let _ = match value() {
            Some(v) => el.set_attribute(name, &v),
            None => el.remove_attribute(name),
        };
    });
}

/// A `<div class=class>` holding `html()`, with `on` called for every
/// click, input, change, dragover and drop on a `data-act` control in it.
pub fn block(
    class: &'static str,
    html: impl Fn() -> String + Send + Sync + 'static,
    on: impl Fn(&Act) + Send + Sync + 'static,
) -> Node {
    build(class, Box::new(html), Some(Arc::new(on)))
}

/// A block without controls.
pub fn text_block(html: impl Fn() -> String + Send + Sync + 'static) -> Node {
    build("", Box::new(html), None)
}

fn build(class: &str, html: Box<dyn Fn() -> String + Send + Sync>, on: Option<On>) -> Node {
    let el = div();
    if !class.is_empty() {
        el.set_class_name(class);
    }
    if let Some(on) = on {
        let id = HANDLERS.with_borrow_mut(|(next, all)| {
            *next += 1;
            all.push((*next, on));
            *next
        });
        let _ = el.set_attribute("data-b", &id.to_string());
        on_cleanup(move || HANDLERS.with_borrow_mut(|(_, all)| all.retain(|(i, _)| *i != id)));
    }
    let target = el.clone();
    // The markup last written: an unchanged rebuild leaves the DOM (focus,
    // caret, what a screen reader has announced) alone.
    let mut shown = String::new();
    effect(move || {
        let next = html();
        if next == shown {
            return;
        }
        let doc = document();
        let focused = doc
            .active_element()
            .filter(|a| target.contains(Some(a)))
            .map(|a| a.id())
            .filter(|id| !id.is_empty());
        target.set_inner_html(&next);
        shown = next;
        if let Some(el) = focused.and_then(|id| doc.get_element_by_id(&id)) {
            if let Some(el) = el.dyn_ref::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        }
    });
    el
}

/// An element whose content is `build(key)`, built again (and the previous
/// content's effects and handlers dropped) whenever `key` changes. The
/// holder is `display: contents`, so it does not affect layout.
#[allow(dead_code)] // no users left; block.rs goes at the end of issue 9
pub fn switch<K>(
    key: impl Fn() -> K + Send + Sync + 'static,
    build: impl Fn(K) -> Node + 'static,
) -> Node
where
    K: PartialEq + Clone + Send + Sync + 'static,
{
    let key = Memo::new(move |_| key());
    switch_dyn(Box::new(move || {
        let k = key.get();
        untrack(|| build(k))
    }))
}

#[allow(dead_code)] // no users left; block.rs goes at the end of issue 9
fn switch_dyn(mut run: Box<dyn FnMut() -> Node>) -> Node {
    let holder = markup(r#"<div class="contents"></div>"#);
    let target = holder.clone();
    effect(move || {
        let child = run();
        target.set_inner_html("");
        let _ = target.append_child(&child);
    });
    holder
}

/// The handler of the block around the event's `data-act` control.
fn dispatch(ev: web_sys::Event) {
    let Some(el) = Target::of(&ev, "act") else {
        return;
    };
    let id = el
        .closest("[data-b]")
        .and_then(|b| b.get_attribute("data-b"))
        .and_then(|b| b.parse::<u32>().ok());
    let on = id.and_then(|id| {
        HANDLERS.with_borrow(|(_, all)| all.iter().find(|(i, _)| *i == id).map(|(_, h)| h.clone()))
    });
    if let Some(on) = on {
        let act = Act {
            kind: ev.type_(),
            name: el.data("act"),
            el,
            ev,
        };
        on(&act);
    }
}

/// Listens for `kind` events on `target` for the page's lifetime.
pub fn listen(target: &web_sys::EventTarget, kind: &str, f: impl Fn(web_sys::Event) + 'static) {
    let cb = Closure::<dyn Fn(web_sys::Event)>::new(f);
    let _ = target.add_event_listener_with_callback(kind, cb.as_ref().unchecked_ref());
    cb.forget();
}

/// Installs the delegated listeners the blocks rely on, for the page's
/// lifetime.
pub fn listen_all() {
    for kind in EVENTS {
        listen(&document(), kind, dispatch);
    }
}

/// A block-built piece inside a Leptos view, while the views move to
/// components. It is built in the calling component's owner, so its
/// effects and handlers go when that component goes.
pub fn legacy(build: impl FnOnce() -> Node) -> impl IntoView {
    let node = build();
    let holder = NodeRef::<leptos::html::Div>::new();
    holder.on_load(move |el| {
        let _ = el.append_child(&node);
    });
    view! { <div class="contents" node_ref=holder></div> }
}
