//! One plan, several tabs: the rules that keep every change when two tabs
//! of the app write the same plan.
//!
//! Each tab holds the plans in memory. An edit first takes in what
//! storage holds, then stores the whole plan, naming the stored text it
//! started from (its base). Another tab's write reaches this one as a
//! storage event; when it started from a text that lacked this tab's
//! latest changes (the two tabs wrote at once), it dropped them.
//! [`reconcile`] then puts this tab's own changes back, field by field,
//! with [`rebase`], and says to store them again. Each tab restores only
//! its own changes, so a tab never writes back another tab's stale value:
//! - a field changed by only one tab keeps that change;
//! - a field changed by both keeps the later write (the one in storage);
//! - rows of a list with ids (contacts, pains, objections) count as
//!   fields of their own, so rows added, edited or removed in different
//!   tabs all survive;
//! - the wizard step belongs to each tab: it never moves another tab and
//!   is never a reason to write.

use super::codec::{self, DecodeError};
use super::model::Plan;
use super::serial::{self, Map, Value};

/// Applies the change from `old` to `new` onto `base`, field by field: an
/// object member (or a row of a list of rows with ids) that `base` still
/// holds as in `old` takes its value in `new` (or goes, if `new` has none);
/// one that `base` changed too keeps `base`'s value.
pub fn rebase(base: &Value, old: &Value, new: &Value) -> Value {
    rebase_opt(Some(base), Some(old), Some(new)).unwrap_or(Value::Null)
}

fn rebase_opt(base: Option<&Value>, old: Option<&Value>, new: Option<&Value>) -> Option<Value> {
    if old == new || base == new {
        return base.cloned();
    }
    if base == old {
        return new.cloned();
    }
    match (base, old, new) {
        (Some(Value::Object(b)), Some(Value::Object(o)), Some(Value::Object(n))) => {
            let mut out = Map::new();
            for (k, bv) in b {
                if let Some(v) = rebase_opt(Some(bv), o.get(k), n.get(k)) {
                    out.insert(k.clone(), v);
                }
            }
            for (k, nv) in n.iter().filter(|(k, _)| !b.contains_key(*k)) {
                if let Some(v) = rebase_opt(None, o.get(k), Some(nv)) {
                    out.insert(k.clone(), v);
                }
            }
            Some(Value::Object(out))
        }
        (Some(Value::Array(b)), Some(Value::Array(o)), Some(Value::Array(n)))
            if [b, o, n]
                .iter()
                .all(|rows| rows.iter().all(|r| row_id(r).is_some())) =>
        {
            let mut out = Vec::new();
            for bv in b {
                let id = row_id(bv);
                if let Some(v) = rebase_opt(Some(bv), row(o, id), row(n, id)) {
                    out.push(v);
                }
            }
            for nv in n.iter().filter(|nv| row(b, row_id(nv)).is_none()) {
                if let Some(v) = rebase_opt(None, row(o, row_id(nv)), Some(nv)) {
                    out.push(v);
                }
            }
            Some(Value::Array(out))
        }
        // Both changed the same value: the later write, in `base`, wins.
        _ => base.cloned(),
    }
}

fn row_id(row: &Value) -> Option<&str> {
    row.get("id")?.as_str()
}

fn row<'a>(rows: &'a [Value], id: Option<&str>) -> Option<&'a Value> {
    rows.iter().find(|r| row_id(r) == id)
}

/// What one tab remembers of storage, to tell other tabs' writes from its
/// own: the text it last wrote or read for each plan, the latest texts
/// seen (another tab's write names the one it started from by its
/// [`codec::text_hash`]), and the plans deleted while it runs.
#[derive(Clone, Debug, Default)]
pub struct TabMemory {
    known: Vec<(String, String)>,
    seen: Vec<(u64, String)>,
    removed: Vec<String>,
}

/// How many texts [`TabMemory`] keeps for the other tabs' bases: a few
/// versions of each plan being edited at once.
const SEEN: usize = 64;

impl TabMemory {
    /// The memory of a tab that has just read `known` (plan id, text).
    pub fn new(known: Vec<(String, String)>) -> TabMemory {
        TabMemory {
            known,
            ..TabMemory::default()
        }
    }

    /// The text this tab last wrote or read for plan `id`.
    pub fn known(&self, id: &str) -> Option<&str> {
        self.known
            .iter()
            .find(|(i, _)| i == id)
            .map(|(_, t)| t.as_str())
    }

