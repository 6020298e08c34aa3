//! The learner's progress, kept in `.pylings/state.json` inside the course.
//!
//! Several pylings may work on one workspace at once (watch mode in one terminal, `run` or
//! `verify` in another), so progress is never written as a whole from memory: every change is
//! applied under a lock to what is on disk right then, and written back atomically. A check's
//! result counts only if the check started after the one that set the exercise's state, so an
//! older verdict never undoes a newer one.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::files;
use crate::info::Course;

pub const STATE_DIR: &str = ".pylings";
const STATE_FILE: &str = "state.json";
const LOCK_FILE: &str = "state.lock";
const STATE_FORMAT: u32 = 1;

#[derive(Serialize, Deserialize, Default, Clone)]
struct StateFile {
    format_version: u32,
    current: Option<String>,
    #[serde(default)]
    done: BTreeSet<String>,
    /// How many hints of each exercise the learner has seen.
    #[serde(default)]
    hints_seen: BTreeMap<String, usize>,
    #[serde(default)]
    welcomed: bool,
    /// When (ms since 1970) the check that last set each exercise's state started.
    #[serde(default)]
    checked: BTreeMap<String, u64>,
}

/// One change to the progress, applied to the file as it is on disk.
#[derive(Debug, Clone)]
pub enum Change {
    Current(String),
    /// A check's verdict; `started` is when that check started (ms since 1970).
    Checked {
        name: String,
        passed: bool,
        started: u64,
    },
    /// One more hint seen, up to `total`.
    RevealHint {
        name: String,
        total: usize,
    },
    /// The exercise is as new (a reset): not done, no matter what came before.
    Reset(String),
    /// The course renamed an exercise: its progress goes with it.
    Rename {
        from: String,
        to: String,
    },
    Welcomed,
}

pub struct State {
    path: PathBuf,
    names: Vec<String>,
    pub current: usize,
    done: Vec<bool>,
    hints_seen: BTreeMap<String, usize>,
    pub welcomed: bool,
    /// A message for the learner from loading (a corrupt file was set aside).
    pub warning: Option<String>,
}

/// Milliseconds since 1970: when a check starts.
pub fn now_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_millis() as u64)
}

impl State {
    pub fn dir(root: &Path) -> PathBuf {
        root.join(STATE_DIR)
    }

    /// Loads the progress of `course`; a missing file means a fresh start, a corrupt one is
    /// kept aside as a backup and the learner is told.
    pub fn load(course: &Course) -> Result<State> {
        let path = Self::dir(&course.root).join(STATE_FILE);
        let mut state = State {
            path,
            names: course.exercises.iter().map(|e| e.name.clone()).collect(),
            current: 0,
            done: vec![false; course.exercises.len()],
            hints_seen: BTreeMap::new(),
            welcomed: false,
            warning: None,
        };
        let file = state.read(&course.root)?;
        state.take(&file);
        Ok(state)
    }

