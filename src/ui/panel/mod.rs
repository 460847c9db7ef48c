//! The scoring panel (赢单评分): beside the wizard on a wide screen, one tap
//! away on a phone. It renders the core's [`Scorecard`] and shows its
//! arithmetic; nothing is computed here.

pub mod lines;
pub mod parts;

use crate::domain::model::{Plan, Step};
use crate::domain::scoring::{percent, scorecard, Scorecard};
use crate::domain::stages::StageSet;
use crate::html::{button, el, write_lines, Line};
use crate::i18n::{Lang, T};
use crate::ui::block::{block, live_attr, text_block, wrap, Node};
use crate::ui::dom::focus_later;
use crate::ui::panel::lines::{chain_lines, coach_lines, stage_lines};
use crate::ui::panel::parts::{
    bantcc_lines, coverage_lines, flag_lines, override_control, quadrant_lines, style_lines,
    verdict_lines,
};
use crate::ui::store::{today, use_store};
use leptos::prelude::*;

/// The scorecard of the open plan, recomputed when the plan, the stage set
/// or the day changes.
pub type Card = Memo<Option<Scorecard>>;

/// What a section reads.
pub struct Ctx<'a> {
    /// The scorecard.
    pub c: &'a Scorecard,
    /// The team's stages.
    pub set: &'a StageSet,
    /// The open plan.
    pub plan: &'a Plan,
    /// The UI language.
    pub lang: Lang,
}

impl Ctx<'_> {
    /// The text of `key`.
    pub fn t(&self, key: T) -> String {
        self.lang.t(key).to_string()
    }

    /// A stage's name.
    pub fn stage(&self, i: usize) -> String {
        stage_name(self.set, i, self.lang)
    }

    /// The texts of some of a stage's criteria, by position.
    pub fn criteria(&self, stage: usize, which: &[usize]) -> Vec<String> {
        let zh = self.lang == Lang::Zh;
        self.set.get(stage).map_or_else(Vec::new, |s| {
            which
                .iter()
                .filter_map(|k| s.criteria.get(*k))
                .map(|c| c.text.get(zh).to_string())
                .collect()
        })
    }
}

const PANEL_ID: &str = "score-panel";
const HEADING_ID: &str = "score-heading";
const TOGGLE_ID: &str = "score-toggle";

/// A fraction as "25%".
pub fn pct(f: f64) -> String {
    format!("{}%", percent(f))
}

/// A stage's name in `lang`.
pub fn stage_name(set: &StageSet, i: usize, lang: Lang) -> String {
    set.get(i)
        .map(|s| s.name.get(lang == Lang::Zh).to_string())
        .unwrap_or_default()
}

type Section = fn(&Ctx) -> Vec<Line>;

/// Sections as HTML, rebuilt whenever the scorecard, the stages or the
/// language change.
fn sections_html(card: Card, sections: &'static [Section]) -> impl Fn() -> String + Copy {
    let store = use_store();
    move || {
        let lang = store.lang.get();
        let set = store.stages.read();
        let mut out = String::new();
        card.with(|c| {
            let Some(c) = c.as_ref() else { return };
            store.with_current(|plan| {
                let x = Ctx {
                    c,
                    set: &set,
                    plan,
                    lang,
                };
                for build in sections {
                    out.push_str(r#"<section class="score-sec">"#);
                    write_lines(&mut out, &build(&x));
                    out.push_str("</section>");
                }
            });
        });
        out
    }
}

const UPPER: [Section; 6] = [
    stage_lines,
    chain_lines,
    coach_lines,
    bantcc_lines,
    flag_lines,
    verdict_lines,
];
const LOWER: [Section; 3] = [quadrant_lines, style_lines, coverage_lines];

/// The panel and, on a phone, the button that opens it.
pub fn score_panel() -> Node {
    let store = use_store();
    let open = RwSignal::new(false);
    let card: Card = Memo::new(move |_| {
        let today = today();
        store
            .stages
            .with(|set| store.with_current(|p| scorecard(p, set, today)))
    });
    let toggle = block(
        "contents",
        move || {
            let lang = store.lang.get();
            let p = card.with(|c| c.as_ref().and_then(|c| c.probability));
            let text = lang.tf(T::ShowScore, &[&p.map(pct).unwrap_or_default()]);
            let attrs = format!(
                r#"id="{TOGGLE_ID}" class="score-toggle primary" aria-controls="{PANEL_ID}" aria-expanded="{}" data-act="show""#,
                open.get()
            );
            let mut out = String::new();
            button(&mut out, &attrs, &text);
            out
        },
        move |a| {
            if a.click("show") {
                open.set(true);
                focus_later(HEADING_ID.to_string());
            }
        },
    );
    let upper = sections_html(card, &UPPER);
    // One block for the head and the upper sections, so the head stays
    // sticky over the whole panel (the block's box is `display: contents`).
    let head = block(
        "contents",
        move || {
            let lang = store.lang.get();
            let mut out = String::new();
            el(
                &mut out,
                &format!(r#"<div class="panel-head"><h2 id="{HEADING_ID}" tabindex="-1">"#),
                lang.t(T::ScoreHeading),
                "</h2>",
            );
            button(
                &mut out,
                r#"class="small panel-close" data-act="hide""#,
                lang.t(T::HideScore),
            );
            out.push_str("</div>");
            out.push_str(&upper());
            out
        },
        move |a| {
            if a.click("hide") {
                open.set(false);
                focus_later(TOGGLE_ID.to_string());
            } else if let Some(step) = Step::ALL.get(a.el.num("step")).filter(|_| a.click("fix")) {
                open.set(false);
                store.go_to(*step);
            }
        },
    );
    let aside = wrap(
        &format!(
            r#"<aside id="{PANEL_ID}" class="score-panel" aria-labelledby="{HEADING_ID}"></aside>"#
        ),
        &[
            head,
            wrap(
                r#"<section class="score-sec override"></section>"#,
                &[override_control()],
            ),
            text_block(sections_html(card, &LOWER)),
        ],
    );
    live_attr(&aside, "class", move || {
        Some(
            if open.get() {
                "score-panel open"
            } else {
                "score-panel"
            }
            .to_string(),
        )
    });
    wrap(r#"<div class="contents"></div>"#, &[toggle, aside])
}