    /// Plan `id` is stored as `text` (`None`: not stored), as far as this
    /// tab knows; written by this tab, it is no longer a deleted plan.
    pub fn set_known(&mut self, id: &str, text: Option<String>, written: bool) {
        // The text replaced stays findable: another tab that has not seen
        // this one's write may still start from it.
        if let Some(at) = self.known.iter().position(|(i, _)| i == id) {
            let (_, old) = self.known.remove(at);
            self.saw(&old);
        }
        if let Some(t) = text {
            self.saw(&t);
            self.known.push((id.to_string(), t));
        }
        if written {
            self.removed.retain(|r| r != id);
        }
    }

    /// Forgets every stored text (storage was cleared).
    pub fn forget_texts(&mut self) {
        self.known.clear();
    }

    /// Keeps `text` among the latest texts seen.
    pub fn saw(&mut self, text: &str) {
        let hash = codec::text_hash(text);
        if !self.seen.iter().any(|(h, _)| *h == hash) {
            if self.seen.len() >= SEEN {
                self.seen.remove(0);
            }
            self.seen.push((hash, text.to_string()));
        }
    }

    /// A text seen (or read at start-up and still known), by its hash.
    pub fn seen(&self, hash: u64) -> Option<&str> {
        let seen = self.seen.iter().find(|(h, _)| *h == hash).map(|(_, t)| t);
        seen.or_else(|| {
            let known = self.known.iter().map(|(_, t)| t);
            known.into_iter().find(|t| codec::text_hash(t) == hash)
        })
        .map(String::as_str)
    }

    /// Plan `id` was deleted: another tab's late write never brings it
    /// back here.
    pub fn remove(&mut self, id: &str) {
        self.removed.push(id.to_string());
        self.known.retain(|(i, _)| i != id);
    }

    /// Whether plan `id` was deleted while this tab runs.
    pub fn is_removed(&self, id: &str) -> bool {
        self.removed.iter().any(|r| r == id)
    }
}

/// The latest version of a plan that both the `stored` text and this
/// tab's `known` text include, by the ancestry each names
/// ([`codec::plan_ancestry`]); `None` when it lies further back than they
/// name, or this tab no longer has its text.
///
/// It is the base of a three-way merge: what this tab wrote since then is
/// its own change, which a write from a tab that had not seen it dropped.
/// (The base that the stored text names is not enough: the other tab may
/// have started from a version that lacks this tab's latest writes but
/// has older ones, and those must not count as changed twice.)
pub fn merge_base<'a>(stored: &str, known: &'a str, mem: &'a TabMemory) -> Option<&'a str> {
    let chain = |text: &str| {
        let mut chain = vec![codec::text_hash(text)];
        chain.extend(codec::plan_ancestry(text));
        chain
    };
    let theirs = chain(stored);
    let mine = chain(known);
    let common = *mine.iter().find(|h| theirs.contains(h))?;
    if common == mine[0] {
        Some(known)
    } else {
        mem.seen(common)
    }
}

/// The texts of one plan's storage entry, as this tab sees them.
#[derive(Clone, Copy, Debug, Default)]
pub struct Texts<'a> {
    /// What storage holds now (`None`: there is no entry).
    pub stored: Option<&'a str>,
    /// The latest version that both storage and this tab's known text
    /// include ([`merge_base`]), when known.
    pub base: Option<&'a str>,
    /// What this tab last wrote or read for the plan.
    pub known: Option<&'a str>,
}

/// What this tab does with a plan another tab wrote or removed.
#[derive(Clone, Debug, PartialEq)]
pub enum Reconciled {
    /// The entry is gone from storage: the plan goes here too.
    Removed,
    /// The plan as this tab now holds it (its own step kept). `write` when
    /// storage lacks part of it (a change a stale write dropped, or one
    /// made here that is not stored yet) and must be written again.
    Plan {
        /// The merged plan.
        plan: Box<Plan>,
        /// Storage must be written with it.
        write: bool,
    },
    /// What storage holds cannot be read here (e.g. a newer version): it
    /// is kept aside, never written over.
    Unreadable(DecodeError),
}

