//! The combined "information to obtain" list: BANTCC gaps and open need
//! questions flow in automatically and visibly, beside the rep's own items.

use crate::domain::model::Plan;
use crate::domain::summary::{self, InfoItem};
use crate::i18n::{next_question, Label, Lang, T};
use crate::ui::controls::tr;
use crate::ui::store::use_store;
use leptos::either::Either;
use leptos::prelude::*;

/// One line of the combined list, as text plus where it came from.
pub fn info_item_text(lang: Lang, plan: &Plan, item: &InfoItem) -> (String, Option<String>) {
    match item {
        InfoItem::Own(s) => (s.clone(), None),
        InfoItem::Gap(g) => (
            lang.t(g.question.label()).to_string(),
            Some(lang.tf(T::FromBantcc, &[lang.t(g.letter.label())])),
        ),
        InfoItem::OpenNeedQuestion { pain_id, condition } => {
            let pain = plan
                .pains
                .iter()
                .find(|p| p.id == *pain_id)
                .map(|p| p.description.trim())
                .filter(|d| !d.is_empty())
                .unwrap_or(lang.t(T::UnnamedPain));
            (
                lang.t(next_question(*condition)).to_string(),
                Some(lang.tf(T::FromPain, &[pain])),
            )
        }
    }
}

/// The automatic part of the list (gaps and open questions), as text and
/// source, tracking the open plan and the language. Derived, not a memo:
/// the list holds no control, and a memo type of its own costs WASM.
fn auto_items() -> impl Fn() -> Vec<(String, Option<String>)> + Copy + Send + Sync + 'static {
    let store = use_store();
    move || {
        let lang = store.lang.get();
        store
            .with_current(|p| {
                summary::info_to_obtain(p)
                    .iter()
                    .filter(|i| !matches!(i, InfoItem::Own(_)))
                    .map(|i| info_item_text(lang, p, i))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    }
}

/// The automatic part of the list, shown above the rep's own entries:
/// each item's text and, in a badge, where it came from.
#[component]
pub fn AutoInfoList() -> impl IntoView {
    let items = auto_items();
    let list = move || {
        items()
            .into_iter()
            .map(|(text, source)| {
                view! {
                    <li>
                        {text}
                        {source.map(|s| view! { <span class="badge">{s}</span> })}
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <div class="auto-list" aria-labelledby="auto-info-label">
            <p id="auto-info-label" class="label">{tr(T::InfoFromGaps)}</p>
            {move || {
                if items().is_empty() {
                    Either::Left(view! { <p class="hint">{tr(T::NoGaps)}</p> })
                } else {
                    Either::Right(view! { <ul class="auto" id="auto-info">{move || list()}</ul> })
                }
            }}
        </div>
    }
}
