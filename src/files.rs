//! Careful file handling for the learner's files: reads that never block on a named pipe,
//! writes that replace (never write through) a symlink and never leave half a file, copies of
//! exercise folders, and content hashes that stay the same from one pylings to the next.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// Folders that are never part of an exercise: caches and environments.
pub const SKIPPED_DIRS: &[&str] = &["__pycache__", ".pytest_cache", ".mypy_cache", ".venv"];
/// An exercise folder bigger than this is not copied for a check.
pub const MAX_COPY_BYTES: u64 = 64 * 1024 * 1024;

/// What a path is, without following a symlink at the end.
pub fn kind(path: &Path) -> Option<&'static str> {
    let meta = std::fs::symlink_metadata(path).ok()?;
    let file_type = meta.file_type();
    Some(if file_type.is_symlink() {
        "a symbolic link"
    } else if file_type.is_dir() {
        "a folder"
    } else if file_type.is_file() {
        "a file"
    } else {
        special_kind(&file_type)
    })
}

#[cfg(unix)]
fn special_kind(file_type: &std::fs::FileType) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    if file_type.is_fifo() {
        "a named pipe"
    } else if file_type.is_socket() {
        "a socket"
    } else if file_type.is_block_device() || file_type.is_char_device() {
        "a device"
    } else {
        "not a regular file"
    }
}

#[cfg(not(unix))]
fn special_kind(_file_type: &std::fs::FileType) -> &'static str {
    "not a regular file"
}

/// Reads a regular file (following symlinks); anything else — a named pipe, a socket, a
/// device — is an error that says what it is, and is never opened in a way that blocks.
pub fn read_regular(path: &Path) -> Result<Vec<u8>> {
    let meta =
        std::fs::metadata(path).with_context(|| format!("failed to read `{}`", path.display()))?;
    if !meta.is_file() {
        let what = kind(path).unwrap_or("not a regular file");
        bail!("`{}` is {what}, not a file", path.display());
    }
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // Swapped for a pipe between the check above and here: don't wait for a writer.
        options.custom_flags(libc::O_NONBLOCK);
    }
    let mut file = options
        .open(path)
        .with_context(|| format!("failed to read `{}`", path.display()))?;
    if !file.metadata().map(|m| m.is_file()).unwrap_or(false) {
        bail!("`{}` is not a regular file", path.display());
    }
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)
        .with_context(|| format!("failed to read `{}`", path.display()))?;
    Ok(bytes)
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename: a crash
/// leaves the old file or the new one, and a symlink at `path` is replaced, not followed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path.parent().context("a file to write has no folder")?;
    std::fs::create_dir_all(dir)
        .with_context(|| format!("failed to create `{}`", dir.display()))?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .with_context(|| format!("failed to write in `{}`", dir.display()))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .with_context(|| format!("failed to write `{}`", path.display()))?;
    tmp.persist(path)
        .with_context(|| format!("failed to write `{}`", path.display()))?;
    Ok(())
}

/// Removes a file, a symlink (not what it points to) or a folder.
pub fn remove(path: &Path) -> Result<()> {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return Ok(());
    };
    let result = if meta.is_dir() {
        std::fs::remove_dir_all(path)
    } else {
        std::fs::remove_file(path)
    };
    result.with_context(|| format!("failed to remove `{}`", path.display()))
}

/// The regular files under `dir`, as (path relative to `dir`, full path), sorted, skipping
/// caches and symlinked folders (which could loop).
pub fn walk(dir: &Path) -> Result<Vec<(PathBuf, PathBuf)>> {
    let mut files = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(rel) = stack.pop() {
        let full = dir.join(&rel);
        let entries = std::fs::read_dir(&full)
            .with_context(|| format!("failed to read `{}`", full.display()))?;
        for entry in entries {
            let entry = entry.with_context(|| format!("failed to read `{}`", full.display()))?;
            let name = entry.file_name();
            if SKIPPED_DIRS.iter().any(|s| name == *s) {
                continue;
            }
            let path = entry.path();
            let sub = rel.join(&name);
            let file_type = entry.file_type()?;
            if file_type.is_dir() {
                stack.push(sub);
            } else if std::fs::metadata(&path).is_ok_and(|m| m.is_file()) {
                files.push((sub, path));
            }
        }
    }
    files.sort();
    Ok(files)
}