/// Brings this tab's copy of a plan (`mine`, if it has one) in line with
/// storage after another tab wrote it: what storage holds, plus this
/// tab's changes that storage lacks (dropped by the other tab's write,
/// which started from a text without them, or never stored because a
/// write failed).
pub fn reconcile(mine: Option<&Plan>, texts: Texts<'_>) -> Reconciled {
    let Some(stored) = texts.stored else {
        return Reconciled::Removed;
    };
    let stored = match codec::plan_tree(stored) {
        Ok(tree) => tree,
        Err(e) => return Reconciled::Unreadable(e),
    };
    let tree = |raw: Option<&str>| raw.and_then(|r| codec::plan_tree(r).ok());
    let known = tree(texts.known);
    let mut merged = stored.clone();
    if let (Some(base), Some(known)) = (tree(texts.base), &known) {
        merged = rebase(&merged, &base, known);
    }
    if let (Some(known), Some(mine)) = (&known, mine) {
        merged = rebase(&merged, known, &plan_tree_of(mine));
    }
    if let (Value::Object(m), Some(step)) = (&mut merged, stored.get("step")) {
        m.insert("step".into(), step.clone());
    }
    let write = merged != stored;
    match codec::decode_plan_value(merged, "plan") {
        Ok((mut plan, _)) => {
            if let Some(mine) = mine {
                plan.step = mine.step;
            }
            Reconciled::Plan {
                plan: Box::new(plan),
                write,
            }
        }
        Err(e) => Reconciled::Unreadable(e.into()),
    }
}

