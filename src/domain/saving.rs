//! Which plans' latest versions reached storage, and the retry of those
//! that did not.
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

#[cfg(test)]
mod tests {
    use super::*;

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
