//! Watch mode, where a learner spends their hours: the current exercise's result, checked again
//! on every save, and single keys. Every source of events — keys, file changes, finished
//! checks, resizes — is one variant of [`Event`] on one channel, handled in one loop.

mod render;
mod terminal;
mod watcher;

use std::hash::{DefaultHasher, Hash, Hasher};
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use anyhow::{Result, bail};
use colored::Colorize;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::commands::{self, Workspace};
use crate::info::{Exercise, Mode};
use crate::list::{self, ListView};
use crate::parallel;
use crate::process::Cancel;
use crate::python;
use crate::report;
use crate::runner::{CheckResult, Checker};

#[cfg(unix)]
pub use terminal::restore_terminal;

const NO_TERMINAL: &str = "\
watch mode needs a terminal, and this isn't one (the input or output is a pipe or a file).
Check the current exercise with `pylings run`, or all of them with `pylings verify`.";

/// Everything watch mode reacts to.
pub enum Event {
    Key(KeyEvent),
    Resize,
    /// The terminal is gone.
    InputClosed,
    /// Files under `exercises/` changed (one quiet-ended burst).
    FilesChanged(Vec<PathBuf>),
    WatcherFailed(String),
    CheckDone {
        generation: u64,
        result: Result<CheckResult, String>,
    },
    VerifyProgress(usize),
    VerifyDone(Vec<Result<CheckResult, String>>),
}

enum View {
    Exercise,
    List(ListView),
    /// Asking y/n before resetting this exercise; back to the list afterwards if `from_list`.
    ConfirmReset {
        index: usize,
        from_list: bool,
    },
    Verifying {
        done: usize,
    },
    VerifySummary(Vec<String>),
}

struct App {
    ws: Workspace,
    checker: Arc<Checker>,
    tx: Sender<Event>,
    screen: terminal::Screen,
    view: View,
    /// Counts checks started; a result from an older one is stale.
    generation: u64,
    running: Option<Cancel>,
    /// Hash of the content the latest check was started on: a save that changes nothing
    /// (or our own write) doesn't check again.
    checked_hash: Option<u64>,
    result: Option<Result<CheckResult, String>>,
    solution: Option<PathBuf>,
    /// A one-line note for the learner (a reset's backup, a watcher falling back to polling).
    message: Option<String>,
    watch_note: Option<String>,
    show_welcome: bool,
    manual: bool,
    edit_cmd: Option<String>,
    _watcher: Option<watcher::FileWatcher>,
}

pub fn run(
    python_flag: Option<&Path>,
    manual: bool,
    poll: bool,
    edit_cmd: Option<&str>,
) -> Result<u8> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        bail!(NO_TERMINAL);
    }
    let mut ws = Workspace::open()?;
    let python = ensure_pytest(&ws, python_flag)?;
    let checker = Arc::new(Checker::new(python, &ws.course.root)?);
    let show_welcome = !ws.state.welcomed;
    ws.state.welcomed = true;
    ws.save()?;

    let (tx, rx) = mpsc::channel();
    let force_poll = poll.then(|| "asked for with --poll".to_string());
    let exercises_dir = ws.course.root.join("exercises");
    let watcher = (!manual).then(|| watcher::start(&exercises_dir, tx.clone(), force_poll));
    let watch_note = watcher.as_ref().and_then(|w| w.note.clone());
    let screen = terminal::Screen::enter()?;
    terminal::spawn_input(tx.clone());
    let mut app = App {
        ws,
        checker,
        tx,
        screen,
        view: View::Exercise,
        generation: 0,
        running: None,
        checked_hash: None,
        result: None,
        solution: None,
        message: None,
        watch_note,
        show_welcome,
        manual,
        edit_cmd: edit_cmd.map(str::to_string),
        _watcher: watcher,
    };
    app.open_in_editor(app.ws.state.current);
    app.start_check();
    app.draw()?;
    let outcome = app.event_loop(&rx);
    app.stop_check(&rx);
    let saved = app.ws.save();
    drop(app.screen);
    outcome?;
    saved?;
    println!(
        "Progress saved: {}/{} done. Run `pylings` to go on.",
        app.ws.state.done_count(),
        app.ws.course.exercises.len()
    );
    Ok(0)
}

