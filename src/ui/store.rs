//! The one state owner, provided at the root. Components read and edit the
//! plans through it; it persists every change through [`crate::storage`].

use crate::domain::codec::{self, Prefs};
use crate::domain::model::{push_row, row_ids, Keyed, Plan, Step};
use crate::domain::saving::{backup_due, Ledger};
use crate::domain::stages::{self, StageSet};
use crate::domain::sync::{self, Reconciled, TabMemory, Texts};
use crate::domain::transfer;
use crate::domain::workshop::{ClassText, Workshop, CLASS_PREFIX};
use crate::i18n::Lang;
use crate::storage::{self, StorageError, Unreadable};
use crate::ui::dom::focus_later;
use crate::ui::wizard::step_heading_id;
use leptos::prelude::*;

/// Whether the latest change reached storage.
#[derive(Clone, Debug, PartialEq)]
pub enum SaveState {
    /// Nothing changed since start-up.
    Idle,
    /// Every change is stored.
    Saved,
    /// The latest change is only in memory.
    Failed(StorageError),
}

/// What each plan key held before a change: (plan id, text or no entry).
pub type Held = Vec<(String, Option<String>)>;

/// What this tab knows of storage. One signal for all of it (it changes
/// rarely, at most once per save, and each signal type costs WASM).
#[derive(Clone, Debug, PartialEq)]
pub struct TabState {
    /// The outcome of the last write.
    pub save: SaveState,
    /// Storage could not even be opened at start-up.
    pub load_error: Option<StorageError>,
    /// Stored entries that could not be read, kept aside.
    pub unreadable: Vec<Unreadable>,
    /// The plans before the last import, and what each key it wrote or
    /// deleted held, for its undo.
    pub undo: Option<(Vec<Plan>, Held)>,
    /// The plans whose latest version is only in memory (a write failed).
    pub ledger: Ledger,
    /// This tab's copy of a plan deleted in another tab while it was open
    /// here, offered to keep as a new plan.
    pub orphan: Option<Plan>,
    /// Another tab removed all of the app's data; this tab still holds its
    /// plans until the user says whether to keep them.
    pub cleared: bool,
    /// Whether the browser agreed to keep the data under storage pressure
    /// (`None` until it answers, or when it cannot be asked).
    pub persisted: Option<bool>,
    /// The last export offered as a download: how many plans, and the
    /// file's name (until dismissed).
    pub exported: Option<(usize, String)>,
    /// A new version of the app is installed and waits for a reload
    /// (the service worker said so).
    pub update_ready: bool,
    /// The day all the plans were last exported (kept with the
    /// preferences), for the backup reminder.
    pub last_export: Option<chrono::NaiveDate>,
    /// A backup is due ([`crate::domain::saving::backup_due`], at start);
    /// false once all the plans are exported or the reminder is put off.
    pub backup_due: bool,
}

/// The application state.
#[derive(Clone, Copy)]
pub struct Store {
    /// Every plan, in memory.
    pub plans: RwSignal<Vec<Plan>>,
    /// The open plan, if any.
    pub current: RwSignal<Option<String>>,
    /// The UI language.
    pub lang: RwSignal<Lang>,
    /// The rep's name, printed on their plans and stamped on new plans and
    /// exports (kept in the preferences).
    pub rep_name: RwSignal<String>,
    /// The rep's team, stamped with their name.
    pub team: RwSignal<String>,
    /// The team's stage set used by the scoring.
    pub stages: RwSignal<StageSet>,
    /// False while the stored stage set is unreadable: it is kept aside and
    /// only replaced when the user says so.
    pub stages_writable: RwSignal<bool>,
    /// The stage settings screen is open (instead of the list or a plan).
    pub settings_open: RwSignal<bool>,
    /// The import / export screen is open.
    pub transfer_open: RwSignal<bool>,
    /// The workshop screen is open.
    pub workshop_open: RwSignal<bool>,
    /// The workshop: its name, date and case (kept with the preferences)
    /// and the class's files (each under a key of its own).
    pub workshop: RwSignal<Workshop>,
    /// What only this tab knows of storage: see [`TabState`].
    pub tab: RwSignal<TabState>,
    // What this tab remembers of storage: the text it last wrote or read
    // for each plan (a different text in storage is another tab's write
    // not taken in yet), the latest texts seen, the plans deleted.
    mem: StoredValue<TabMemory>,
    // False when the stored preferences were unreadable: they are then
    // never overwritten, so the raw text survives for download.
    prefs_writable: StoredValue<bool>,
}

