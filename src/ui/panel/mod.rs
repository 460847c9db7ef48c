//! The scoring panel (赢单评分): beside the wizard on a wide screen, one tap
//! away on a phone. It shows the core's [`Scorecard`] and its arithmetic;
//! nothing is computed here. Each section is a component reading the one
//! scorecard memo through [`Card`].

pub mod lines;
pub mod parts;

use crate::domain::model::Plan;
pub use crate::domain::scoring::percent_text as pct;
use crate::domain::scoring::{scorecard, Scorecard};
use crate::domain::stages::StageSet;
use crate::i18n::{Lang, T};
use crate::ui::controls::{handler, memo, tr};
use crate::ui::dom::focus_later;
use crate::ui::panel::lines::{ChainSection, CoachSection, StageSection};
use crate::ui::panel::parts::{
    BantccSection, CoverageSection, FlagsSection, OverrideSection, QuadrantSection, StyleSection,
    VerdictSection,
};
use crate::ui::store::{today, use_store, Store};
use leptos::prelude::*;

/// The scorecard of the open plan (recomputed when the plan, the stage set
/// or the day changes) and the store it is read with.
#[derive(Clone, Copy)]
pub struct Card {
    card: Memo<Option<Scorecard>>,
    store: Store,
}

impl Card {
    /// The one scorecard memo of the open plan.
    fn new(store: Store) -> Card {
        let card = memo(move |_| {
            let today = today();
            store
                .stages
                .with(|set| store.with_current(|p| scorecard(p, set, today)))
        });
        Card { card, store }
    }

    /// Reads the scorecard with the stages, the open plan and the language
    /// (tracked); `None` without an open plan.
    pub fn read<R>(self, f: impl FnOnce(&Ctx) -> R) -> Option<R> {
        let lang = self.store.lang.get();
        let set = self.store.stages.read();
        self.card.with(|c| {
            let c = c.as_ref()?;
            self.store.with_current(|plan| {
                f(&Ctx {
                    c,
                    set: &set,
                    plan,
                    lang,
                })
            })
        })
    }

    /// A reactive view of the scorecard: `f` runs again when what it reads
    /// changes, and the elements it built are updated in place.
    pub fn show<V>(
        self,
        f: impl Fn(&Ctx) -> V + Send + Sync + 'static,
    ) -> impl Fn() -> Option<V> + Send + Sync + 'static {
        move || self.read(&f)
    }
}

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

/// A stage's name in `lang`.
pub fn stage_name(set: &StageSet, i: usize, lang: Lang) -> String {
    set.get(i)
        .map(|s| s.name.get(lang == Lang::Zh).to_string())
        .unwrap_or_default()
}

/// The panel and, on a phone, the button that opens it. `open` is the
/// phone's overlay state (on a wide screen the panel always shows).
#[component]
pub fn ScorePanel() -> impl IntoView {
    let store = use_store();
    let open = RwSignal::new(false);
    let card = Card::new(store);
    view! {
        <Toggle card=card open=open />
        <aside
            id=PANEL_ID
            class="score-panel"
            class:open=move || open.get()
            aria-labelledby=HEADING_ID
        >
            <PanelHead open=open />
            <StageSection card=card />
            <ChainSection card=card />
            <CoachSection card=card />
            <BantccSection card=card />
            <FlagsSection card=card open=open />
            <VerdictSection card=card />
            <OverrideSection />
            <QuadrantSection card=card />
            <StyleSection card=card />
            <CoverageSection card=card />
        </aside>
    }
}

/// The phone's floating button with the win probability; it opens the
/// panel and moves focus to the panel's heading.
#[component]
fn Toggle(card: Card, open: RwSignal<bool>) -> impl IntoView {
    let store = use_store();
    let text = move || {
        let p = card.card.with(|c| c.as_ref().and_then(|c| c.probability));
        store
            .lang
            .get()
            .tf(T::ShowScore, &[&p.map(pct).unwrap_or_default()])
    };
    let show = move |_| {
        open.set(true);
        focus_later(HEADING_ID.to_string());
    };
    view! {
        <button
            type="button"
            id=TOGGLE_ID
            class="score-toggle primary"
            aria-controls=PANEL_ID
            aria-expanded=move || open.get().to_string()
            on:click=handler(show)
        >
            {move || text()}
        </button>
    }
}

/// The panel's heading and, on a phone, the button back to the plan (focus
/// returns to the toggle). Sticky over the whole panel.
#[component]
fn PanelHead(open: RwSignal<bool>) -> impl IntoView {
    let hide = move |_| {
        open.set(false);
        focus_later(TOGGLE_ID.to_string());
    };
    view! {
        <div class="panel-head">
            <h2 id=HEADING_ID tabindex="-1">
                {tr(T::ScoreHeading)}
            </h2>
            <button type="button" class="small panel-close" on:click=handler(hide)>
                {tr(T::HideScore)}
            </button>
        </div>
    }
}

/// A bulleted list of texts.
#[component]
pub fn Items(list: Vec<String>) -> impl IntoView {
    view! { <ul>{list.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> }
}

/// A label and its figure (`<strong id=id>`).
#[component]
pub fn Figure(label: String, value: String, id: &'static str) -> impl IntoView {
    view! {
        <p class="figure">
            <span>{label}</span>
            <strong id=id>{value}</strong>
        </p>
    }
}