/// If the course has test exercises and pytest is missing, offer `pylings setup` right away.
fn ensure_pytest(ws: &Workspace, python_flag: Option<&Path>) -> Result<python::Python> {
    let python = python::find(python_flag, &ws.course.root, false)?;
    let needs_pytest = ws.course.exercises.iter().any(|e| e.mode == Mode::Test);
    if !needs_pytest || python.pytest.is_some() {
        return Ok(python);
    }
    println!(
        "pytest is not installed for {}, and most exercises need it.",
        python.describe()
    );
    print!("Run `pylings setup` now to make `.venv` with everything the course needs? [Y/n] ");
    std::io::stdout().flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    if answer.trim().is_empty() || answer.trim().eq_ignore_ascii_case("y") {
        python::setup(python_flag, &ws.course.root, false)?;
        return python::find(python_flag, &ws.course.root, false);
    }
    println!("Going on without pytest: test exercises will say how to install it.");
    Ok(python)
}

/// A hash of the file's, or the folder's, contents.
fn content_hash(path: &Path) -> Option<u64> {
    fn feed(path: &Path, hasher: &mut DefaultHasher) -> std::io::Result<()> {
        if path.is_dir() {
            let mut entries: Vec<_> = std::fs::read_dir(path)?
                .filter_map(|e| e.ok())
                .map(|e| e.path())
                .collect();
            entries.sort();
            for entry in entries {
                if entry.file_name().is_some_and(|n| n == "__pycache__") {
                    continue;
                }
                entry.file_name().hash(hasher);
                feed(&entry, hasher)?;
            }
        } else {
            std::fs::read(path)?.hash(hasher);
        }
        Ok(())
    }
    let mut hasher = DefaultHasher::new();
    feed(path, &mut hasher).ok()?;
    Some(hasher.finish())
}

impl App {
    fn current(&self) -> &Exercise {
        self.ws.exercise(self.ws.state.current)
    }

    fn target(&self, index: usize) -> PathBuf {
        self.ws.course.root.join(self.ws.rel_path(index))
    }

    fn event_loop(&mut self, rx: &Receiver<Event>) -> Result<()> {
        while let Ok(event) = rx.recv() {
            let keep_going = match event {
                Event::Key(key) => self.on_key(key)?,
                Event::InputClosed => false,
                Event::Resize => true,
                Event::FilesChanged(paths) => {
                    self.on_files_changed(&paths);
                    true
                }
                Event::WatcherFailed(err) => {
                    // Native events broke (e.g. inotify's queue overflowed): poll from now on.
                    let dir = self.ws.course.root.join("exercises");
                    let fallback = watcher::start(
                        &dir,
                        self.tx.clone(),
                        Some(format!("file events failed: {err}")),
                    );
                    self.watch_note = fallback.note.clone();
                    self._watcher = Some(fallback);
                    true
                }
                Event::CheckDone { generation, result } => {
                    if generation == self.generation {
                        self.on_check_done(result)?;
                    }
                    true
                }
                Event::VerifyProgress(done) => {
                    if let View::Verifying { done: shown } = &mut self.view {
                        *shown = done;
                    }
                    true
                }
                Event::VerifyDone(results) => {
                    self.on_verify_done(results)?;
                    true
                }
            };
            if !keep_going {
                return Ok(());
            }
            self.draw()?;
        }
        Ok(())
    }

