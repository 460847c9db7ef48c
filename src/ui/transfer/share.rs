//! Share links and their QR code (the plan travels in the URL fragment,
//! compressed by the browser, never sent to a server), and the read-only
//! view of a shared plan opened from such a link.

use crate::domain::codec;
use crate::domain::model::Plan;
use crate::domain::share::{self, MAX_DOCUMENT_BYTES};
use crate::domain::summary::plan_title;
use crate::domain::transfer::{self, ImportFile, ImportMode, ImportSource};
use crate::html::{button, el, text_field, write_lines, Line};
use crate::i18n::{Label, Lang, T};
use crate::qr;
use crate::ui::block::{block, Node};
use crate::ui::store::{new_plan_id, use_store};
use crate::ui::transfer::compress::{deflate_raw, inflate_raw, CompressError};
use leptos::prelude::*;

/// What sharing produced.
#[derive(Clone, PartialEq)]
enum Shared {
    /// The link, and the QR code's SVG when it fits.
    Link(String, Option<String>),
    /// No link: why.
    Failed(T),
}

/// The page's URL without its fragment.
fn page_url() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// "Share link" for the open plan: the link to copy and its QR code.
pub fn share_box() -> Node {
    let store = use_store();
    let result = RwSignal::new(None::<Shared>);
    let make = move || {
        let Some(json) = store.with_current_untracked(codec::encode_plan) else {
            return;
        };
        if json.len() > MAX_DOCUMENT_BYTES {
            result.set(Some(Shared::Failed(T::ShareTooLargeForQr)));
            return;
        }
        deflate_raw(json.as_bytes(), move |out| {
            let shared = match out.map(|bytes| share::link(&page_url(), &bytes)) {
                Ok(Ok(link)) => {
                    let svg = qr::share_svg(&link).ok();
                    Shared::Link(link, svg)
                }
                Ok(Err(_)) => Shared::Failed(T::ShareTooLargeForQr),
                Err(CompressError::Unsupported) => Shared::Failed(T::ShareUnsupported),
                Err(_) => Shared::Failed(T::ReadFailed),
            };
            result.set(Some(shared));
        });
    };
    let shown = move || {
        let lang = store.lang.get();
        let mut out = String::new();
        button(
            &mut out,
            r#"id="share-make" data-act="share""#,
            lang.t(T::ShareLink),
        );
        match result.get() {
            Some(Shared::Link(link, svg)) => {
                text_field(
                    &mut out,
                    "share-link",
                    lang.t(T::ShareLinkLabel),
                    &link,
                    r#"type="text" readonly"#,
                );
                match svg {
                    Some(svg) => {
                        el(
                            &mut out,
                            r#"<div class="qr" role="img" aria-label=""#,
                            lang.t(T::ShareQrLabel),
                            r#"">"#,
                        );
                        // The SVG is built by the QR encoder: markup, no user text.
                        out.push_str(&svg);
                        out.push_str("</div>");
                    }
                    None => el(
                        &mut out,
                        r#"<p class="warn" id="share-no-qr">"#,
                        lang.t(T::ShareTooLargeForQr),
                        "</p>",
                    ),
                }
            }
            Some(Shared::Failed(t)) => el(
                &mut out,
                r#"<p class="warn" role="alert">"#,
                lang.t(t),
                "</p>",
            ),
            None => {}
        }
        out
    };
    block("share", shown, move |a| {
        if a.click("share") {
            make()
        }
    })
}

/// The plan in the page's share fragment, once read (`None` while there is
/// none; `Some(None)` when the link is damaged).
pub type Incoming = RwSignal<Option<Option<Plan>>>;