    /// The file as it is on disk now (a fresh start when there is none, or it was set aside).
    fn read(&mut self, root: &Path) -> Result<StateFile> {
        match std::fs::read(&self.path) {
            Ok(bytes) => match serde_json::from_slice::<StateFile>(&bytes) {
                Ok(file) if file.format_version == STATE_FORMAT => Ok(file),
                parsed => {
                    let why = match parsed {
                        Ok(file) => {
                            format!("it has an unknown format_version {}", file.format_version)
                        }
                        Err(e) => format!("it could not be read ({e})"),
                    };
                    let backup = set_aside(&self.path)?;
                    self.warning = Some(format!(
                        "your progress file `{}` was set aside as `{}` because {why}; \
                         pylings starts your progress afresh (your exercise files are untouched)",
                        rel(root, &self.path),
                        rel(root, &backup)
                    ));
                    Ok(StateFile::default())
                }
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(StateFile::default()),
            Err(e) => Err(e).with_context(|| format!("failed to read `{}`", self.path.display())),
        }
    }

    /// Makes the in-memory state that of `file`.
    fn take(&mut self, file: &StateFile) {
        self.done = self.names.iter().map(|n| file.done.contains(n)).collect();
        self.current = file
            .current
            .as_deref()
            .and_then(|name| self.names.iter().position(|n| n == name))
            .unwrap_or(0);
        self.hints_seen = file.hints_seen.clone();
        self.welcomed = file.welcomed;
    }

    /// Applies `changes` to the progress on disk, under the lock, and writes it back. The
    /// state in memory changes even when it can't be saved (a full disk, a read-only
    /// folder); the error then says what wasn't saved.
    pub fn apply(&mut self, root: &Path, changes: &[Change]) -> Result<()> {
        let dir = self
            .path
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let lock = std::fs::create_dir_all(&dir)
            .ok()
            .and_then(|()| File::create(dir.join(LOCK_FILE)).ok());
        if let Some(lock) = &lock {
            // Another pylings holds it only for the moment of its own change.
            let _ = lock.lock();
        }
        let mut file = match self.read(root) {
            Ok(file) => file,
            // Unreadable now: go on from what we know.
            Err(_) => self.to_file(),
        };
        file.format_version = STATE_FORMAT;
        for change in changes {
            apply_one(&mut file, change);
        }
        self.take(&file);
        let mut text = serde_json::to_vec_pretty(&file).context("failed to write progress")?;
        text.push(b'\n');
        let saved = files::write_atomic(&self.path, &text);
        drop(lock);
        saved.with_context(|| {
            format!(
                "your progress could not be saved to `{}`",
                rel(root, &self.path)
            )
        })
    }

    fn to_file(&self) -> StateFile {
        StateFile {
            format_version: STATE_FORMAT,
            current: self.names.get(self.current).cloned(),
            done: self
                .names
                .iter()
                .zip(&self.done)
                .filter(|(_, d)| **d)
                .map(|(n, _)| n.clone())
                .collect(),
            hints_seen: self.hints_seen.clone(),
            welcomed: self.welcomed,
            checked: BTreeMap::new(),
        }
    }

    pub fn is_done(&self, index: usize) -> bool {
        self.done.get(index).copied().unwrap_or(false)
    }

    pub fn done_count(&self) -> usize {
        self.done.iter().filter(|d| **d).count()
    }

    pub fn hints_seen(&self, name: &str) -> usize {
        self.hints_seen.get(name).copied().unwrap_or(0)
    }

    /// The first pending exercise after `from`, wrapping around; `None` when all are done.
    pub fn next_pending(&self, from: usize) -> Option<usize> {
        let n = self.done.len();
        (1..=n)
            .map(|step| (from + step) % n)
            .find(|&i| !self.done[i])
    }
}

fn apply_one(file: &mut StateFile, change: &Change) {
    match change {
        Change::Current(name) => file.current = Some(name.clone()),
        Change::Checked {
            name,
            passed,
            started,
        } => {
            // A verdict on older content than the one already recorded doesn't count.
            if file.checked.get(name).is_some_and(|t| t > started) {
                return;
            }
            file.checked.insert(name.clone(), *started);
            if *passed {
                file.done.insert(name.clone());
            } else {
                file.done.remove(name);
            }
        }
        Change::RevealHint { name, total } => {
            let seen = file.hints_seen.entry(name.clone()).or_default();
            *seen = (*seen + 1).min(*total);
        }
        Change::Reset(name) => {
            file.done.remove(name);
            file.checked.insert(name.clone(), now_ms());
        }
        Change::Welcomed => file.welcomed = true,
        Change::Rename { from, to } => {
            if file.done.remove(from) {
                file.done.insert(to.clone());
            }
            if let Some(seen) = file.hints_seen.remove(from) {
                file.hints_seen.insert(to.clone(), seen);
            }
            if let Some(at) = file.checked.remove(from) {
                file.checked.insert(to.clone(), at);
            }
            if file.current.as_deref() == Some(from.as_str()) {
                file.current = Some(to.clone());
            }
        }
    }
}

fn set_aside(path: &Path) -> Result<PathBuf> {
    let backup = path.with_file_name(format!("{STATE_FILE}.corrupt-{}", crate::timestamp()));
    std::fs::rename(path, &backup)
        .with_context(|| format!("failed to move `{}` aside", path.display()))?;
    Ok(backup)
}

pub fn rel(root: &Path, path: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string()
}

/// Copies the learner's version of `rel_path` (a file, a folder, or what a symlink points to)
/// into `.pylings/backups/`, returning where it went, or `None` when there was nothing to keep.
/// The backup is made in a temporary folder and renamed into place: a failure leaves no half
/// or empty backup behind.
pub fn backup(root: &Path, rel_path: &Path) -> Result<Option<PathBuf>> {
    let src = root.join(rel_path);
    if std::fs::symlink_metadata(&src).is_err() {
        return Ok(None);
    }
    let name = rel_path
        .file_name()
        .context("exercise path has no name")?
        .to_string_lossy();
    let backups = State::dir(root).join("backups");
    std::fs::create_dir_all(&backups)
        .with_context(|| format!("failed to create `{}`", backups.display()))?;
    let dest = backups.join(format!("{}-{name}", crate::timestamp()));
    let staging = tempfile::Builder::new()
        .prefix(".backup-")
        .tempdir_in(&backups)
        .with_context(|| format!("failed to write in `{}`", backups.display()))?;
    let inside = staging.path().join("x");
    match std::fs::metadata(&src) {
        Ok(_) => files::copy_tree(&src, &inside)
            .with_context(|| format!("failed to back up `{}`", rel_path.display()))?,
        // A dangling symlink: keep where it pointed.
        Err(_) => {
            let target = std::fs::read_link(&src).unwrap_or_default();
            std::fs::write(&inside, format!("symlink to {}\n", target.display()))
                .context("failed to back up the symlink")?;
        }
    }
    std::fs::rename(&inside, &dest)
        .with_context(|| format!("failed to back up `{}`", rel_path.display()))?;
    Ok(Some(dest))
}
