//! Share links and their QR code (the plan travels in the URL fragment,
//! compressed by the browser, never sent to a server), and the read-only
//! view of a shared plan opened from such a link.

use crate::domain::codec;
use crate::domain::format::format_amount;
use crate::domain::model::{BantccLetter, Plan};
use crate::domain::scoring::scorecard;
use crate::domain::share::{self, LinkProblem, MAX_DOCUMENT_BYTES};
use crate::domain::summary::plan_title;
use crate::i18n::{flag_text, Label, T};
use crate::qr;
use crate::ui::controls::{handler, lang, tr};
use crate::ui::panel::{pct, stage_name};
use crate::ui::store::{today, use_store};
use crate::ui::transfer::compress::{deflate_raw, inflate_raw, on_settled, CompressError};
use crate::ui::transfer::import_failed;
use leptos::either::Either;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// The page's URL without its fragment.
fn page_url() -> String {
    let href = window().location().href().unwrap_or_default();
    href.split('#').next().unwrap_or_default().to_string()
}

/// The plan in the page's share fragment, once read (`None` while there is
/// none), or why it cannot be shown.
pub type Incoming = RwSignal<Option<Result<Plan, LinkProblem>>>;

/// Reads a share fragment (at start-up, or when one arrives by
/// `hashchange` in a running tab), then puts `back` (by default the page
/// without a fragment) in the address, so a reload does not offer the
/// import again.
pub fn read_fragment(incoming: Incoming, back: Option<String>) {
    let hash = window().location().hash().unwrap_or_default();
    let Some(parsed) = share::parse_fragment(&hash) else {
        return;
    };
    let _ = window().history().and_then(|h| {
        let url = back.unwrap_or_else(page_url);
        h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url))
    });
    match parsed {
        Ok(bytes) => inflate_raw(&bytes, MAX_DOCUMENT_BYTES, move |out| {
            show(
                incoming,
                out.map_or(Err(LinkProblem::Damaged), |b| share::read_plan(&b)),
            )
        }),
        Err(e) => show(incoming, Err((&e).into())),
    }
}

// One copy of the signal write (WASM size).
#[inline(never)]
fn show(incoming: Incoming, got: Result<Plan, LinkProblem>) {
    incoming.set(Some(got));
}

/// A share link's QR code, ready to draw: its side in modules (quiet zone
/// included) and its dark modules as SVG path data.
#[derive(Clone, PartialEq)]
struct QrImage {
    side: usize,
    path: String,
}

/// The QR code of `link`, when it is not too dense to scan from a phone
/// screen. The one place the components call the QR encoder.
fn qr_image(link: &str) -> Option<QrImage> {
    let q = qr::share_code(link).ok()?;
    Some(QrImage {
        side: q.side(),
        path: q.svg_path(),
    })
}

/// What "share link" made: the link, its QR code (of the reduced plan when
/// `true`: the whole plan does not fit in one) or why there is none.
#[derive(Clone, PartialEq)]
enum Made {
    Link(String, Option<QrImage>, bool),
    Failed(T),
}

/// Makes the share link of a plan's link document (compressed by the
/// browser) and its QR code; when the whole plan is too large for one QR
/// code, the QR code of the `reduced` plan's document. Hands the result to
/// `done`.
fn make_link(json: String, reduced: Option<String>, done: Box<dyn FnOnce(Made)>) {
    if json.len() > MAX_DOCUMENT_BYTES {
        return done(Made::Failed(T::ShareTooLargeForQr));
    }
    deflate_raw(json.as_bytes(), move |out| {
        let link = match out.map(|bytes| share::link(&page_url(), &bytes)) {
            Ok(Ok(link)) => link,
            Ok(Err(_)) => return done(Made::Failed(T::ShareTooLargeForQr)),
            Err(CompressError::Unsupported) => return done(Made::Failed(T::ShareUnsupported)),
            Err(_) => return done(Made::Failed(T::ReadFailed)),
        };
        match (qr_image(&link), reduced) {
            (None, Some(json)) => make_link(
                json,
                None,
                Box::new(move |m| {
                    let qr = match m {
                        Made::Link(_, qr, _) => qr,
                        Made::Failed(_) => None,
                    };
                    let is_reduced = qr.is_some();
                    done(Made::Link(link, qr, is_reduced))
                }),
            ),
            (qr, _) => done(Made::Link(link, qr, false)),
        }
    });
}

