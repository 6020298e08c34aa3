//! The interpreter probe's answers, kept in the course's `.pylings/python.json`: asking a
//! Python who it is costs a whole interpreter start, and most commands need only the answer.
//! An answer is used again only while the interpreter's file and its package folders are
//! unchanged (same size and modification time), so installing pytest is noticed at once.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use super::{Python, Source};
use crate::files;

const FILE: &str = "python.json";
/// At most this many interpreters are remembered.
const KEEP: usize = 8;

static DIR: OnceLock<PathBuf> = OnceLock::new();

/// Where answers are kept: the course's `.pylings/` (the first course asked about wins).
pub fn set_dir(dir: PathBuf) {
    let _ = DIR.set(dir);
}

#[derive(Serialize, Deserialize, Clone)]
struct Entry {
    program: PathBuf,
    key: String,
    executable: PathBuf,
    version: (u32, u32, u32),
    pytest: Option<String>,
    site: Vec<String>,
}

fn stamp(path: &Path) -> String {
    match std::fs::metadata(path) {
        Ok(meta) => {
            let modified = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{}:{modified}", meta.len())
        }
        Err(_) => "-".to_string(),
    }
}

fn key(program: &Path, site: &[String]) -> String {
    let real = std::fs::canonicalize(program).unwrap_or_else(|_| program.to_path_buf());
    let mut parts = vec![real.display().to_string(), stamp(&real)];
    parts.extend(
        site.iter()
            .map(|dir| format!("{dir}={}", stamp(Path::new(dir)))),
    );
    parts.join("|")
}

fn load() -> Vec<Entry> {
    DIR.get()
        .and_then(|dir| std::fs::read(dir.join(FILE)).ok())
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

pub fn lookup(program: &Path) -> Option<Python> {
    let entry = load().into_iter().find(|e| e.program == program)?;
    (entry.key == key(program, &entry.site)).then_some(Python {
        executable: entry.executable,
        version: entry.version,
        pytest: entry.pytest,
        source: Source::Path,
    })
}

/// Best effort: without a cache the next command just asks again.
pub fn store(program: &Path, python: &Python, site: &[String]) {
    let Some(dir) = DIR.get() else { return };
    if !dir.is_dir() {
        return; // not a course we may write in (yet)
    }
    let mut entries = load();
    entries.retain(|e| e.program != program);
    entries.insert(
        0,
        Entry {
            program: program.to_path_buf(),
            key: key(program, site),
            executable: python.executable.clone(),
            version: python.version,
            pytest: python.pytest.clone(),
            site: site.to_vec(),
        },
    );
    entries.truncate(KEEP);
    if let Ok(text) = serde_json::to_vec_pretty(&entries) {
        let _ = files::write_atomic(&dir.join(FILE), &text);
    }
}