    fn on_key(&mut self, key: KeyEvent) -> Result<bool> {
        let ctrl_c =
            key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c');
        if ctrl_c {
            return Ok(false);
        }
        // A note stays on screen until the next key.
        self.message = None;
        match &mut self.view {
            View::Exercise => match key.code {
                KeyCode::Char('q') => return Ok(false),
                KeyCode::Char('n') => self.next(),
                KeyCode::Char('h') => {
                    let ex = self.current().clone();
                    let seen = (self.ws.state.hints_seen(&ex.name) + 1).min(ex.hints.len());
                    self.ws.state.set_hints_seen(&ex.name, seen);
                    self.ws.save()?;
                }
                KeyCode::Char('l') => self.view = View::List(ListView::new(&self.ws)),
                KeyCode::Char('c') => self.start_verify(),
                KeyCode::Char('r') => {
                    self.view = View::ConfirmReset {
                        index: self.ws.state.current,
                        from_list: false,
                    }
                }
                KeyCode::Enter => {
                    self.checked_hash = None;
                    self.start_check();
                }
                _ => {}
            },
            View::List(list) => {
                let page = crossterm::terminal::size()
                    .map_or(20, |(_, h)| usize::from(h).saturating_sub(8));
                match list.handle_key(&self.ws, key, page.max(1)) {
                    list::Action::Stay => {}
                    list::Action::Back => self.view = View::Exercise,
                    list::Action::Select(index) => {
                        self.view = View::Exercise;
                        self.make_current(index)?;
                    }
                    list::Action::Reset(index) => {
                        self.view = View::ConfirmReset {
                            index,
                            from_list: true,
                        }
                    }
                    list::Action::Open(index) => self.open_in_editor(index),
                }
            }
            View::ConfirmReset { index, from_list } => {
                let (index, from_list) = (*index, *from_list);
                if key.code == KeyCode::Char('y') {
                    let backup = commands::reset_exercise(&mut self.ws, index);
                    self.message = Some(match backup {
                        Ok(Some(backup)) => format!(
                            "Reset `{}`; your version is saved in {}",
                            self.ws.exercise(index).name,
                            crate::state::rel(&self.ws.course.root, &backup)
                        ),
                        Ok(None) => format!("Reset `{}`", self.ws.exercise(index).name),
                        Err(err) => format!("{} {err:#}", "error:".red()),
                    });
                    if index == self.ws.state.current {
                        self.checked_hash = None;
                        self.start_check();
                    }
                } else {
                    self.message = Some("Nothing was reset.".to_string());
                }
                self.view = if from_list {
                    View::List(ListView::new(&self.ws))
                } else {
                    View::Exercise
                };
            }
            View::Verifying { .. } => {
                if key.code == KeyCode::Char('q') {
                    return Ok(false);
                }
            }
            View::VerifySummary(_) => {
                if key.code == KeyCode::Char('q') {
                    return Ok(false);
                }
                self.view = View::Exercise;
            }
        }
        Ok(true)
    }

    fn next(&mut self) {
        match self.ws.state.next_pending(self.ws.state.current) {
            Some(next) => {
                if let Err(err) = self.make_current(next) {
                    self.message = Some(format!("{err:#}"));
                }
            }
            None if self.ws.state.done_count() == self.ws.course.exercises.len() => {
                self.message = Some(self.ws.course.final_message.trim().to_string());
            }
            None => self.message = Some("This is the only exercise left.".to_string()),
        }
    }

    fn make_current(&mut self, index: usize) -> Result<()> {
        if index != self.ws.state.current {
            self.ws.state.current = index;
            self.ws.save()?;
            self.show_welcome = false;
            self.open_in_editor(index);
        }
        self.checked_hash = None;
        self.start_check();
        Ok(())
    }

