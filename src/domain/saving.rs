//! Which plans' latest versions reached storage, and the retry of those
//! that did not; and when to remind the rep to export a backup.
//!
//! A write can fail (storage full, or refused). The plan then stays in
//! memory and is listed here as unsaved until a later write of it
//! succeeds. Since any successful write means storage may have room
//! again, every success is followed by a retry of the unsaved plans
//! ([`Ledger::retry`]); so is a delete, which frees room, and the user's
//! "try again".

/// The plans whose latest version is only in memory, oldest failure first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Ledger {
    unsaved: Vec<String>,
}

impl Ledger {
    /// Records the outcome of writing plan `id`'s latest version.
    pub fn wrote(&mut self, id: &str, stored: bool) {
        let listed = self.unsaved.iter().position(|u| u == id);
        match (stored, listed) {
            (true, Some(i)) => {
                self.unsaved.remove(i);
            }
            (false, None) => self.unsaved.push(id.to_string()),
            _ => {}
        }
    }

    /// Forgets plan `id` (deleted, here or in another tab).
    pub fn forget(&mut self, id: &str) {
        self.unsaved.retain(|u| u != id);
    }

    /// Whether plan `id`'s latest version is in storage.
    pub fn is_saved(&self, id: &str) -> bool {
        !self.unsaved.iter().any(|u| u == id)
    }

    /// The unsaved plans' ids, oldest failure first.
    pub fn unsaved(&self) -> &[String] {
        &self.unsaved
    }

    /// Writes every unsaved plan again with `write`, oldest first, until
    /// one fails (storage is then still full: the rest would fail too).
    /// Returns the first failure, if any.
    pub fn retry<E>(&mut self, mut write: impl FnMut(&str) -> Result<(), E>) -> Result<(), E> {
        while let Some(id) = self.unsaved.first().cloned() {
            write(&id)?;
            self.unsaved.remove(0);
        }
        Ok(())
    }
}

/// Days after the last export of all the plans before the app reminds
/// the rep to export a backup (issue 14).
pub const BACKUP_DAYS: i64 = 30;

/// A backup is due: there are plans, and all of them were never exported,
/// or last on a day more than [`BACKUP_DAYS`] before `today`.
pub fn backup_due(
    last_export: Option<chrono::NaiveDate>,
    today: chrono::NaiveDate,
    plans: usize,
) -> bool {
    plans > 0 && last_export.is_none_or(|d| (today - d).num_days() > BACKUP_DAYS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_backup_is_due_after_thirty_days_or_never_with_plans() {
        use chrono::NaiveDate;
        let day = |d| NaiveDate::from_ymd_opt(2026, 12, d).unwrap();
        assert!(backup_due(None, day(2), 1));
        assert!(!backup_due(None, day(2), 0));
        let nov = NaiveDate::from_ymd_opt(2026, 11, 1);
        assert!(!backup_due(nov, day(1), 3)); // 30 days: not older yet
        assert!(backup_due(nov, day(2), 3)); // 31 days
        assert!(!backup_due(Some(day(2)), day(2), 3));
    }

    #[test]
    fn a_failed_write_stays_listed_until_one_succeeds() {
        let mut l = Ledger::default();
        l.wrote("a", false);
        l.wrote("b", false);
        l.wrote("a", false);
        assert_eq!(l.unsaved(), ["a", "b"]);
        assert!(!l.is_saved("a"));
        // A later, smaller write of another plan succeeding does not make
        // "a" saved.
        l.wrote("c", true);
        assert_eq!(l.unsaved(), ["a", "b"]);
        l.wrote("a", true);
        assert_eq!(l.unsaved(), ["b"]);
        assert!(l.is_saved("a"));
        l.forget("b");
        assert!(l.unsaved().is_empty());
    }

    #[test]
    fn retry_writes_in_order_and_stops_at_the_first_failure() {
        let mut l = Ledger::default();
        for id in ["a", "b", "c"] {
            l.wrote(id, false);
        }
        let mut tried = Vec::new();
        let out = l.retry(|id| {
            tried.push(id.to_string());
            if id == "b" {
                Err("full")
            } else {
                Ok(())
            }
        });
        assert_eq!(out, Err("full"));
        assert_eq!(tried, ["a", "b"]);
        assert_eq!(l.unsaved(), ["b", "c"]);
        assert_eq!(l.retry(|_| Ok::<(), ()>(())), Ok(()));
        assert!(l.unsaved().is_empty());
    }
}
