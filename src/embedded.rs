//! The course as it was built into the binary: the originals that `reset` restores and that
//! `init` writes out.

use std::path::{Component, Path};

mod files {
    include!(concat!(env!("OUT_DIR"), "/embedded_files.rs"));
}

/// The course-relative key of a path: components joined with `/`.
fn key(rel: &Path) -> String {
    rel.components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy()),
            _ => None,
        })
        .collect::<Vec<_>>()
        .join("/")
}

/// All embedded files, as (course-relative path with `/`, contents).
pub fn all() -> &'static [(&'static str, &'static [u8])] {
    files::FILES
}

/// The embedded file at `rel`, if there is one.
pub fn file(rel: &Path) -> Option<&'static [u8]> {
    let key = key(rel);
    files::FILES
        .iter()
        .find(|(path, _)| *path == key)
        .map(|(_, bytes)| *bytes)
}

/// The embedded files below the folder `rel`, as (path relative to `rel`, contents).
pub fn dir(rel: &Path) -> Vec<(&'static str, &'static [u8])> {
    let prefix = format!("{}/", key(rel));
    files::FILES
        .iter()
        .filter_map(|(path, bytes)| path.strip_prefix(&prefix).map(|p| (p, *bytes)))
        .collect()
}

pub fn is_dir(rel: &Path) -> bool {
    let prefix = format!("{}/", key(rel));
    files::FILES
        .iter()
        .any(|(path, _)| path.starts_with(&prefix))
}

/// Writes the embedded file or folder `rel` to `dest`, creating parent folders.
pub fn write_to(rel: &Path, dest: &Path) -> anyhow::Result<bool> {
    use anyhow::Context;
    if let Some(bytes) = file(rel) {
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("failed to create `{}`", parent.display()))?;
        }
        std::fs::write(dest, bytes)
            .with_context(|| format!("failed to write `{}`", dest.display()))?;
        return Ok(true);
    }
    let children = dir(rel);
    for (sub, bytes) in &children {
        let path = dest.join(sub);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("failed to create `{}`", parent.display()))?;
        }
        std::fs::write(&path, bytes)
            .with_context(|| format!("failed to write `{}`", path.display()))?;
    }
    Ok(!children.is_empty())
}