/// Copies a file, or a folder with everything in it (skipping caches), refusing folders
/// larger than [`MAX_COPY_BYTES`].
pub fn copy_tree(src: &Path, dest: &Path) -> Result<()> {
    if !std::fs::metadata(src).is_ok_and(|m| m.is_dir()) {
        let bytes = read_regular(src)?;
        if let Some(parent) = dest.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("failed to create `{}`", parent.display()))?;
        }
        return std::fs::write(dest, bytes)
            .with_context(|| format!("failed to write `{}`", dest.display()));
    }
    std::fs::create_dir_all(dest)
        .with_context(|| format!("failed to create `{}`", dest.display()))?;
    let mut total = 0;
    for (rel, path) in walk(src)? {
        total += std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        if total > MAX_COPY_BYTES {
            bail!(
                "`{}` holds more than {} MiB: remove the big files from it",
                src.display(),
                MAX_COPY_BYTES / 1024 / 1024
            );
        }
        let to = dest.join(&rel);
        if let Some(parent) = to.parent() {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("failed to create `{}`", parent.display()))?;
        }
        std::fs::write(&to, read_regular(&path)?)
            .with_context(|| format!("failed to write `{}`", to.display()))?;
    }
    Ok(())
}

/// A 64-bit FNV-1a hash: the same for the same bytes in every build of pylings, so it can be
/// kept in a file and compared later.
#[derive(Clone, Copy)]
pub struct StableHash(u64);

impl Default for StableHash {
    fn default() -> Self {
        StableHash(0xcbf2_9ce4_8422_2325)
    }
}

impl StableHash {
    pub fn feed(&mut self, bytes: &[u8]) -> &mut Self {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        self.0 ^= 0xff;
        self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        self
    }

    pub fn hex(&self) -> String {
        format!("{:016x}", self.0)
    }
}

/// The hash of a file's, or a folder's, contents (names and bytes); `None` when it can't be
/// read (missing, or not a regular file).
pub fn content_hash(path: &Path) -> Option<String> {
    if std::fs::metadata(path).ok()?.is_dir() {
        let mut files = Vec::new();
        for (rel, full) in walk(path).ok()? {
            files.push((slash_path(&rel), read_regular(&full).ok()?));
        }
        Some(hash_files(files))
    } else {
        Some(hash_files(vec![(String::new(), read_regular(path).ok()?)]))
    }
}

/// The hash of a set of files given as (path with `/`, bytes): the same whatever order they
/// come in, so a folder on disk and one built into pylings compare.
pub fn hash_files(mut files: Vec<(String, Vec<u8>)>) -> String {
    files.sort();
    let mut hash = StableHash::default();
    for (rel, bytes) in &files {
        hash.feed(rel.as_bytes()).feed(bytes);
    }
    hash.hex()
}

/// A relative path with `/` between its parts, on every platform.
pub fn slash_path(rel: &Path) -> String {
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    const PINNED_HELLO: &str = "3801a03b7f67170c";

    #[test]
    fn stable_hash_is_stable_and_separates_fields() {
        let mut a = StableHash::default();
        a.feed(b"ab").feed(b"c");
        let mut b = StableHash::default();
        b.feed(b"a").feed(b"bc");
        assert_ne!(a.hex(), b.hex());
        // Kept in files across versions of pylings: the value must never change.
        assert_eq!(
            hash_files(vec![("x.py".into(), b"hello".to_vec())]),
            PINNED_HELLO
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_named_pipe_is_named_not_opened() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("x.py");
        let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: mkfifo with a valid path string.
        assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o644) }, 0);
        let err = read_regular(&fifo).unwrap_err();
        assert!(format!("{err:#}").contains("named pipe"), "{err:#}");
        assert!(content_hash(&fifo).is_none());
    }

    #[cfg(unix)]
    #[test]
    fn atomic_writes_replace_a_symlink_instead_of_writing_through_it() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("elsewhere.txt");
        std::fs::write(&target, "keep me").unwrap();
        let link = dir.path().join("x.py");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_atomic(&link, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&target).unwrap(), "keep me");
        assert!(!std::fs::symlink_metadata(&link).unwrap().is_symlink());
        assert_eq!(std::fs::read_to_string(&link).unwrap(), "new");
    }
}
