//! Watching the exercise files: native events where they work, polling where they don't. A
//! write that is known to be complete (the file closed after writing, or renamed into place)
//! is reported at once; other changes after a short quiet window, so that a save in several
//! steps is checked on its final content. A later event of the same save costs nothing: the
//! watch loop drops content it has checked already, and a newer save cancels a running check.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::time::Duration;

use notify::event::{AccessKind, AccessMode, EventKind};
use notify::{PollWatcher, RecommendedWatcher, RecursiveMode, Watcher};

use super::Event;

/// Editors save in bursts: a temp file, a rename, a truncate then a write, several writes.
/// Where no event says a write is complete, we wait until the files have been quiet this long
/// and report the burst as one change. Short enough that it feels instant.
const QUIET: Duration = Duration::from_millis(100);
const POLL_INTERVAL: Duration = Duration::from_millis(400);

pub const POLLING_NOTE: &str = "watching by polling";

enum Raw {
    /// Paths that changed; `complete` when the event says the write is over.
    Paths(Vec<PathBuf>, bool),
    Failed(String),
}

/// Keeps the watcher alive; dropping it stops watching.
pub struct FileWatcher {
    _watcher: Box<dyn Watcher + Send>,
    /// Set when polling instead of native events, with the reason.
    pub note: Option<String>,
}

/// Swap, backup and temporary files of common editors (after watchexec's list).
fn is_editor_junk(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return true;
    };
    name.ends_with('~')
        || name.starts_with(".#")
        || (name.starts_with('#') && name.ends_with('#'))
        || name.ends_with(".kate-swp")
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".swo")
        || name.contains("___jb_")
        || name == "4913"
        || name.ends_with(".pyc")
        || path.components().any(|c| c.as_os_str() == "__pycache__")
}

/// The end of a write: a file closed after writing (an in-place save), or renamed into place
/// (a save by rename).
fn completes_a_write(kind: &EventKind) -> bool {
    use notify::event::{ModifyKind, RenameMode};
    matches!(
        kind,
        EventKind::Access(AccessKind::Close(AccessMode::Write))
            | EventKind::Modify(ModifyKind::Name(RenameMode::To | RenameMode::Both))
    )
}

fn relevant(kind: &EventKind) -> bool {
    match kind {
        // Metadata counts too: the poll watcher reports a new mtime that way. A change of
        // nothing but metadata is dropped later, by comparing the content's hash.
        EventKind::Create(_) | EventKind::Remove(_) | EventKind::Modify(_) | EventKind::Any => true,
        // A file closed after writing: the end of an in-place save. Other accesses are reads,
        // ours among them.
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        _ => false,
    }
}

/// WSL's `/mnt/` drives don't deliver native events.
fn needs_polling(dir: &Path) -> Option<String> {
    let on_mnt = dir.starts_with("/mnt/");
    let wsl = std::fs::read_to_string("/proc/sys/kernel/osrelease")
        .is_ok_and(|r| r.to_lowercase().contains("microsoft"));
    (on_mnt && wsl).then(|| "files on a Windows drive under WSL send no change events".to_string())
}

/// Watches `dir` recursively and sends `Event::FilesChanged` for each quiet-ended burst.
pub fn start(dir: &Path, tx: Sender<Event>, force_poll: Option<String>) -> FileWatcher {
    let (raw_tx, raw_rx) = mpsc::channel::<Raw>();
    spawn_debouncer(raw_rx, tx);
    let handler = move |result: notify::Result<notify::Event>| {
        let raw = match result {
            Ok(event) if relevant(&event.kind) => {
                let paths: Vec<PathBuf> = event
                    .paths
                    .into_iter()
                    .filter(|p| !is_editor_junk(p))
                    .collect();
                if paths.is_empty() {
                    return;
                }
                Raw::Paths(paths, completes_a_write(&event.kind))
            }
            Ok(_) => return,
            Err(err) => Raw::Failed(err.to_string()),
        };
        let _ = raw_tx.send(raw);
    };

    let reason = force_poll.or_else(|| needs_polling(dir));
    if reason.is_none() {
        let native = RecommendedWatcher::new(handler.clone(), notify::Config::default()).and_then(
            |mut w| {
                w.watch(dir, RecursiveMode::Recursive)?;
                Ok(w)
            },
        );
        match native {
            Ok(watcher) => {
                return FileWatcher {
                    _watcher: Box::new(watcher),
                    note: None,
                };
            }
            Err(err) => {
                return poll(
                    dir,
                    handler,
                    format!("file events are not available ({err})"),
                );
            }
        }
    }
    poll(dir, handler, reason.unwrap_or_default())
}

