//! What the app remembers between runs (not part of any session): recent
//! sessions and the folder the file dialogs last used. Window size and
//! position are remembered by eframe itself. (Which session a recovery copy
//! belongs to is written in the recovery copy itself: eframe stores these
//! settings only every 30 seconds, and a crash in between would have paired
//! the copy with the wrong session.)

use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

const KEY: &str = "counterpoint.prefs";
const MAX_RECENT: usize = 10;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    /// The folder of the last file chosen in a dialog, where the next
    /// Open dialog starts.
    pub last_folder: Option<PathBuf>,
    /// Which recent sessions existed when last looked at: checked at start
    /// and when the list changes, never while drawing (a recent file on a
    /// network drive that has gone away can take seconds to answer).
    #[serde(skip)]
    existing: Vec<PathBuf>,
    /// The inspector floats over the window instead of docking at its
    /// right edge.
    pub inspector_floating: bool,
    /// The sidebar (articles and filters) is put away.
    pub sidebar_hidden: bool,
}

impl Prefs {
    pub fn load(storage: &dyn eframe::Storage) -> Prefs {
        storage.get_string(KEY).and_then(|s| ron::from_str(&s).ok()).unwrap_or_default()
    }

    pub fn store(&self, storage: &mut dyn eframe::Storage) {
        if let Ok(s) = ron::to_string(self) {
            storage.set_string(KEY, s);
        }
    }

    pub fn add_recent(&mut self, path: &Path) {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        self.recent.retain(|p| p != &path);
        self.recent.insert(0, path);
        self.recent.truncate(MAX_RECENT);
        self.refresh_existing();
    }

    /// Looks again at which recent sessions exist.
    pub fn refresh_existing(&mut self) {
        self.existing = self.recent.iter().filter(|p| p.is_file()).cloned().collect();
    }

    /// Recent sessions that existed when last looked at, newest first.
    pub fn existing_recent(&self) -> impl Iterator<Item = &PathBuf> {
        self.existing.iter()
    }
}

/// Where the recovery copy of unsaved work is written: the app's data
/// folder, which only this program writes to.
pub fn recovery_path() -> Option<PathBuf> {
    let dir = eframe::storage_dir("Counterpoint")?;
    std::fs::create_dir_all(&dir).ok()?;
    Some(dir.join("recovery.ron"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_sessions_are_unique_newest_first_and_bounded() {
        let mut p = Prefs::default();
        for i in 0..15 {
            p.add_recent(Path::new(&format!("/nowhere/s{i}.ron")));
        }
        p.add_recent(Path::new("/nowhere/s3.ron"));
        assert_eq!(p.recent.len(), MAX_RECENT);
        assert_eq!(p.recent[0], PathBuf::from("/nowhere/s3.ron"));
        assert_eq!(p.recent.iter().filter(|x| x.ends_with("s3.ron")).count(), 1);
        assert_eq!(p.existing_recent().count(), 0);
    }

    #[test]
    fn recent_sessions_shown_are_those_that_exist() {
        let dir = tempfile::tempdir().unwrap();
        let here = dir.path().join("here.ron");
        std::fs::write(&here, "x").unwrap();
        let mut p = Prefs::default();
        p.add_recent(&dir.path().join("gone.ron"));
        p.add_recent(&here);
        let here = std::fs::canonicalize(&here).unwrap();
        assert_eq!(p.existing_recent().collect::<Vec<_>>(), vec![&here]);
        // deleted later: still listed until looked at again
        std::fs::remove_file(&here).unwrap();
        assert_eq!(p.existing_recent().count(), 1);
        p.refresh_existing();
        assert_eq!(p.existing_recent().count(), 0);
    }
}
