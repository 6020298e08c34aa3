//! pylings' own temporary folder: one per process (`pylings-PID-…` in the system's temporary
//! folder, or in `/dev/shm` on Linux, where making and removing a check's folders costs next
//! to nothing) that holds every check's working folder and the Python support files. It goes
//! at exit — after Ctrl-C, SIGTERM and SIGHUP too — and what a killed pylings left is removed
//! by the next one. A check's folder is removed in the background, after its verdict is out.

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
    let base = base();
    remove_stale(&base);
    let dir = tempfile::Builder::new()
        .prefix(&format!("{PREFIX}{}-", std::process::id()))
        .tempdir_in(&base)
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

/// Where the temporary folder goes: memory-backed `/dev/shm` on Linux when it is there and
/// writable (and `TMPDIR` isn't set), the system's temporary folder otherwise.
fn base() -> std::path::PathBuf {
    let shm = Path::new("/dev/shm");
    if cfg!(target_os = "linux")
        && std::env::var_os("TMPDIR").is_none()
        && tempfile::tempdir_in(shm).is_ok()
    {
        return shm.to_path_buf();
    }
    std::env::temp_dir()
}

/// Removes a folder in the background: a check's verdict doesn't wait for its files to go.
pub fn dispose(dir: tempfile::TempDir) {
    use std::sync::Mutex;
    use std::sync::mpsc::{Sender, channel};
    static JANITOR: Mutex<Option<Sender<tempfile::TempDir>>> = Mutex::new(None);
    let mut janitor = JANITOR.lock().unwrap_or_else(|e| e.into_inner());
    let tx = janitor.get_or_insert_with(|| {
        let (tx, rx) = channel::<tempfile::TempDir>();
        std::thread::spawn(move || {
            for dir in rx {
                drop(dir);
            }
        });
        tx
    });
    if let Err(returned) = tx.send(dir) {
        drop(returned.0);
    }
}

/// Removes this process's temporary folder (at exit, from any thread).
pub fn remove_all() {
    if let Some(root) = ROOT.get() {
        let _ = std::fs::remove_dir_all(root);
    }
}

/// Removes the temporary folders of pylings processes that no longer run.
fn remove_stale(base: &Path) {
    let Ok(entries) = std::fs::read_dir(base) else {
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
