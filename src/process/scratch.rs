//! pylings' own temporary folder: one per process (`pylings-PID-…` in the system's temporary
//! folder) that holds every check's working folder and the Python support files. It goes at
//! exit — after Ctrl-C, SIGTERM and SIGHUP too — and what a killed pylings left is removed by
//! the next one.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use anyhow::{Context, Result};

const PREFIX: &str = "pylings-";

static ROOT: OnceLock<PathBuf> = OnceLock::new();

/// This process's temporary folder, made on first use.
pub fn root() -> Result<&'static Path> {
    if let Some(root) = ROOT.get() {
        return Ok(root);
    }
    remove_stale();
    let dir = tempfile::Builder::new()
        .prefix(&format!("{PREFIX}{}-", std::process::id()))
        .tempdir()
        .context("failed to create a temporary folder")?
        .keep();
    if ROOT.set(dir.clone()).is_err() {
        // Another thread made one first: use it, drop ours.
        let _ = std::fs::remove_dir_all(&dir);
    }
    Ok(ROOT.get().map(PathBuf::as_path).unwrap_or(Path::new(".")))
}

/// A fresh folder inside [`root`], removed when dropped.
pub fn tempdir(prefix: &str) -> Result<tempfile::TempDir> {
    tempfile::Builder::new()
        .prefix(prefix)
        .tempdir_in(root()?)
        .context("failed to create a temporary folder")
}

/// Removes this process's temporary folder (at exit, from any thread).
pub fn remove_all() {
    if let Some(root) = ROOT.get() {
        let _ = std::fs::remove_dir_all(root);
    }
}

/// Removes the temporary folders of pylings processes that no longer run.
fn remove_stale() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|n| n.strip_prefix(PREFIX))
            .and_then(|rest| rest.split('-').next())
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if pid != std::process::id() && !is_running(pid) {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

#[cfg(unix)]
fn is_running(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 only asks whether the process exists.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn is_running(_pid: u32) -> bool {
    // Without a cheap way to ask, leave other folders alone.
    true
}