/// The store provided at the root.
pub fn use_store() -> Store {
    expect_context::<Store>()
}

/// The id of the plan list's heading, focused when the list opens.
pub const PLANS_HEADING_ID: &str = "plans-heading";

/// The id of the import / export heading.
pub const TRANSFER_HEADING_ID: &str = "transfer-heading";
/// Id of the workshop screen's heading.
pub const WORKSHOP_HEADING_ID: &str = "workshop-heading";

/// The id of the stage settings heading.
pub const SETTINGS_HEADING_ID: &str = "settings-heading";

/// Scrolls to the top and moves keyboard focus to the element `id` once
/// it is rendered.
fn focus_top(id: &str) {
    focus_later(id.to_string());
    window().scroll_to_with_x_and_y(0.0, 0.0);
}

/// "Now" as RFC 3339 in UTC, read from the JS clock
/// (`std::time::SystemTime::now()` panics in the browser).
pub fn now_rfc3339() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// A fresh plan id from the JS clock and random source.
pub fn new_plan_id() -> String {
    codec::plan_id(js_sys::Date::now(), js_sys::Math::random())
}

/// Today's date in the user's time zone.
pub fn today() -> chrono::NaiveDate {
    let d = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

impl Store {
    /// Loads everything from storage and picks the language.
    pub fn load() -> Store {
        let (loaded, load_error) = match storage::load() {
            Ok(l) => (l, None),
            Err(e) => (Default::default(), Some(e)),
        };
        let prefs_writable = !loaded.unreadable.iter().any(|u| u.key == codec::PREFS_KEY);
        let stages_writable = !loaded
            .unreadable
            .iter()
            .any(|u| u.key == stages::STAGES_KEY);
        let mut plans = loaded.plans;
        let n_plans = plans.len();
        codec::sort_recent_first(&mut plans);
        let lang = loaded
            .prefs
            .language
            .as_deref()
            .and_then(Lang::from_code)
            .unwrap_or_else(|| {
                let langs = storage::browser_languages();
                Lang::from_browser(langs.iter().map(String::as_str))
            });
        let current = loaded
            .prefs
            .current_plan
            .filter(|id| plans.iter().any(|p| &p.id == id));
        Store {
            plans: RwSignal::new(plans),
            current: RwSignal::new(current),
            lang: RwSignal::new(lang),
            rep_name: RwSignal::new(loaded.prefs.rep_name.clone()),
            team: RwSignal::new(loaded.prefs.team.clone()),
            stages: RwSignal::new(loaded.stages.unwrap_or_default()),
            stages_writable: RwSignal::new(stages_writable),
            settings_open: RwSignal::new(false),
            transfer_open: RwSignal::new(false),
            workshop_open: RwSignal::new(false),
            workshop: RwSignal::new(Workshop {
                name: loaded.prefs.workshop_name.clone(),
                date: loaded.prefs.workshop_date,
                case: loaded.prefs.workshop_case.clone(),
                files: loaded.class,
            }),
            tab: RwSignal::new(TabState {
                save: SaveState::Idle,
                load_error,
                unreadable: loaded.unreadable,
                undo: None,
                ledger: Ledger::default(),
                orphan: None,
                cleared: false,
                persisted: None,
                exported: None,
                update_ready: false,
                last_export: loaded.prefs.last_export,
                backup_due: backup_due(loaded.prefs.last_export, today(), n_plans),
            }),
            mem: StoredValue::new(TabMemory::new(loaded.texts)),
            prefs_writable: StoredValue::new(prefs_writable),
        }
    }

    /// Asks the browser to keep the data, and remembers its answer.
    pub fn ask_to_persist(&self) {
        let tab = self.tab;
        storage::persist(move |answer| tab.update(|t| t.persisted = answer));
    }

    fn known_text(&self, id: &str) -> Option<String> {
        self.mem.with_value(|m| m.known(id).map(str::to_string))
    }

    fn set_known(&self, id: &str, text: Option<String>, written: bool) {
        self.mem.update_value(|m| m.set_known(id, text, written));
    }

    /// Writes one plan's latest version and notes in the ledger whether
    /// it reached storage.
    fn write(&self, plan: &Plan) -> Result<(), StorageError> {
        let result = storage::save_plan(plan, self.known_text(&plan.id).as_deref());
        let stored = result.is_ok();
        if let Ok(text) = &result {
            self.set_known(&plan.id, Some(text.clone()), true);
        }
        if stored
            != self
                .tab
                .with_untracked(|TabState { ledger: l, .. }| l.is_saved(&plan.id))
        {
            self.tab
                .update(|TabState { ledger: l, .. }| l.wrote(&plan.id, stored));
        }
        result.map(drop)
    }

    /// Writes again every plan whose latest version is not stored, until
    /// one fails.
    pub fn retry_unsaved(&self) -> Result<(), StorageError> {
        let mut ledger = self.tab.with_untracked(|t| t.ledger.clone());
        if ledger.unsaved().is_empty() {
            return Ok(());
        }
        let result = ledger.retry(|id| {
            let plan = self
                .plans
                .with_untracked(|ps| ps.iter().find(|p| p.id == id).cloned());
            match plan {
                Some(p) => storage::save_plan(&p, self.known_text(id).as_deref())
                    .map(|text| self.set_known(id, Some(text), true)),
                None => Ok(()),
            }
        });
        self.tab.update(|t| t.ledger = ledger);
        result
    }

    /// Translates a key in the current language (reactive).
    pub fn t(&self, key: crate::i18n::T) -> &'static str {
        self.lang.get().t(key)
    }

    /// Notes the outcome of a write. A write that succeeded means there
    /// may be room again: the unsaved plans are written again too.
    pub fn record(&self, result: Result<(), StorageError>) {
        let result = result.and_then(|()| self.retry_unsaved());
        let state = match result {
            Ok(()) => SaveState::Saved,
            Err(e) => SaveState::Failed(e),
        };
        if self.tab.with_untracked(|t| t.save != state) {
            self.tab.update(|t| t.save = state);
        }
    }

    pub fn save_prefs(&self) {
        if !self.prefs_writable.get_value() {
            return;
        }
        let prefs = Prefs {
            language: Some(self.lang.get_untracked().code().to_string()),
            current_plan: self.current.get_untracked(),
            rep_name: self.rep_name.get_untracked(),
            team: self.team.get_untracked(),
            last_export: self.tab.with_untracked(|t| t.last_export),
            ..self.workshop.with_untracked(|w| Prefs {
                workshop_name: w.name.clone(),
                workshop_date: w.date,
                workshop_case: w.case.clone(),
                ..Prefs::default()
            })
        };
        self.record(storage::save_prefs(&prefs));
    }

    /// Sets the rep's name (printed on their plans) and remembers it.
    pub fn set_rep_name(&self, name: String) {
        self.rep_name.set(name);
        self.save_prefs();
    }

    /// Sets the rep's team and remembers it.
    pub fn set_team(&self, team: String) {
        self.team.set(team);
        self.save_prefs();
    }

    // New plans (and copies) are the rep's own: stamp their name and team.
    fn stamp(&self, plan: &mut Plan) {
        plan.author = self.rep_name.get_untracked().trim().to_string();
        plan.team = self.team.get_untracked().trim().to_string();
    }

    /// Switches the language and remembers the choice.
    pub fn set_lang(&self, lang: Lang) {
        self.lang.set(lang);
        self.save_prefs();
    }

    /// Opens a plan (or the list with `None`) and remembers it.
    /// Keyboard focus then moves to the step heading or the list heading.
    pub fn open(&self, id: Option<String>) {
        let target = match &id {
            Some(pid) => {
                let step = self
                    .plans
                    .with_untracked(|ps| ps.iter().find(|p| &p.id == pid).map(|p| p.step))
                    .unwrap_or_default();
                step_heading_id(step)
            }
            None => {
                // Back to the list: the plan just edited moves to the top.
                self.plans.update(|ps| codec::sort_recent_first(ps));
                PLANS_HEADING_ID
            }
        };
        for screen in self.screens() {
            screen.set(false);
        }
        self.current.set(id);
        self.save_prefs();
        focus_top(target);
    }

    /// Reads the open plan.
    pub fn with_current<R>(&self, f: impl FnOnce(&Plan) -> R) -> Option<R> {
        let mut f = Some(f);
        let mut out = None;
        self.with_current_dyn(&mut |p| out = f.take().map(|f| f(p)));
        out
    }

    // The generic wrappers above and below stay tiny; the signal access is
    // compiled once here instead of once per caller (WASM size).
    #[inline(never)]
    fn with_current_dyn(&self, f: &mut dyn FnMut(&Plan)) {
        let Some(id) = self.current.get() else { return };
        self.plans.with(|ps| {
            if let Some(p) = ps.iter().find(|p| p.id == id) {
                f(p)
            }
        })
    }

    /// Reads the open plan without subscribing (for initial field values).
    pub fn with_current_untracked<R>(&self, f: impl FnOnce(&Plan) -> R) -> Option<R> {
        let id = self.current.get_untracked()?;
        self.plans
            .with_untracked(|ps| ps.iter().find(|p| p.id == id).map(f))
    }

    /// Edits the open plan and saves it (only it) right away.
    pub fn edit(&self, f: impl FnOnce(&mut Plan)) {
        let mut f = Some(f);
        self.edit_dyn(&mut |p| {
            if let Some(f) = f.take() {
                f(p)
            }
        });
    }

    #[inline(never)]
    fn edit_dyn(&self, f: &mut dyn FnMut(&mut Plan)) {
        let Some(id) = self.current.get_untracked() else {
            return;
        };
        // Another tab wrote or deleted this plan and its storage event has
        // not arrived yet: take that in first, so this write neither drops
        // the other tab's change nor brings a deleted plan back.
        if let Ok(text) = storage::read_plan(&id) {
            if text != self.known_text(&id) {
                self.sync(&id, None, None);
                if self.current.get_untracked().as_deref() != Some(id.as_str()) {
                    return;
                }
            }
        }
        let mut edited = None;
        self.plans.maybe_update(|ps| {
            let Some(p) = ps.iter_mut().find(|p| p.id == id) else {
                return false;
            };
            let before = p.clone();
            f(p);
            if *p == before {
                return false;
            }
            // Only a change of content is an edit ("newer wins" in a
            // merge compares these times); moving between steps is not.
            if !before.same_content(p) {
                p.updated_at = now_rfc3339();
            }
            edited = Some(p.clone());
            true
        });
        if let Some(p) = edited {
            let result = self.write(&p);
            self.record(result);
        }
    }

    /// The ids of one list of the open plan (reactive).
    pub fn row_ids<T: Keyed>(&self, rows: fn(&Plan) -> &Vec<T>) -> Vec<String> {
        self.with_current(|p| row_ids(rows(p))).unwrap_or_default()
    }

    /// Appends an empty row to one list of the open plan; returns its id.
    pub fn add_row<T: Keyed>(&self, rows: fn(&mut Plan) -> &mut Vec<T>) -> String {
        let mut id = String::new();
        self.edit(|p| id = push_row(rows(p)));
        id
    }

    /// Moves the open plan to a wizard step (remembered in the plan).
    /// Keyboard and screen-reader users land on the new step's heading.
    pub fn go_to(&self, step: Step) {
        self.edit(|p| p.step = step);
        focus_top(step_heading_id(step));
    }

    /// Creates a plan, stores it and opens it.
    pub fn create(&self) {
        let mut plan = Plan::new(new_plan_id(), &now_rfc3339());
        self.stamp(&mut plan);
        self.insert_and_open(plan);
    }

    /// Copies a plan under a new id; the copy's opportunity name is marked.
    pub fn duplicate(&self, id: &str) {
        let Some(original) = self
            .plans
            .with_untracked(|ps| ps.iter().find(|p| p.id == id).cloned())
        else {
            return;
        };
        let new_id = new_plan_id();
        let mut copy = codec::duplicate_plan(&original, &new_id, &now_rfc3339());
        let suffix = self.lang.get_untracked().t(crate::i18n::T::CopySuffix);
        copy.opportunity.name = format!("{}{}", copy.opportunity.name, suffix);
        self.stamp(&mut copy);
        self.plans.update(|ps| ps.insert(0, copy.clone()));
        let result = self.write(&copy);
        self.record(result);
    }

    // In memory first: a plan that cannot be stored (storage full) is
    // still there, listed as unsaved, for the retry to write.
    fn insert_and_open(&self, plan: Plan) {
        let id = plan.id.clone();
        self.plans.update(|ps| ps.insert(0, plan.clone()));
        let result = self.write(&plan);
        self.record(result);
        self.open(Some(id));
    }

    /// Keeps this tab's copy of a plan deleted in another tab, as a new
    /// plan (a fresh id, so the deletion stands).
    pub fn keep_orphan(&self) {
        if let Some(plan) = self.tab.with_untracked(|t| t.orphan.clone()) {
            self.tab.update(|t| t.orphan = None);
            let copy = codec::duplicate_plan(&plan, &new_plan_id(), &now_rfc3339());
            self.insert_and_open(copy);
        }
    }

    /// Writes back every plan this tab holds, after another tab removed
    /// all of the app's data.
    pub fn keep_all(&self) {
        self.tab.update(|t| t.cleared = false);
        let mut result = Ok(());
        for p in self.plans.get_untracked() {
            let r = self.write(&p);
            if result.is_ok() {
                result = r;
            }
        }
        self.save_prefs();
        self.record(result);
    }

    /// Lets the plans go after another tab removed all of the app's data:
    /// this tab shows what storage holds (nothing).
    pub fn let_all_go(&self) {
        self.tab.update(|t| t.cleared = false);
        self.reload_all();
    }

    /// Applies a change another tab made to storage (the `storage` event),
    /// so two tabs on the same plans never silently overwrite each other.
    /// `key` is `None` when the other tab cleared all storage.
    /// `key` is `None` when the other tab cleared all storage; `old` and
    /// `new` are the entry's text before and after the change.
    pub fn apply_external(&self, key: Option<String>, old: Option<String>, new: Option<String>) {
        let Some(key) = key else {
            // Everything this tab wrote is gone: it can only be written back.
            self.mem.update_value(TabMemory::forget_texts);
            if !self.plans.with_untracked(Vec::is_empty) {
                self.tab.update(|t| t.cleared = true);
            }
            return;
        };
        if key == stages::STAGES_KEY {
            self.apply_external_stages(key, new);
            return;
        }
        if key == codec::PREFS_KEY {
            if let Some(Ok(prefs)) = new.as_deref().map(codec::decode_prefs) {
                self.adopt_prefs(prefs);
            }
            return;
        }
        // A class file added or removed in another tab.
        if key.starts_with(CLASS_PREFIX) {
            self.workshop.update(|Workshop { files, .. }| {
                files.retain(|f| f.key() != key);
                if let Some(file) = new.and_then(|raw| ClassText::from_stored(&key, &raw)) {
                    file.put_in(files);
                }
            });
            return;
        }
        if let Some(id) = codec::plan_id_from_key(&key) {
            self.sync(id, old, new);
        }
    }

    /// Takes in the preferences another tab saved (name, team, language,
    /// workshop, last backup), all but the plan open there: this tab saves
    /// the preferences on every move, and would otherwise write back what
    /// it read at start over a name typed in the other tab.
    fn adopt_prefs(&self, p: Prefs) {
        if let Some(lang) = p.language.as_deref().and_then(Lang::from_code) {
            if self.lang.get_untracked() != lang {
                self.lang.set(lang);
            }
        }
        self.rep_name.set(p.rep_name);
        self.team.set(p.team);
        self.workshop.update(|w| {
            w.name = p.workshop_name;
            w.date = p.workshop_date;
            w.case = p.workshop_case;
        });
        self.tab.update(|t| {
            t.last_export = p.last_export;
            t.backup_due &= backup_due(p.last_export, today(), 1);
        });
    }

    /// Brings this tab's copy of plan `id` in line with storage after
    /// another tab wrote (`old` to `new`, when known) or deleted it; see
    /// [`sync::reconcile`].
    fn sync(&self, id: &str, old: Option<String>, new: Option<String>) {
        if self.mem.with_value(|m| m.is_removed(id)) {
            return;
        }
        let Ok(stored) = storage::read_plan(id) else {
            return;
        };
        let mine = self
            .plans
            .with_untracked(|ps| ps.iter().find(|p| p.id == id).cloned());
        let known = self.known_text(id);
        if old.is_some() && new.is_none() {
            // Deleted there. Storage holding this tab's own last write means
            // that write came after the delete: it goes too.
            if stored.is_some() && stored == known {
                let _ = storage::delete_plan(id);
            }
            self.removed_elsewhere(id, mine);
            return;
        }
        self.mem.update_value(|m| {
            for text in [&old, &new].into_iter().flatten() {
                m.saw(text);
            }
        });
        // What this tab changed that storage lacks is what it wrote since
        // the latest version both hold (see [`sync::merge_base`]).
        let common = match (&stored, &known) {
            (Some(s), Some(k)) => self
                .mem
                .with_value(|m| sync::merge_base(s, k, m).map(str::to_string)),
            _ => None,
        };
        // Without it (a write by an older version of the app, or a long
        // way back), the event's `old` is the best guess.
        let base = common.or(old);
        let texts = Texts {
            stored: stored.as_deref(),
            base: base.as_deref(),
            known: known.as_deref(),
        };
        match sync::reconcile(mine.as_ref(), texts) {
            Reconciled::Removed => self.removed_elsewhere(id, mine),
            // What the other tab wrote cannot be read here (a newer
            // version?): keep it aside rather than ever saving over it.
            Reconciled::Unreadable(error) => {
                let key = codec::plan_key(id);
                let raw = stored.unwrap_or_default();
                self.forget(id);
                self.tab.update(|TabState { unreadable: u, .. }| {
                    u.retain(|x| x.key != key);
                    u.push(Unreadable { key, raw, error });
                });
            }
            Reconciled::Plan { plan, write } => {
                self.set_known(id, stored, false);
                if mine.as_ref() != Some(&*plan) {
                    self.plans.update(|ps| {
                        ps.retain(|p| p.id != id);
                        ps.insert(0, (*plan).clone());
                    });
                }
                if write {
                    let result = self.write(&plan);
                    self.record(result);
                }
            }
        }
    }

    /// Drops plan `id` from this tab (deleted or set aside elsewhere); if
    /// it was open, the list opens.
    fn forget(&self, id: &str) {
        self.set_known(id, None, false);
        if !self
            .tab
            .with_untracked(|TabState { ledger: l, .. }| l.is_saved(id))
        {
            self.tab.update(|TabState { ledger: l, .. }| l.forget(id));
        }
        self.plans.update(|ps| ps.retain(|p| p.id != id));
        if self.current.get_untracked().as_deref() == Some(id) {
            self.open(None);
        }
    }

    /// Plan `id` was deleted in another tab: it goes here too, and is
    /// never brought back. If it was open here, this tab's copy is offered
    /// to keep as a new plan.
    fn removed_elsewhere(&self, id: &str, mine: Option<Plan>) {
        self.mem.update_value(|m| m.remove(id));
        if self.current.get_untracked().as_deref() == Some(id) {
            self.tab.update(|t| t.orphan = mine);
        }
        self.forget(id);
    }

    fn apply_external_stages(&self, key: String, new_value: Option<String>) {
        match new_value.map(|raw| stages::decode_stage_set(&raw).map_err(|e| (raw, e))) {
            Some(Err((raw, error))) => {
                self.stages_writable.set(false);
                self.tab.update(|TabState { unreadable: u, .. }| {
                    u.retain(|x| x.key != key);
                    u.push(Unreadable { key, raw, error });
                });
            }
            other => {
                self.tab.update(|t| t.unreadable.retain(|x| x.key != key));
                self.stages_writable.set(true);
                self.stages
                    .set(other.and_then(Result::ok).unwrap_or_default());
            }
        }
    }

    /// The flags of the screens shown instead of the plans: the stage
    /// settings, import / export and the workshop.
    pub fn screens(&self) -> [RwSignal<bool>; 3] {
        [self.settings_open, self.transfer_open, self.workshop_open]
    }

    /// Shows the screen `open` flags instead of the others, with keyboard
    /// focus on its heading.
    fn open_screen(&self, open: RwSignal<bool>, heading: &'static str) {
        for screen in self.screens() {
            if screen != open {
                screen.set(false);
            }
        }
        open.set(true);
        focus_top(heading);
    }

    /// Opens the stage settings screen.
    pub fn open_settings(&self) {
        self.open_screen(self.settings_open, SETTINGS_HEADING_ID);
    }

    /// Opens the import / export screen.
    pub fn open_transfer(&self) {
        self.open_screen(self.transfer_open, TRANSFER_HEADING_ID);
    }

    /// Adds a plan from elsewhere (a share link, a workshop) among this
    /// device's plans as a new plan under a fresh id: never over a plan
    /// here, nor over an entry kept aside.
    pub fn import_copy(&self, plan: Plan) -> Result<(), StorageError> {
        let file = transfer::ImportFile {
            source: transfer::ImportSource::StoredPlan,
            schema_version: codec::SCHEMA_VERSION,
            plans: vec![plan],
            notes: Vec::new(),
        };
        let kept = untrack(|| self.kept_plan_ids());
        let next = self.plans.with_untracked(|ps| {
            transfer::apply(
                ps,
                &kept,
                &file,
                transfer::ImportMode::AddAsCopies,
                &mut new_plan_id,
            )
        });
        self.import(next)
    }

    /// Opens the workshop screen.
    pub fn open_workshop(&self) {
        self.open_screen(self.workshop_open, WORKSHOP_HEADING_ID);
    }

    /// Edits the workshop's name, date or case and stores them with the
    /// preferences (in memory even when they cannot be stored, which the
    /// storage alert then says).
    pub fn edit_workshop(&self, f: impl FnOnce(&mut Workshop)) {
        self.workshop.update(f);
        self.save_prefs();
    }

    /// Adds files to the class (name, text as read), each stored under a
    /// key of its own; in memory even when storage refuses one, which the
    /// storage alert then says.
    pub fn add_to_class(&self, files: Vec<(String, String)>) {
        let mut seq = self
            .workshop
            .with_untracked(|w| w.files.last().map_or(1, |f| f.seq + 1));
        let mut result = Ok(());
        let added: Vec<ClassText> = files
            .into_iter()
            .map(|(name, text)| {
                let mut file = ClassText { seq, name, text };
                if let Err(e) = storage::save_class_file(&mut file) {
                    result = Err(e);
                }
                seq = file.seq + 1;
                file
            })
            .collect();
        self.workshop.update(|w| w.files.extend(added));
        self.record(result);
    }

    /// Removes class files: those `keep` says no to.
    pub fn remove_from_class(&self, keep: impl Fn(&ClassText) -> bool) {
        let mut result = Ok(());
        self.workshop.update(|w| {
            w.files.retain(|f| {
                keep(f) || {
                    if let Err(e) = storage::remove_class_file(f) {
                        result = Err(e);
                    }
                    false
                }
            })
        });
        self.record(result);
    }

    /// The ids of stored plans kept aside because they could not be read:
    /// nothing ever writes under them (reactive).
    pub fn kept_plan_ids(&self) -> Vec<String> {
        let mut ids = Vec::new();
        self.tab.with(|TabState { unreadable: u, .. }| {
            for x in u {
                if let Some(id) = codec::plan_id_from_key(&x.key) {
                    ids.push(id.to_string());
                }
            }
        });
        ids
    }

    /// Replaces the whole plan list (an import or its undo) in memory and
    /// storage. New and changed plans are written first; plans no longer in
    /// the list are deleted only once every write succeeded. When a write
    /// fails (e.g. storage full) the ones already written are put back
    /// exactly as they were stored, so storage and memory keep the plans as
    /// they were, and the caller says the import failed. An entry kept
    /// aside as unreadable is never written over nor deleted: a list with a
    /// plan under its key is refused before anything is written.
    ///
    /// A plan listed in `exact` is written as the text given there (an
    /// undo puts back the very bytes the import replaced). Returns what
    /// each key written or deleted held before, for such an undo.
    pub fn replace_plans(
        &self,
        mut next: Vec<Plan>,
        exact: &[(String, Option<String>)],
    ) -> Result<Held, StorageError> {
        let kept = untrack(|| self.kept_plan_ids());
        let kept = |id: &String| kept.contains(id);
        if let Some(p) = next.iter().find(|p| kept(&p.id)) {
            return Err(StorageError::Other(codec::plan_key(&p.id)));
        }
        let old = self.plans.get_untracked();
        let before = |id: &str| old.iter().find(|o| o.id == id);
        // What each written key held, to put back byte for byte.
        let mut written: Vec<(&str, Option<String>)> = Vec::new();
        let mut texts = Vec::new();
        for p in &next {
            if before(&p.id) == Some(p) {
                continue;
            }
            let held = storage::read_plan(&p.id).ok().flatten();
            let saved = match exact.iter().find(|(id, _)| *id == p.id) {
                Some((_, Some(text))) => {
                    storage::restore_plan(&p.id, Some(text)).map(|()| text.clone())
                }
                _ => storage::save_plan(p, self.known_text(&p.id).as_deref()),
            };
            match saved {
                Ok(text) => texts.push((p.id.clone(), text)),
                Err(e) => {
                    for (id, text) in written {
                        let _ = storage::restore_plan(id, text.as_deref());
                    }
                    // Not recorded as an unsaved change: memory is rolled back too.
                    return Err(e);
                }
            }
            written.push((&p.id, held));
        }
        let mut held: Held = written
            .into_iter()
            .map(|(id, text)| (id.to_string(), text))
            .collect();
        for (id, text) in texts {
            self.set_known(&id, Some(text), true);
            self.tab
                .update(|TabState { ledger: l, .. }| l.wrote(&id, true));
        }
        for o in old.iter().filter(|o| !next.iter().any(|p| p.id == o.id)) {
            let text = storage::read_plan(&o.id).ok().flatten();
            if !kept(&o.id) && storage::delete_plan(&o.id).is_ok() {
                held.push((o.id.clone(), text));
                self.set_known(&o.id, None, false);
                self.tab
                    .update(|TabState { ledger: l, .. }| l.forget(&o.id));
            }
        }
        if let Some(id) = self.current.get_untracked() {
            if !next.iter().any(|p| p.id == id) {
                self.current.set(None);
            }
        }
        codec::sort_recent_first(&mut next);
        self.plans.set(next);
        self.record(Ok(()));
        Ok(held)
    }

    /// Applies an import's result, keeping the plans before it for undo.
    pub fn import(&self, next: Vec<Plan>) -> Result<(), StorageError> {
        let old = self.plans.get_untracked();
        let held = self.replace_plans(next, &[])?;
        self.tab.update(|t| t.undo = Some((old, held)));
        Ok(())
    }

    /// Undoes the last import.
    pub fn undo_import(&self) -> Result<(), StorageError> {
        if let Some((old, held)) = self.tab.with_untracked(|t| t.undo.clone()) {
            self.replace_plans(old, &held)?;
            self.tab.update(|t| t.undo = None);
        }
        Ok(())
    }

    /// Saves the team's stage set (already validated by the caller through
    /// the core). An unreadable stored set is replaced only when `replace`
    /// is true, after the user downloaded it.
    pub fn save_stages(&self, set: StageSet, replace: bool) -> Result<(), StorageError> {
        if !self.stages_writable.get_untracked() && !replace {
            return Ok(());
        }
        storage::save_stages(&set)?;
        self.stages.set(set);
        self.stages_writable.set(true);
        self.tab
            .update(|t| t.unreadable.retain(|x| x.key != stages::STAGES_KEY));
        Ok(())
    }

    fn reload_all(&self) {
        if let Ok(loaded) = storage::load() {
            self.stages.set(loaded.stages.clone().unwrap_or_default());
            let mut plans = loaded.plans;
            codec::sort_recent_first(&mut plans);
            let open_still_there = self
                .current
                .get_untracked()
                .is_some_and(|id| plans.iter().any(|p| p.id == id));
            self.plans.set(plans);
            self.mem.set_value(TabMemory::new(loaded.texts));
            self.tab.update(|t| {
                t.ledger = Ledger::default();
                t.unreadable = loaded.unreadable;
            });
            if !open_still_there {
                self.current.set(None);
            }
        }
    }

    /// Deletes a plan from memory and storage.
    /// A delete frees room: the unsaved plans are written again.
    pub fn delete(&self, id: &str) {
        let result = storage::delete_plan(id);
        let ok = result.is_ok();
        if ok {
            self.mem.update_value(|m| m.remove(id));
            self.forget(id);
        }
        self.record(result);
    }
}