/// "Share link" for the open plan: the link to copy or share, and its QR
/// code.
#[component]
pub fn ShareBox() -> impl IntoView {
    let store = use_store();
    let made = RwSignal::new(None::<Made>);
    let make = move |_| {
        let docs = store.with_current_untracked(|p| {
            let short = codec::encode_plan_compact(&share::reduced(p));
            (codec::encode_plan_compact(p), short)
        });
        if let Some((json, reduced)) = docs {
            make_link(json, Some(reduced), Box::new(move |m| made.set(Some(m))));
        }
    };
    let shown = move || {
        made.get().map(|m| match m {
            Made::Link(link, qr, reduced) => view! {
                <LinkField link=link.clone() />
                {match qr {
                    Some(image) => view! {
                        {reduced.then(|| view! { <p id="share-reduced">{tr(T::ShareReducedQr)}</p> })}
                        <QrCode image />
                    }.into_any(),
                    None => {
                        view! {
                            <p class="warn" id="share-no-qr">
                                {tr(T::ShareTooLargeForQr)}
                            </p>
                        }
                            .into_any()
                    }
                }}
            }
            .into_any(),
            Made::Failed(t) => view! {
                <p class="warn" role="alert">
                    {tr(t)}
                </p>
            }
            .into_any(),
        })
    };
    view! {
        <div class="share">
            <button type="button" id="share-make" on:click=handler(make)>
                {tr(T::ShareLink)}
            </button>
            {move || shown()}
        </div>
    }
}

/// The link (all of it selected on focus), "copy" with its confirmation,
/// and "share" where the browser can hand it to another app (phones).
#[component]
fn LinkField(link: String) -> impl IntoView {
    let copied = RwSignal::new(None::<T>);
    let nav = window().navigator();
    let can_share = js_sys::Reflect::has(&nav, &"share".into()).unwrap_or(false);
    let copy = {
        let link = link.clone();
        move |_| {
            // Resolves with nothing; a refusal rejects with an error.
            let promise = window().navigator().clipboard().write_text(&link);
            on_settled(
                promise,
                Box::new(move |v: JsValue| {
                    let t = if v.is_undefined() {
                        T::LinkCopied
                    } else {
                        T::CopyFailed
                    };
                    copied.set(Some(t));
                }),
            );
        }
    };
    let share = {
        let link = link.clone();
        move |_| {
            let data = web_sys::ShareData::new();
            data.set_url(&link);
            // Dismissing the share sheet rejects: nothing to say.
            let _ = window().navigator().share_with_data(&data);
        }
    };
    let select = |ev: leptos::ev::FocusEvent| {
        let input = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok());
        input.into_iter().for_each(|i| i.select());
    };
    view! {
        <div class="field">
            <label for="share-link">{tr(T::ShareLinkLabel)}</label>
            <input id="share-link" type="text" readonly prop:value=link on:focus=handler(select) />
        </div>
        <div class="actions">
            <button type="button" id="share-copy" on:click=handler(copy)>
                {tr(T::CopyLink)}
            </button>
            {can_share.then(|| view! {
                <button type="button" id="share-send" on:click=handler(share)>
                    {tr(T::ShareVia)}
                </button>
            })}
            <span role="status" id="share-copied">
                {move || copied.get().map(tr)}
            </span>
        </div>
    }
}

/// A QR code as inline SVG: black modules on a white square.
#[component]
fn QrCode(image: QrImage) -> impl IntoView {
    let s = image.side;
    view! {
        <div class="qr" role="img" aria-label=tr(T::ShareQrLabel)>
            <svg viewBox=format!("0 0 {s} {s}") shape-rendering="crispEdges">
                <path fill="#fff" d=format!("M0 0h{s}v{s}H0z") />
                <path d=image.path />
            </svg>
        </div>
    }
}

/// The read-only view of a shared plan with "import into my plans", or
/// the alert saying why the link cannot be read.
#[component]
pub fn SharedPlan(incoming: Incoming) -> impl IntoView {
    let close = move |_| incoming.set(None);
    let shown = move || match incoming.get() {
        None => ().into_any(),
        Some(Err(problem)) => {
            let (key, path) = match problem {
                LinkProblem::Newer => (T::SharedNewer, String::new()),
                LinkProblem::Damaged => (T::SharedBroken, String::new()),
                LinkProblem::Invalid(path) => (T::SharedInvalid, path),
            };
            view! {
                <div class="alert" role="alert" id="shared-problem">
                    <p>{tr(key)}</p>
                    <p class="hint">{path}</p>
                    <button type="button" on:click=handler(close)>
                        {tr(T::CloseShared)}
                    </button>
                </div>
            }
            .into_any()
        }
        Some(Ok(plan)) => view! { <SharedView plan incoming /> }.into_any(),
    };
    view! { {move || shown()} }
}