/// A plan as the tree it is stored as.
fn plan_tree_of(plan: &Plan) -> Value {
    serial::parse(&serial::to_compact(plan)).unwrap_or(Value::Null)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::{Contact, Step};

    fn tree(text: &str) -> Value {
        serial::parse(text).unwrap()
    }

    #[test]
    fn rebase_keeps_changes_to_different_fields() {
        let old = tree(r#"{"a":1,"b":1}"#);
        let new = tree(r#"{"a":1,"b":2}"#);
        let base = tree(r#"{"a":5,"b":1}"#);
        assert_eq!(rebase(&base, &old, &new), tree(r#"{"a":5,"b":2}"#));
    }

    #[test]
    fn rebase_lets_the_later_write_win_on_one_field() {
        let old = tree(r#"{"a":"x"}"#);
        let new = tree(r#"{"a":"theirs"}"#);
        let base = tree(r#"{"a":"later"}"#);
        assert_eq!(rebase(&base, &old, &new), base);
    }

    #[test]
    fn rebase_merges_rows_by_id() {
        let old = tree(r#"{"rows":[{"id":"r1","n":"a"},{"id":"r2","n":"b"}]}"#);
        // They edited r1, removed r2 and added r3.
        let new = tree(r#"{"rows":[{"id":"r1","n":"A"},{"id":"r3","n":"c"}]}"#);
        // Here r2 was edited, r4 added.
        let base =
            tree(r#"{"rows":[{"id":"r1","n":"a"},{"id":"r2","n":"B"},{"id":"r4","n":"d"}]}"#);
        assert_eq!(
            rebase(&base, &old, &new),
            // r2 changed here, so their removal loses to the later edit.
            tree(
                r#"{"rows":[{"id":"r1","n":"A"},{"id":"r2","n":"B"},{"id":"r4","n":"d"},{"id":"r3","n":"c"}]}"#
            )
        );
        // A row removed there and untouched here goes.
        let base = tree(r#"{"rows":[{"id":"r1","n":"a"},{"id":"r2","n":"b"}]}"#);
        assert_eq!(
            rebase(&base, &old, &new),
            tree(r#"{"rows":[{"id":"r1","n":"A"},{"id":"r3","n":"c"}]}"#)
        );
    }

    #[test]
    fn rebase_treats_other_lists_as_one_value() {
        let old = tree(r#"{"l":["a"]}"#);
        let new = tree(r#"{"l":["a","b"]}"#);
        let base = tree(r#"{"l":["c"]}"#);
        assert_eq!(rebase(&base, &old, &new), base);
        let base = tree(r#"{"l":["a"],"x":1}"#);
        assert_eq!(rebase(&base, &old, &new), tree(r#"{"l":["a","b"],"x":1}"#));
    }

    #[test]
    fn tab_memory_keeps_known_seen_and_removed() {
        let mut m = TabMemory::new(vec![("p1".into(), "t1".into())]);
        assert_eq!(m.known("p1"), Some("t1"));
        // Read at start-up: another tab's first write starts from it.
        assert_eq!(m.seen(codec::text_hash("t1")), Some("t1"));
        m.set_known("p1", Some("t2".into()), true);
        assert_eq!(m.known("p1"), Some("t2"));
        // The text it replaced is still found by its hash.
        assert_eq!(m.seen(codec::text_hash("t1")), Some("t1"));
        assert_eq!(m.seen(codec::text_hash("t2")), Some("t2"));
        m.remove("p1");
        assert!(m.is_removed("p1"));
        assert_eq!(m.known("p1"), None);
        // Read back (another tab's write): still deleted here.
        m.set_known("p1", Some("t3".into()), false);
        assert!(m.is_removed("p1"));
        // Written by this tab (kept as a new plan, imported): back.
        m.set_known("p1", Some("t4".into()), true);
        assert!(!m.is_removed("p1"));
        for i in 0..SEEN {
            m.saw(&format!("x{i}"));
        }
        assert_eq!(m.seen(codec::text_hash("t2")), None);
        assert_eq!(m.seen(codec::text_hash("x0")), Some("x0"));
        m.forget_texts();
        assert_eq!(m.known("p1"), None);
    }

    fn plan(f: impl FnOnce(&mut Plan)) -> Plan {
        let mut p = Plan::new("p1", "2026-01-01T00:00:00.000Z");
        f(&mut p);
        p
    }

    fn text(p: &Plan) -> String {
        codec::encode_plan(p)
    }

    #[test]
    fn two_tabs_typing_in_different_fields_keep_both() {
        let x0 = plan(|_| {});
        // Tab B wrote the region; tab A, not having seen it, then wrote the
        // industry over it, both starting from x0 (storage order: B, A).
        let b_wrote = plan(|p| p.account.region = "Foshan".into());
        let a_wrote = plan(|p| p.account.industry = "Property".into());
        // Tab A receives B's event: storage holds A's own write; B's change
        // is B's to put back, so A changes nothing.
        let got = reconcile(
            Some(&a_wrote),
            Texts {
                stored: Some(&text(&a_wrote)),
                base: Some(&text(&x0)),
                known: Some(&text(&a_wrote)),
            },
        );
        assert_eq!(
            got,
            Reconciled::Plan {
                plan: Box::new(a_wrote.clone()),
                write: false
            }
        );
        let both = plan(|p| {
            p.account.region = "Foshan".into();
            p.account.industry = "Property".into();
        });
        // Tab B receives A's event: A's write started from x0, without B's
        // region: B puts it back and writes again.
        let got = reconcile(
            Some(&b_wrote),
            Texts {
                stored: Some(&text(&a_wrote)),
                base: Some(&text(&x0)),
                known: Some(&text(&b_wrote)),
            },
        );
        assert_eq!(
            got,
            Reconciled::Plan {
                plan: Box::new(both.clone()),
                write: true
            }
        );
        // Then A receives B's write, which started from A's: it takes it.
        let got = reconcile(
            Some(&a_wrote),
            Texts {
                stored: Some(&text(&both)),
                base: Some(&text(&a_wrote)),
                known: Some(&text(&a_wrote)),
            },
        );
        assert_eq!(
            got,
            Reconciled::Plan {
                plan: Box::new(both),
                write: false
            }
        );
    }

    #[test]
    fn a_late_event_does_not_hide_what_this_tab_wrote_since() {
        // Seen in a browser: both tabs typing, storage events arriving
        // late. A wrote "Guangdong" (a1), then "Guangdong " (a2) over it.
        // B took in a1, typed on in the industry, and wrote b3 over b2
        // over b1 over a1, not having seen a2 yet.
        let doc = |p: &Plan, over: &str| codec::encode_plan_over(p, Some(over));
        let x0 = text(&plan(|p| p.account.industry = "Property".into()));
        let at = |region: &str, industry: &str| {
            plan(|p| {
                p.account.region = region.into();
                p.account.industry = industry.into();
            })
        };
        let a1 = doc(&at("Guangdong", "Property"), &x0);
        let a2 = doc(&at("Guangdong ", "Property"), &a1);
        let b1 = doc(&at("Guangdong", "Property man"), &a1);
        let b2 = doc(&at("Guangdong", "Property mana"), &b1);
        let b3 = doc(&at("Guangdong", "Property manage"), &b2);
        let mut mem = TabMemory::new(vec![]);
        for t in [&x0, &a1, &a2] {
            mem.saw(t);
        }
        // Both include a1, and only a1: A's space is A's change.
        assert_eq!(merge_base(&b3, &a2, &mem), Some(a1.as_str()));
        let mine = at("Guangdong ", "Property");
        let got = reconcile(
            Some(&mine),
            Texts {
                stored: Some(&b3),
                base: merge_base(&b3, &a2, &mem),
                known: Some(&a2),
            },
        );
        assert_eq!(
            got,
            Reconciled::Plan {
                plan: Box::new(at("Guangdong ", "Property manage")),
                write: true
            }
        );
        // An older version both include (x0, as named by a late event)
        // would have lost it: the region differs in all three, read as a
        // clash that storage wins.
        let got = reconcile(
            Some(&mine),
            Texts {
                stored: Some(&b3),
                base: Some(&x0),
                known: Some(&a2),
            },
        );
        let Reconciled::Plan { plan: lost, .. } = got else {
            panic!("{got:?}")
        };
        assert_eq!(lost.account.region, "Guangdong");
        // Storage that includes all A wrote: nothing of A's to restore.
        let b4 = doc(&at("Guangdong ", "Property manage"), &a2);
        assert_eq!(merge_base(&b4, &a2, &mem), Some(a2.as_str()));
        // Nothing in common within the ancestry named: no base.
        let apart = text(&plan(|p| p.account.name = "Elsewhere".into()));
        assert_eq!(merge_base(&b3, &doc(&mine, &apart), &mem), None);
    }

    #[test]
    fn the_same_field_typed_in_two_tabs_ends_as_storage_holds_it() {
        let x0 = plan(|_| {});
        let a = plan(|p| p.account.region = "A".into());
        let b = plan(|p| p.account.region = "B".into());
        // Storage order A, B, both from x0: B's write is in storage.
        for mine in [&a, &b] {
            let got = reconcile(
                Some(mine),
                Texts {
                    stored: Some(&text(&b)),
                    base: Some(&text(&x0)),
                    known: Some(&text(mine)),
                },
            );
            assert_eq!(
                got,
                Reconciled::Plan {
                    plan: Box::new(b.clone()),
                    write: false
                }
            );
        }
    }

    #[test]
    fn contacts_added_in_two_tabs_are_both_kept() {
        let x0 = plan(|_| {});
        let contact = |id: &str, name: &str| Contact {
            id: id.into(),
            name: name.into(),
            ..Contact::default()
        };
        let a = plan(|p| p.contacts.push(contact("c1", "Wang")));
        let b = plan(|p| p.contacts.push(contact("c2", "Li")));
        // A's write (from x0) landed after B's: B puts its contact back.
        let got = reconcile(
            Some(&b),
            Texts {
                stored: Some(&text(&a)),
                base: Some(&text(&x0)),
                known: Some(&text(&b)),
            },
        );
        let Reconciled::Plan { plan, write } = got else {
            panic!("{got:?}")
        };
        assert!(write);
        assert_eq!(row_names(&plan), ["Wang", "Li"]);
    }

    fn row_names(p: &Plan) -> Vec<&str> {
        p.contacts.iter().map(|c| c.name.as_str()).collect()
    }

    #[test]
    fn the_step_stays_with_the_tab() {
        let here = plan(|p| p.step = Step::Diagnosis);
        let there = plan(|p| p.step = Step::Review);
        let got = reconcile(
            Some(&here),
            Texts {
                stored: Some(&text(&there)),
                base: Some(&text(&here)),
                known: Some(&text(&here)),
            },
        );
        assert_eq!(
            got,
            Reconciled::Plan {
                plan: Box::new(here),
                write: false
            }
        );
    }

    #[test]
    fn a_change_not_stored_yet_is_kept_and_written() {
        let stored = plan(|_| {});
        let mine = plan(|p| p.account.address = "typed while storage was full".into());
        let there = plan(|p| p.account.region = "Foshan".into());
        let got = reconcile(
            Some(&mine),
            Texts {
                stored: Some(&text(&there)),
                base: Some(&text(&stored)),
                known: Some(&text(&stored)),
            },
        );
        let both = plan(|p| {
            p.account.address = "typed while storage was full".into();
            p.account.region = "Foshan".into();
        });
        assert_eq!(
            got,
            Reconciled::Plan {
                plan: Box::new(both),
                write: true
            }
        );
    }

    #[test]
    fn a_removed_or_unreadable_entry_is_reported() {
        let mine = plan(|_| {});
        assert_eq!(
            reconcile(Some(&mine), Texts::default()),
            Reconciled::Removed
        );
        let newer = r#"{"schema_version":99,"plan":{}}"#;
        assert_eq!(
            reconcile(
                Some(&mine),
                Texts {
                    stored: Some(newer),
                    ..Texts::default()
                }
            ),
            Reconciled::Unreadable(DecodeError::NewerVersion { found: 99 })
        );
    }
}
