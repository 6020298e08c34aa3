//! The learner's progress, kept in `.pylings/state.json` inside the course and written
//! atomically, so a crash or Ctrl-C never leaves half a file.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::info::Course;

pub const STATE_DIR: &str = ".pylings";
const STATE_FILE: &str = "state.json";
const STATE_FORMAT: u32 = 1;

#[derive(Serialize, Deserialize, Default)]
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
}

pub struct State {
    path: PathBuf,
    pub current: usize,
    done: Vec<bool>,
    hints_seen: BTreeMap<String, usize>,
    pub welcomed: bool,
    /// A message for the learner from loading (a corrupt file was set aside).
    pub warning: Option<String>,
}

impl State {
    pub fn dir(root: &Path) -> PathBuf {
        root.join(STATE_DIR)
    }

    /// Loads the progress of `course`; a missing file means a fresh start, a corrupt one is
    /// kept aside as a backup and the learner is told.
    pub fn load(course: &Course) -> Result<State> {
        let path = Self::dir(&course.root).join(STATE_FILE);
        let mut warning = None;
        let file = match std::fs::read(&path) {
            Ok(bytes) => match serde_json::from_slice::<StateFile>(&bytes) {
                Ok(file) if file.format_version == STATE_FORMAT => file,
                parsed => {
                    let why = match parsed {
                        Ok(file) => {
                            format!("it has an unknown format_version {}", file.format_version)
                        }
                        Err(e) => format!("it could not be read ({e})"),
                    };
                    let backup = set_aside(&path)?;
                    warning = Some(format!(
                        "your progress file `{}` was set aside as `{}` because {why}; \
                         pylings starts your progress afresh (your exercise files are untouched)",
                        rel(&course.root, &path),
                        rel(&course.root, &backup)
                    ));
                    StateFile::default()
                }
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => StateFile::default(),
            Err(e) => {
                return Err(e).with_context(|| format!("failed to read `{}`", path.display()));
            }
        };
        let done = course
            .exercises
            .iter()
            .map(|e| file.done.contains(&e.name))
            .collect();
        let current = file
            .current
            .as_deref()
            .and_then(|name| course.index_of(name))
            .unwrap_or(0);
        Ok(State {
            path,
            current,
            done,
            hints_seen: file.hints_seen,
            welcomed: file.welcomed,
            warning,
        })
    }

    pub fn is_done(&self, index: usize) -> bool {
        self.done.get(index).copied().unwrap_or(false)
    }

    pub fn set_done(&mut self, index: usize, done: bool) {
        if let Some(slot) = self.done.get_mut(index) {
            *slot = done;
        }
    }

    pub fn done_count(&self) -> usize {
        self.done.iter().filter(|d| **d).count()
    }

    pub fn hints_seen(&self, name: &str) -> usize {
        self.hints_seen.get(name).copied().unwrap_or(0)
    }

    pub fn set_hints_seen(&mut self, name: &str, count: usize) {
        self.hints_seen.insert(name.to_string(), count);
    }

    /// The first pending exercise after `from`, wrapping around; `None` when all are done.
    pub fn next_pending(&self, from: usize) -> Option<usize> {
        let n = self.done.len();
        (1..=n)
            .map(|step| (from + step) % n)
            .find(|&i| !self.done[i])
    }

    /// Writes the state: a temporary file in the same folder, then a rename over the old one.
    pub fn save(&self, course: &Course) -> Result<()> {
        let file = StateFile {
            format_version: STATE_FORMAT,
            current: course.exercises.get(self.current).map(|e| e.name.clone()),
            done: course
                .exercises
                .iter()
                .zip(&self.done)
                .filter(|(_, done)| **done)
                .map(|(e, _)| e.name.clone())
                .collect(),
            hints_seen: self.hints_seen.clone(),
            welcomed: self.welcomed,
        };
        let dir = self.path.parent().context("state file has no folder")?;
        std::fs::create_dir_all(dir)
            .with_context(|| format!("failed to create `{}`", dir.display()))?;
        let mut tmp = tempfile::NamedTempFile::new_in(dir)
            .with_context(|| format!("failed to create a temporary file in `{}`", dir.display()))?;
        serde_json::to_writer_pretty(&mut tmp, &file).context("failed to write progress")?;
        tmp.write_all(b"\n").context("failed to write progress")?;
        tmp.as_file()
            .sync_all()
            .context("failed to write progress")?;
        tmp.persist(&self.path)
            .with_context(|| format!("failed to save progress to `{}`", self.path.display()))?;
        Ok(())
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

/// Copies the learner's version of `rel_path` (a file or folder) into
/// `.pylings/backups/`, returning where it went, or `None` when there was nothing to keep.
pub fn backup(root: &Path, rel_path: &Path) -> Result<Option<PathBuf>> {
    let src = root.join(rel_path);
    if !src.exists() {
        return Ok(None);
    }
    let name = rel_path
        .file_name()
        .context("exercise path has no name")?
        .to_string_lossy();
    let dest = State::dir(root)
        .join("backups")
        .join(format!("{}-{name}", crate::timestamp()));
    copy_tree(&src, &dest)?;
    Ok(Some(dest))
}

/// Copies a file, or a folder with everything in it (skipping caches).
pub fn copy_tree(src: &Path, dest: &Path) -> Result<()> {
    if src.is_dir() {
        std::fs::create_dir_all(dest)
            .with_context(|| format!("failed to create `{}`", dest.display()))?;
        for entry in
            std::fs::read_dir(src).with_context(|| format!("failed to read `{}`", src.display()))?
        {
            let entry = entry?;
            let name = entry.file_name();
            if name == "__pycache__" || name == ".pytest_cache" {
                continue;
            }
            copy_tree(&entry.path(), &dest.join(name))?;
        }
    } else {
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("failed to create `{}`", parent.display()))?;
        }
        std::fs::copy(src, dest).with_context(|| {
            format!("failed to copy `{}` to `{}`", src.display(), dest.display())
        })?;
    }
    Ok(())
}
