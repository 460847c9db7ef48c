//! The pains of the diagnosis step: each with its goal, owner, the four
//! need conditions and the core's verdict, as one block of HTML text
//! (escaped). The list is rebuilt when a pain is added or removed or the
//! language changes, never while typing; a condition's change rewrites only
//! its pain's verdict, a persistent live region.

use crate::domain::diagnosis::{self, NeedCondition, PainClass};
use crate::domain::model::{row_mut, GoalKind, Pain, Plan, Tri};
use crate::html::{button, control, el, escape, field_open, hint, select_field};
use crate::i18n::{next_question, Label, Lang, T};
use crate::ui::block::{block, Act, Node};
use crate::ui::dom::focus_later;
use crate::ui::store::use_store;
use leptos::prelude::*;

/// The plan's pains (shared with the diagnosis step's list).
pub fn pains(p: &Plan) -> &Vec<Pain> {
    &p.pains
}

/// The plan's pains, mutably.
pub fn pains_mut(p: &mut Plan) -> &mut Vec<Pain> {
    &mut p.pains
}

fn set_condition(pain: &mut Pain, c: NeedCondition, v: Tri) {
    match c {
        NeedCondition::Acknowledged => pain.acknowledged = v,
        NeedCondition::Priority => pain.priority = v,
        NeedCondition::WeSolve => pain.we_solve = v,
        NeedCondition::Budget => pain.budget = v,
    }
}