/// A shared plan: what it says, and "import into my plans".
#[component]
fn SharedView(plan: Plan, incoming: Incoming) -> impl IntoView {
    let store = use_store();
    let done = RwSignal::new(false);
    let refused = RwSignal::new(None::<T>);
    let lang = lang();
    let import = {
        let plan = plan.clone();
        move |_| match store.import_copy(plan.clone()) {
            Ok(()) => done.set(true),
            Err(e) => refused.set(Some(import_failed(&e))),
        }
    };
    let refused = move || refused.get().map_or("", |t| lang().t(t));
    view! {
        <section class="shared" aria-labelledby="shared-heading">
            <h1 id="shared-heading">{tr(T::SharedPlanHeading)}</h1>
            <div>
                <SharedLines plan />
            </div>
            <p class="warn" role="alert">
                {move || refused()}
            </p>
            <div class="actions">
                {move || {
                    if done.get() {
                        Either::Left(view! { <p role="status">{tr(T::SharedImported)}</p> })
                    } else {
                        let import = import.clone();
                        Either::Right(view! {
                            <button type="button" id="import-shared" class="primary" on:click=handler(import)>
                                {tr(T::ImportShared)}
                            </button>
                        })
                    }
                }}
                <button type="button" id="close-shared" on:click=handler(move |_| incoming.set(None))>
                    {tr(T::CloseShared)}
                </button>
            </div>
        </section>
    }
}

/// The shared plan: first what a colleague wants to see (amount, stage and
/// probability, commitment objectives, red flags, scored with this
/// device's stage set), then the content, contacts, pains and each BANTCC
/// letter in the app's status colours.
#[component]
fn SharedLines(plan: Plan) -> impl IntoView {
    let store = use_store();
    let lang = lang();
    let title = plan_title(&plan);
    let named = |items: Vec<String>| {
        items
            .into_iter()
            .filter(|s| !s.trim().is_empty())
            .map(|s| view! { <li>{s}</li> })
            .collect_view()
    };
    let card = store
        .stages
        .with_untracked(|set| scorecard(&plan, set, today()));
    let facts = {
        let plan = plan.clone();
        move || {
            let l = lang();
            let o = &plan.opportunity;
            let amount = o.amount.map_or_else(
                || l.t(T::NotSet).to_string(),
                |a| format!("{} {}", format_amount(a), o.currency),
            );
            let stage = card.stage.stage.map_or_else(
                || l.t(T::StageNotSet).to_string(),
                |i| store.stages.with(|set| stage_name(set, i, l)),
            );
            let odds = card.probability.map(pct).unwrap_or_default();
            let v = &plan.visit;
            [
                (T::Amount, amount),
                (T::StageWeight, stage),
                (T::Probability, odds),
                (T::CommitmentBest, v.commitment_best.clone()),
                (T::CommitmentMin, v.commitment_min.clone()),
            ]
            .into_iter()
            .map(|(k, v)| view! { <dt>{l.t(k)}</dt><dd>{v}</dd> })
            .collect_view()
        }
    };
    let flags = card.flags.iter().map(|f| f.kind).collect::<Vec<_>>();
    let flags = move || {
        let l = lang();
        named(flags.iter().map(|f| flag_text(l, *f)).collect())
    };
    let contacts = plan
        .contacts
        .iter()
        .map(|c| (c.name.clone(), c.title.clone(), c.role))
        .collect::<Vec<_>>();
    let contacts = move || {
        let l = lang();
        named(
            contacts
                .iter()
                .map(|(name, title, role)| format!("{name} · {title} · {}", l.t(role.label())))
                .collect(),
        )
    };
    let pains = named(plan.pains.iter().map(|n| n.description.clone()).collect());
    let coverage = BantccLetter::ALL
        .iter()
        .map(|l| {
            let s = plan.bantcc.item(*l).status;
            view! {
                <li>
                    <span>{tr(l.label())}</span>
                    <span class=format!("mark {}", s.as_str())>{tr(s.label())}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <h3>{move || title.clone().unwrap_or_else(|| lang().t(T::UntitledPlan).to_string())}</h3>
        <dl id="shared-facts">{facts}</dl>
        <p class="label">{tr(T::FlagsHeading)}</p>
        <ul class="flags" id="shared-flags">{move || flags()}</ul>
        <p>{plan.opportunity.content.clone()}</p>
        <ul>{move || contacts()}</ul>
        <ul>{pains}</ul>
        <ul class="coverage" id="shared-bantcc">{coverage}</ul>
    }
}
