//! The one persistence path: a thin adapter over the browser's
//! `localStorage` that moves strings and reports typed errors. Encoding,
//! versioning and migration live in [`crate::domain::codec`].
//!
//! Each plan has its own key, so an edit re-serialises only that plan.
//! Keys it cannot decode are never written to: they stay untouched and are
//! reported so the user can download them.

use crate::domain::codec::{self, DecodeError, Prefs};
use crate::domain::model::Plan;
use crate::domain::stages::{self, StageSet};
use crate::domain::workshop::{self, ClassText};
use wasm_bindgen::JsCast;

/// Why a storage operation failed.
#[derive(Clone, Debug, PartialEq)]
pub enum StorageError {
    /// The browser gives no storage (private mode, disabled, sandboxed).
    Unavailable,
    /// The storage quota is used up; nothing was written.
    QuotaExceeded,
    /// Any other failure, with the browser's message.
    Other(String),
}

/// A stored entry that could not be decoded; kept aside untouched.
#[derive(Clone, Debug, PartialEq)]
pub struct Unreadable {
    /// The storage key it lives under.
    pub key: String,
    /// The raw text, exactly as stored.
    pub raw: String,
    /// Why it could not be read.
    pub error: DecodeError,
}

/// Everything read at start-up.
#[derive(Clone, Debug, Default)]
pub struct Loaded {
    /// The plans that decoded.
    pub plans: Vec<Plan>,
    /// Each decoded plan's stored text, by plan id.
    pub texts: Vec<(String, String)>,
    /// The preferences (defaults when missing or unreadable).
    pub prefs: Prefs,
    /// The team's stage set, when one is stored and readable.
    pub stages: Option<StageSet>,
    /// The class's files, in the order loaded.
    pub class: Vec<ClassText>,
    /// Entries that did not decode.
    pub unreadable: Vec<Unreadable>,
}

fn storage() -> Result<web_sys::Storage, StorageError> {
    let window = web_sys::window().ok_or(StorageError::Unavailable)?;
    match window.local_storage() {
        Ok(Some(s)) => Ok(s),
        _ => Err(StorageError::Unavailable),
    }
}

fn js_error(err: wasm_bindgen::JsValue) -> StorageError {
    if let Some(exc) = err.dyn_ref::<web_sys::DomException>() {
        let name = exc.name();
        // Chromium and WebKit say QuotaExceededError; old Firefox used NS_ERROR_DOM_QUOTA_REACHED.
        if name == "QuotaExceededError" || name == "NS_ERROR_DOM_QUOTA_REACHED" || exc.code() == 22
        {
            return StorageError::QuotaExceeded;
        }
        return StorageError::Other(format!("{name}: {}", exc.message()));
    }
    // Not `{err:?}`: Debug formatting of a JsValue costs about 1 KB of WASM.
    let text = err
        .as_string()
        .or_else(|| err.dyn_ref::<js_sys::Error>().map(|e| e.message().into()));
    StorageError::Other(text.unwrap_or_default())
}

fn set(key: &str, value: &str) -> Result<(), StorageError> {
    storage()?.set_item(key, value).map_err(js_error)
}

/// Reads every plan and the preferences.
pub fn load() -> Result<Loaded, StorageError> {
    let s = storage()?;
    let mut loaded = Loaded::default();
    let len = s.length().map_err(js_error)?;
    let mut keys = Vec::with_capacity(len as usize);
    let mut legacy = None;
    for i in 0..len {
        if let Ok(Some(key)) = s.key(i) {
            keys.push(key);
        }
    }
    for key in keys {
        let Ok(Some(raw)) = s.get_item(&key) else {
            continue;
        };
        if key == codec::PREFS_KEY {
            match codec::decode_prefs(&raw) {
                Ok(p) => loaded.prefs = p,
                Err(error) => loaded.unreadable.push(Unreadable { key, raw, error }),
            }
        } else if key == stages::STAGES_KEY {
            match stages::decode_stage_set(&raw) {
                Ok(set) => loaded.stages = Some(set),
                Err(error) => loaded.unreadable.push(Unreadable { key, raw, error }),
            }
        } else if key == workshop::LEGACY_WORKSHOP_KEY {
            legacy = workshop::legacy_workshop(&raw);
        } else if let Some(file) = ClassText::from_stored(&key, &raw) {
            file.put_in(&mut loaded.class);
        } else if codec::plan_id_from_key(&key).is_some() {
            match codec::decode_plan(&raw) {
                Ok(plan) => {
                    loaded.texts.push((plan.id.clone(), raw));
                    loaded.plans.push(plan);
                }
                Err(error) => loaded.unreadable.push(Unreadable { key, raw, error }),
            }
        }
    }
    // The first workshop screen kept the workshop's name, date and case
    // under a key of their own: they move to the preferences (never over
    // preferences that could not be read, nor over a workshop named there).
    if let Some(w) = legacy {
        let prefs_read = !loaded.unreadable.iter().any(|u| u.key == codec::PREFS_KEY);
        let p = &mut loaded.prefs;
        let named =
            !p.workshop_name.is_empty() || !p.workshop_case.is_empty() || p.workshop_date.is_some();
        if prefs_read && !named {
            (p.workshop_name, p.workshop_date, p.workshop_case) = (w.name, w.date, w.case);
        }
        if prefs_read && save_prefs(p).is_ok() {
            let _ = remove_legacy_workshop();
        }
    }
    Ok(loaded)
}