/// Reads a share fragment at start-up, then clears it so a reload does not
/// offer the import again.
pub fn read_fragment(incoming: Incoming) {
    let hash = window().location().hash().unwrap_or_default();
    let Some(parsed) = share::parse_fragment(&hash) else {
        return;
    };
    let _ = window().history().and_then(|h| {
        h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&page_url()))
    });
    match parsed {
        Ok(bytes) => inflate_raw(&bytes, MAX_DOCUMENT_BYTES, move |out| {
            let plan = out
                .ok()
                .and_then(|b| String::from_utf8(b).ok())
                .and_then(|json| codec::decode_plan(&json).ok());
            incoming.set(Some(plan));
        }),
        Err(_) => incoming.set(Some(None)),
    }
}

fn plan_html(lang: Lang, p: &Plan) -> String {
    let named = |items: Vec<String>| items.into_iter().filter(|s| !s.trim().is_empty()).collect();
    let lines = [
        Line::Heading(plan_title(p).unwrap_or_else(|| lang.t(T::UntitledPlan).to_string())),
        Line::Text("", "", p.opportunity.content.clone()),
        Line::List(named(
            p.contacts
                .iter()
                .map(|c| format!("{} · {} · {}", c.name, c.title, lang.t(c.role.label())))
                .collect(),
        )),
        Line::List(named(
            p.pains.iter().map(|n| n.description.clone()).collect(),
        )),
        Line::Marked(
            crate::domain::model::BantccLetter::ALL
                .iter()
                .map(|l| {
                    let s = p.bantcc.item(*l).status;
                    (
                        lang.t(l.label()).to_string(),
                        lang.t(s.label()).to_string(),
                        s != crate::domain::model::BantccStatus::Unknown,
                    )
                })
                .collect(),
        ),
    ];
    let mut out = String::new();
    write_lines(&mut out, &lines);
    out
}

/// The read-only view of a shared plan with "import into my plans".
pub fn shared_plan(incoming: Incoming) -> Node {
    let store = use_store();
    let done = RwSignal::new(false);
    let import = move || {
        let Some(Some(plan)) = incoming.get_untracked() else {
            return;
        };
        let exists = store
            .plans
            .with_untracked(|ps| ps.iter().any(|p| p.id == plan.id));
        let mode = if exists {
            ImportMode::AddAsCopies
        } else {
            ImportMode::Merge
        };
        let file = ImportFile {
            source: ImportSource::StoredPlan,
            schema_version: codec::SCHEMA_VERSION,
            plans: vec![plan],
            notes: Vec::new(),
        };
        let next = store
            .plans
            .with_untracked(|ps| transfer::apply(ps, &file, mode, &mut new_plan_id));
        if store.import(next).is_ok() {
            done.set(true);
        }
    };
    let html = move || {
        let lang = store.lang.get();
        let mut out = String::new();
        match incoming.get() {
            None => {}
            Some(None) => {
                el(
                    &mut out,
                    r#"<div class="alert" role="alert"><p>"#,
                    lang.t(T::SharedBroken),
                    "</p>",
                );
                button(&mut out, r#"data-act="close""#, lang.t(T::CloseShared));
                out.push_str("</div>");
            }
            Some(Some(p)) => {
                el(
                    &mut out,
                    r#"<section class="shared" aria-labelledby="shared-heading"><h1 id="shared-heading">"#,
                    lang.t(T::SharedPlanHeading),
                    "</h1><div>",
                );
                out.push_str(&plan_html(lang, &p));
                out.push_str(r#"</div><div class="actions">"#);
                if done.get() {
                    el(
                        &mut out,
                        r#"<p role="status">"#,
                        lang.t(T::SharedImported),
                        "</p>",
                    );
                } else {
                    button(
                        &mut out,
                        r#"id="import-shared" class="primary" data-act="import""#,
                        lang.t(T::ImportShared),
                    );
                }
                button(
                    &mut out,
                    r#"id="close-shared" data-act="close""#,
                    lang.t(T::CloseShared),
                );
                out.push_str("</div></section>");
            }
        }
        out
    };
    block("", html, move |a| {
        if a.click("import") {
            import()
        } else if a.click("close") {
            incoming.set(None)
        }
    })
}
