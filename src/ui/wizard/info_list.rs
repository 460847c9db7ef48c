//! The combined "information to obtain" list: BANTCC gaps and open need
//! questions flow in automatically and visibly, beside the rep's own items.

use crate::domain::model::Plan;
use crate::domain::summary::{self, InfoItem};
use crate::html::el;
use crate::i18n::{next_question, Label, Lang, T};
use crate::ui::store::use_store;
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
/// source, tracking the open plan and the language.
pub fn auto_items() -> Memo<Vec<(String, Option<String>)>> {
    let store = use_store();
    Memo::new(move |_| {
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
    })
}

/// The automatic part of the list as HTML, shown above the rep's own
/// entries.
pub fn auto_list_html(out: &mut String, lang: Lang, list: &[(String, Option<String>)]) {
    el(
        out,
        r#"<div class="auto-list" aria-labelledby="auto-info-label"><p id="auto-info-label" class="label">"#,
        lang.t(T::InfoFromGaps),
        "</p>",
    );
    if list.is_empty() {
        el(out, r#"<p class="hint">"#, lang.t(T::NoGaps), "</p>");
    } else {
        out.push_str(r#"<ul class="auto" id="auto-info">"#);
        for (text, source) in list {
            el(out, "<li>", text, "");
            if let Some(src) = source {
                el(out, r#"<span class="badge">"#, src, "</span>");
            }
            out.push_str("</li>");
        }
        out.push_str("</ul>");
    }
    out.push_str("</div>");
}