/// Writes one plan under its own key, over the entry text `over` as this
/// tab knows it ([`codec::encode_plan_over`]); returns the text stored.
pub fn save_plan(plan: &Plan, over: Option<&str>) -> Result<String, StorageError> {
    let text = codec::encode_plan_over(plan, over);
    set(&codec::plan_key(&plan.id), &text)?;
    Ok(text)
}

/// Removes the first workshop screen's entry, once its name, date and case
/// are stored with the preferences.
pub fn remove_legacy_workshop() -> Result<(), StorageError> {
    storage()?
        .remove_item(workshop::LEGACY_WORKSHOP_KEY)
        .map_err(js_error)
}

/// Stores a file the class handed in under a key of its own, as read: its
/// number is moved past any another tab has just taken, never over it.
pub fn save_class_file(file: &mut ClassText) -> Result<(), StorageError> {
    let s = storage()?;
    while s.get_item(&file.key()).map_err(js_error)?.is_some() {
        file.seq += 1;
    }
    set(&file.key(), &file.stored())
}

/// Removes a file the class handed in.
pub fn remove_class_file(file: &ClassText) -> Result<(), StorageError> {
    storage()?.remove_item(&file.key()).map_err(js_error)
}

/// The stored text of one plan, `None` when there is no entry.
pub fn read_plan(id: &str) -> Result<Option<String>, StorageError> {
    storage()?.get_item(&codec::plan_key(id)).map_err(js_error)
}

/// Removes one plan.
pub fn delete_plan(id: &str) -> Result<(), StorageError> {
    storage()?
        .remove_item(&codec::plan_key(id))
        .map_err(js_error)
}

/// Puts back what [`read_plan`] read: the same text, or no entry (an
/// import's rollback, byte for byte).
pub fn restore_plan(id: &str, text: Option<&str>) -> Result<(), StorageError> {
    match text {
        Some(text) => set(&codec::plan_key(id), text),
        None => delete_plan(id),
    }
}

/// Writes the preferences.
pub fn save_prefs(prefs: &Prefs) -> Result<(), StorageError> {
    set(codec::PREFS_KEY, &codec::encode_prefs(prefs))
}

/// Writes the team's stage set.
pub fn save_stages(stage_set: &StageSet) -> Result<(), StorageError> {
    set(stages::STAGES_KEY, &stages::encode_stage_set(stage_set))
}

/// Asks the browser to keep this site's data even under storage pressure
/// (`navigator.storage.persist()`); `done` gets whether it agreed, `None`
/// when the browser has no such API or gives no answer.
pub fn persist(done: impl FnOnce(Option<bool>) + 'static) {
    // Older browsers lack `navigator.storage`: the binding then throws.
    let promise = web_sys::window().and_then(|w| w.navigator().storage().persist().ok());
    let Some(promise) = promise else {
        return done(None);
    };
    // A callback rather than an `async fn`, as in ui/transfer/compress.rs
    // (no JsFuture: smaller WASM). One handler for both outcomes: a
    // rejection's value is not a boolean.
    let settle =
        wasm_bindgen::closure::Closure::once(move |v: wasm_bindgen::JsValue| done(v.as_bool()));
    let _ = promise.then2(&settle, &settle);
    // Called once per start; the handler stays for the promise to call.
    settle.forget();
}

/// The bytes this app's data takes in the browser's local storage (keys
/// and texts, two bytes per UTF-16 unit, as browsers count it).
/// Measured here: `navigator.storage.estimate()` leaves local storage out
/// in Chromium, and would say 0 B beside a hundred plans.
pub fn used_bytes() -> Option<u64> {
    let s = storage().ok()?;
    let units = |t: String| t.encode_utf16().count() as u64;
    let mut total = 0;
    for i in 0..s.length().ok()? {
        let key = s.key(i).ok()??;
        total += units(s.get_item(&key).ok()?.unwrap_or_default()) + units(key);
    }
    Some(total * 2)
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(nav) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut out: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if let Some(l) = nav.language() {
        out.push(l);
    }
    out
}
