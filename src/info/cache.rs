//! The course file, validated, kept in `.pylings/course-cache.json`: reading a cached course
//! costs a fraction of parsing a course file of a few hundred exercises, and most commands
//! start by loading the course. A cache is used only while `info.toml` and the pylings binary
//! are the ones it was made from (same size and modification time).

use std::path::Path;
use std::time::UNIX_EPOCH;

use serde::{Deserialize, Serialize};

use super::Course;
use crate::files;
use crate::state::STATE_DIR;

const FILE: &str = "course-cache.json";

#[derive(Serialize, Deserialize)]
struct Cached {
    key: String,
    course: Course,
}

fn stamp(path: &Path) -> Option<String> {
    let meta = std::fs::metadata(path).ok()?;
    let modified = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?;
    Some(format!("{}:{}", meta.len(), modified.as_nanos()))
}

/// What the cache depends on: the course file, and the binary that read it.
fn key(info: &Path) -> Option<String> {
    let exe = std::env::current_exe().ok()?;
    Some(format!(
        "{}|{}|{}",
        env!("CARGO_PKG_VERSION"),
        stamp(&exe)?,
        stamp(info)?
    ))
}

pub fn load(root: &Path, info: &Path) -> Option<Course> {
    let bytes = std::fs::read(root.join(STATE_DIR).join(FILE)).ok()?;
    let cached: Cached = serde_json::from_slice(&bytes).ok()?;
    (Some(cached.key) == key(info)).then_some(cached.course)
}

/// Best effort, and only in a course that has its `.pylings/` already: without a cache the
/// next command parses the file again.
pub fn store(root: &Path, info: &Path, course: &Course) {
    let dir = root.join(STATE_DIR);
    let Some(key) = key(info) else { return };
    if !dir.is_dir() {
        return;
    }
    #[derive(Serialize)]
    struct CachedRef<'a> {
        key: String,
        course: &'a Course,
    }
    if let Ok(text) = serde_json::to_vec(&CachedRef { key, course }) {
        let _ = files::write_atomic(&dir.join(FILE), &text);
    }
}