/// The core's verdict on `pain` and the next questions to ask, as HTML.
fn verdict_html(lang: Lang, pain: &Pain) -> String {
    let class = diagnosis::classify(pain);
    let mut out = String::new();
    el(
        &mut out,
        &format!(r#"<p class="badge-class {}">"#, class_css(class)),
        &lang.tf(T::Classification, &[lang.t(class.label())]),
        "</p>",
    );
    el(
        &mut out,
        r#"<p class="hint">"#,
        lang.t(class_explanation(class)),
        "</p>",
    );
    let open = diagnosis::open_questions(pain);
    if !open.is_empty() {
        el(
            &mut out,
            r#"<p class="label">"#,
            lang.t(T::NextQuestions),
            r#"</p><ul class="questions">"#,
        );
        for c in open {
            el(&mut out, "<li>", lang.t(next_question(c)), "</li>");
        }
        out.push_str("</ul>");
    }
    out
}

/// Options over a domain enum: the index as value, the label as text.
fn enum_options<E: Label + Copy>(lang: Lang, all: &[E]) -> Vec<(String, &'static str)> {
    all.iter()
        .enumerate()
        .map(|(i, e)| (i.to_string(), lang.t(e.label())))
        .collect()
}

fn index_of<E: PartialEq>(all: &[E], v: E) -> String {
    all.iter().position(|x| *x == v).unwrap_or(0).to_string()
}

/// A labelled text input with a hint under it; `attrs` is trusted markup.
fn text_with_hint(
    out: &mut String,
    id: &str,
    label: &str,
    hint_text: &str,
    value: &str,
    attrs: &str,
) {
    field_open(out, id, label);
    let mut a =
        format!(r#"aria-describedby="{id}-hint" type="text" autocomplete="off" {attrs} value=""#);
    escape(&mut a, value);
    a.push('"');
    control(out, "input", id, &a);
    hint(out, id, hint_text);
    out.push_str("</div>");
}

/// The editor of one pain, as a list item.
fn row_html(out: &mut String, lang: Lang, pain: &Pain, contacts: &[(String, String)]) {
    let mut pid = String::new();
    escape(&mut pid, &pain.id);
    let f = |name: &str| format!("pain-{pid}-{name}");
    let data = |act: &str| format!(r#"data-act="{act}" data-id="{pid}""#);
    out.push_str(r#"<li class="item pain">"#);
    text_with_hint(
        out,
        &f("desc"),
        lang.t(T::PainDescription),
        lang.t(T::PainDescriptionHint),
        &pain.description,
        &data("desc"),
    );
    text_with_hint(
        out,
        &f("goal"),
        lang.t(T::PainGoal),
        lang.t(T::PainGoalHint),
        &pain.goal,
        &data("goal"),
    );
    out.push_str(r#"<div class="row">"#);
    select_field(
        out,
        &f("goal-kind"),
        lang.t(T::GoalKind),
        &data("goal-kind"),
        enum_options(lang, &GoalKind::ALL),
        &index_of(&GoalKind::ALL, pain.goal_kind),
    );
    let mut owners = vec![(String::new(), lang.t(T::OwnerUnknown))];
    owners.extend(contacts.iter().map(|(id, name)| {
        let name = match name.trim() {
            "" => lang.t(T::NewContact),
            n => n,
        };
        (id.clone(), name)
    }));
    select_field(
        out,
        &f("owner"),
        lang.t(T::PainOwner),
        &data("owner"),
        owners,
        pain.owner.as_deref().unwrap_or(""),
    );
    el(
        out,
        r#"</div><fieldset class="conditions"><legend>"#,
        lang.t(T::NeedConditions),
        r#"</legend><div class="grid2">"#,
    );
    for (i, c) in NeedCondition::ALL.into_iter().enumerate() {
        select_field(
            out,
            &f(&format!("cond-{}", cond_key(c))),
            lang.t(c.label()),
            &format!(r#"{} data-c="{i}""#, data("cond")),
            enum_options(lang, &Tri::ALL),
            &index_of(&Tri::ALL, c.answer(pain)),
        );
    }
    out.push_str(&format!(
        r#"</div></fieldset><div class="verdict" aria-live="polite" id="{}">"#,
        f("verdict")
    ));
    out.push_str(&verdict_html(lang, pain));
    out.push_str("</div>");
    button(
        out,
        &format!(
            r#"class="danger small" id="{}" {}"#,
            f("remove"),
            data("remove")
        ),
        lang.t(T::RemovePain),
    );
    out.push_str("</li>");
}

/// Applies the edit `a` to the pain.
fn apply(pain: &mut Pain, a: &Act) {
    let v = a.el.value();
    let i: usize = v.parse().unwrap_or(0);
    match a.name.as_str() {
        "desc" => pain.description = v,
        "goal" => pain.goal = v,
        "goal-kind" => {
            if let Some(k) = GoalKind::ALL.get(i) {
                pain.goal_kind = *k
            }
        }
        "owner" => pain.owner = (!v.is_empty()).then_some(v),
        "cond" => {
            if let (Some(c), Some(t)) = (NeedCondition::ALL.get(a.el.num("c")), Tri::ALL.get(i)) {
                set_condition(pain, *c, *t)
            }
        }
        _ => {}
    }
}

/// The pains (or a note that there are none) and "add pain".
pub fn pain_list() -> Node {
    let store = use_store();
    let ids = Memo::new(move |_| store.row_ids(pains));
    let html = move || {
        let lang = store.lang.get();
        let mut out = String::new();
        if ids.with(Vec::is_empty) {
            el(
                &mut out,
                r#"<p class="empty">"#,
                lang.t(T::NoPainsYet),
                "</p>",
            );
        }
        out.push_str(r#"<ol class="items">"#);
        store.with_current_untracked(|p| {
            let contacts: Vec<(String, String)> = p
                .contacts
                .iter()
                .map(|c| (c.id.clone(), c.name.clone()))
                .collect();
            for pain in &p.pains {
                row_html(&mut out, lang, pain, &contacts);
            }
        });
        out.push_str("</ol>");
        button(
            &mut out,
            r#"id="add-pain" data-act="add""#,
            lang.t(T::AddPain),
        );
        out
    };
    let verdict = move |id: &str| {
        let lang = store.lang.get_untracked();
        store
            .with_current_untracked(|p| {
                p.pains
                    .iter()
                    .find(|x| x.id == id)
                    .map(|x| verdict_html(lang, x))
            })
            .flatten()
    };
    block("", html, move |a| {
        let id = a.el.data("id");
        if a.click("add") {
            let new_id = store.add_row(pains_mut);
            focus_later(format!("pain-{new_id}-desc"));
        } else if a.click("remove") {
            store.edit(|p| p.pains.retain(|x| x.id != id));
            // The removed row and its button are gone: keep keyboard focus in the list.
            focus_later("add-pain".to_string());
        } else if a.kind == "input" && !id.is_empty() {
            let before = verdict(&id);
            store.edit(|p| {
                if let Some(x) = row_mut(&mut p.pains, &id) {
                    apply(x, a)
                }
            });
            // The live region changes (and is announced) only when the verdict does.
            if let Some(after) = verdict(&id).filter(|v| Some(v) != before.as_ref()) {
                if let Some(e) = document().get_element_by_id(&format!("pain-{id}-verdict")) {
                    e.set_inner_html(&after);
                }
            }
        }
    })
}

fn cond_key(c: NeedCondition) -> &'static str {
    match c {
        NeedCondition::Acknowledged => "acknowledged",
        NeedCondition::Priority => "priority",
        NeedCondition::WeSolve => "we-solve",
        NeedCondition::Budget => "budget",
    }
}

fn class_css(c: PainClass) -> &'static str {
    match c {
        PainClass::Need => "need",
        PainClass::PainOnly => "pain-only",
        PainClass::NotOurs => "not-ours",
    }
}

fn class_explanation(c: PainClass) -> T {
    match c {
        PainClass::Need => T::ExplainNeed,
        PainClass::PainOnly => T::ExplainPainOnly,
        PainClass::NotOurs => T::ExplainNotOurs,
    }
}