    fn open_in_editor(&mut self, index: usize) {
        let Some(cmd) = &self.edit_cmd else { return };
        let path = self.target(index);
        let mut command = if cfg!(windows) {
            let mut c = std::process::Command::new("cmd");
            c.arg("/C").arg(format!("{cmd} \"{}\"", path.display()));
            c
        } else {
            let mut c = std::process::Command::new("sh");
            c.arg("-c")
                .arg(format!("{cmd} \"$1\""))
                .arg("sh")
                .arg(&path);
            c
        };
        command
            .stdin(std::process::Stdio::null())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null());
        match command.spawn() {
            Ok(mut child) => {
                std::thread::spawn(move || child.wait());
            }
            Err(err) => {
                self.message = Some(format!("could not run the editor command `{cmd}`: {err}"))
            }
        }
    }

    fn on_files_changed(&mut self, paths: &[PathBuf]) {
        let target = self.target(self.ws.state.current);
        let ours = paths.iter().any(|p| p == &target || p.starts_with(&target));
        if !ours {
            return;
        }
        // Unchanged content (an editor touching the file, a save without edits) isn't news.
        let hash = content_hash(&target);
        if hash.is_some() && hash == self.checked_hash {
            return;
        }
        self.start_check_on(target, hash);
    }

    /// Stops the running check, if any, and starts a new one on the current content.
    fn start_check(&mut self) {
        let target = self.target(self.ws.state.current);
        let hash = content_hash(&target);
        self.start_check_on(target, hash);
    }

    /// `start_check` for a caller that has already read and hashed the content.
    fn start_check_on(&mut self, target: PathBuf, hash: Option<u64>) {
        if let Some(cancel) = self.running.take() {
            cancel.cancel();
        }
        self.generation += 1;
        self.checked_hash = hash;
        self.result = None;
        self.solution = None;
        let cancel = Cancel::default();
        self.running = Some(cancel.clone());
        let (checker, tx, generation) =
            (Arc::clone(&self.checker), self.tx.clone(), self.generation);
        let ex = self.current().clone();
        std::thread::spawn(move || {
            let result = checker
                .check(&ex, &target, &cancel)
                .map_err(|e| format!("{e:#}"));
            let _ = tx.send(Event::CheckDone { generation, result });
        });
    }

    /// Stops a running check and waits (briefly) until its processes are gone.
    fn stop_check(&mut self, rx: &Receiver<Event>) {
        let Some(cancel) = self.running.take() else {
            return;
        };
        cancel.cancel();
        let deadline = std::time::Instant::now() + Duration::from_secs(3);
        while let Some(left) = deadline.checked_duration_since(std::time::Instant::now()) {
            match rx.recv_timeout(left) {
                Ok(Event::CheckDone { generation, .. }) if generation == self.generation => return,
                Ok(_) => {}
                Err(_) => return,
            }
        }
    }

    fn on_check_done(&mut self, result: Result<CheckResult, String>) -> Result<()> {
        self.running = None;
        let index = self.ws.state.current;
        if let Ok(check) = &result {
            if check.passed() {
                self.solution = self.ws.record_pass(index)?;
            } else {
                self.ws.state.set_done(index, false);
            }
            self.ws.save()?;
        }
        self.result = Some(result);
        Ok(())
    }

    fn start_verify(&mut self) {
        self.view = View::Verifying { done: 0 };
        let jobs: Vec<(Exercise, PathBuf)> = (0..self.ws.course.exercises.len())
            .map(|i| (self.ws.exercise(i).clone(), self.target(i)))
            .collect();
        let (checker, tx) = (Arc::clone(&self.checker), self.tx.clone());
        std::thread::spawn(move || {
            let cancel = Cancel::default();
            let progress_tx = tx.clone();
            let results = parallel::map(
                jobs,
                |(ex, target)| {
                    checker
                        .check(ex, target, &cancel)
                        .map_err(|e| format!("{e:#}"))
                },
                |done| {
                    let _ = progress_tx.send(Event::VerifyProgress(done));
                },
            );
            let _ = tx.send(Event::VerifyDone(results));
        });
    }

    fn on_verify_done(&mut self, results: Vec<Result<CheckResult, String>>) -> Result<()> {
        let total = results.len();
        let mut failing = Vec::new();
        for (i, result) in results.iter().enumerate() {
            match result {
                Ok(check) if check.passed() => {
                    self.ws.record_pass(i)?;
                }
                Ok(check) => {
                    self.ws.state.set_done(i, false);
                    failing.push(format!(
                        "{} {} — {}",
                        "✗".red(),
                        self.ws.rel_path(i).display(),
                        report::summary(check)
                    ));
                }
                Err(err) => {
                    self.ws.state.set_done(i, false);
                    failing.push(format!(
                        "{} {} — {err}",
                        "✗".red(),
                        self.ws.rel_path(i).display()
                    ));
                }
            }
        }
        self.ws.save()?;
        let passed = total - failing.len();
        let mut lines = vec![
            format!("{}", format!("{passed} of {total} exercises pass").bold()),
            String::new(),
        ];
        lines.extend(failing);
        self.view = View::VerifySummary(lines);
        Ok(())
    }
}