fn poll(dir: &Path, handler: impl notify::EventHandler, reason: String) -> FileWatcher {
    let config = notify::Config::default()
        .with_poll_interval(POLL_INTERVAL)
        .with_compare_contents(true);
    let watcher = PollWatcher::new(handler, config).and_then(|mut w| {
        w.watch(dir, RecursiveMode::Recursive)?;
        Ok(w)
    });
    match watcher {
        Ok(watcher) => FileWatcher {
            _watcher: Box::new(watcher),
            note: Some(format!("{POLLING_NOTE}: {reason}")),
        },
        Err(err) => FileWatcher {
            _watcher: Box::new(NoWatcher),
            note: Some(format!(
                "can't watch the files ({reason}; polling failed too: {err}): press Enter to check"
            )),
        },
    }
}

/// Whether native file events arrive in `dir`: writes a hidden file there and waits for its
/// event (`pylings doctor`). The reason when they don't.
pub fn try_file_events(dir: &Path) -> Result<(), String> {
    if let Some(reason) = needs_polling(dir) {
        return Err(reason);
    }
    let (tx, rx) = mpsc::channel();
    let mut watcher = RecommendedWatcher::new(
        move |event: notify::Result<notify::Event>| {
            let _ = tx.send(event);
        },
        notify::Config::default(),
    )
    .map_err(|e| format!("file events are not available ({e})"))?;
    watcher
        .watch(dir, RecursiveMode::Recursive)
        .map_err(|e| format!("file events are not available ({e})"))?;
    let probe = tempfile::Builder::new()
        .prefix(".pylings-doctor-")
        .tempfile_in(dir)
        .map_err(|e| format!("could not write in {}: {e}", dir.display()))?;
    let wanted = probe.path().to_path_buf();
    let _ = std::fs::write(&wanted, "probe");
    let deadline = std::time::Instant::now() + Duration::from_secs(3);
    while let Some(left) = deadline.checked_duration_since(std::time::Instant::now()) {
        match rx.recv_timeout(left) {
            Ok(Ok(event))
                if event
                    .paths
                    .iter()
                    .any(|p| p.ends_with(wanted.file_name().unwrap_or_default())) =>
            {
                return Ok(());
            }
            Ok(Err(err)) => return Err(format!("file events failed ({err})")),
            Ok(_) => {}
            Err(_) => break,
        }
    }
    Err("no event arrived within 3 s of writing a file".to_string())
}

/// Stands in when no watcher could start: the learner checks with Enter.
struct NoWatcher;

impl Watcher for NoWatcher {
    fn new<F: notify::EventHandler>(_: F, _: notify::Config) -> notify::Result<Self> {
        Ok(NoWatcher)
    }
    fn watch(&mut self, _: &Path, _: RecursiveMode) -> notify::Result<()> {
        Ok(())
    }
    fn unwatch(&mut self, _: &Path) -> notify::Result<()> {
        Ok(())
    }
    fn kind() -> notify::WatcherKind {
        notify::WatcherKind::NullWatcher
    }
}

fn spawn_debouncer(raw_rx: mpsc::Receiver<Raw>, tx: Sender<Event>) {
    std::thread::spawn(move || {
        while let Ok(first) = raw_rx.recv() {
            let mut paths = BTreeSet::new();
            let mut pending = Some(first);
            loop {
                let sent = match pending.take() {
                    // The write is over: no reason to wait.
                    Some(Raw::Paths(p, true)) => tx.send(Event::FilesChanged(p)).is_ok(),
                    Some(Raw::Paths(p, false)) => {
                        paths.extend(p);
                        true
                    }
                    Some(Raw::Failed(err)) => tx.send(Event::WatcherFailed(err)).is_ok(),
                    None => true,
                };
                if !sent {
                    return;
                }
                match raw_rx.recv_timeout(QUIET) {
                    Ok(raw) => pending = Some(raw),
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => return,
                }
            }
            if !paths.is_empty()
                && tx
                    .send(Event::FilesChanged(paths.into_iter().collect()))
                    .is_err()
            {
                return;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn editor_junk_is_ignored() {
        for junk in [
            ".x.py.swp",
            "x.py~",
            ".#x.py",
            "#x.py#",
            "x.py.kate-swp",
            "x.py___jb_tmp___",
            "4913",
        ] {
            assert!(is_editor_junk(Path::new(junk)), "{junk}");
        }
        assert!(!is_editor_junk(Path::new("/c/exercises/ch/x.py")));
        assert!(is_editor_junk(Path::new(
            "/c/exercises/ch/__pycache__/x.cpython-311.pyc"
        )));
    }

    #[test]
    fn a_burst_of_saves_ends_with_a_report_of_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("x.py");
        std::fs::write(&file, "0").unwrap();
        let (tx, rx) = mpsc::channel();
        let _watcher = start(dir.path(), tx, None);
        for i in 0..50 {
            std::fs::write(&file, i.to_string()).unwrap();
        }
        // Every write is complete when its file closes, so each may be reported at once; the
        // last report names the file, and nothing comes after the burst is over.
        let mut last = None;
        while let Ok(event) = rx.recv_timeout(Duration::from_millis(800)) {
            last = Some(event);
        }
        assert!(matches!(last, Some(Event::FilesChanged(paths)) if paths.contains(&file)));
    }
}
