//! Watch mode, where a learner spends their hours: the current exercise's result, checked again
//! on every save, and single keys. Every source of events — keys, file changes, finished
//! checks, resizes — is one variant of [`Event`] on one channel, handled in one loop; a key is
//! turned into an [`Action`] ([`keys`]) and applied in one place.

mod keys;
mod list;
mod render;
mod terminal;
mod watcher;

use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::{Duration, Instant};

use anyhow::{Result, bail};
use colored::Colorize;

use crate::check::{CheckResult, Checker};
use crate::files;
use crate::info::Exercise;
use crate::parallel;
use crate::process::Cancel;
use crate::python;
use crate::session::{self, Options, Session};
use crate::state::now_ms;
use keys::{Action, Focus};
use list::{ListView, Outcome};

pub use terminal::restore_terminal;
pub use watcher::try_file_events;

const NO_TERMINAL: &str = "\
watch mode needs a terminal, and this isn't one (the input or output is a pipe or a file).
Check the current exercise with `pylings run`, or all of them with `pylings verify`.";

/// Everything watch mode reacts to.
pub enum Event {
    Key(crossterm::event::KeyEvent),
    Resize,
    /// The terminal is gone.
    InputClosed,
    /// Files under `exercises/` changed.
    FilesChanged(Vec<PathBuf>),
    WatcherFailed(String),
    CheckDone {
        generation: u64,
        result: Box<Result<CheckResult, String>>,
    },
    CheckAllProgress(usize),
    CheckAllDone(Vec<Result<CheckResult, String>>),
}

/// A y/n question and what `y` does.
#[derive(Clone, Copy)]
enum Question {
    Reset { index: usize, from_list: bool },
    Skip { to: usize },
}

enum View {
    Exercise,
    List(ListView),
    Ask(Question),
    CheckingAll { done: usize },
    Summary(Vec<String>),
}

/// A check of every exercise running in the background.
struct CheckAll {
    cancel: Cancel,
    started: u64,
}

struct App {
    session: Session,
    checker: Arc<Checker>,
    tx: Sender<Event>,
    screen: terminal::Screen,
    view: View,
    /// Counts checks started; a result from an older one is stale.
    generation: u64,
    running: Option<(Cancel, u64)>,
    check_all: Option<CheckAll>,
    /// Hash of the content the latest check was started on: a save that changes nothing
    /// doesn't check again.
    checked_hash: Option<String>,
    result: Option<Result<CheckResult, String>>,
    solution: Option<PathBuf>,
    /// A note for the learner until the next key (a reset's backup, a milestone).
    message: Option<String>,
    watch_note: Option<String>,
    show_welcome: bool,
    manual: bool,
    edit_cmd: Option<String>,
    watcher: Option<watcher::FileWatcher>,
}

pub fn run(options: &Options, manual: bool, poll: bool, edit_cmd: Option<&str>) -> Result<u8> {
    if !std::io::stdin().is_terminal() || !std::io::stdout().is_terminal() {
        bail!(NO_TERMINAL);
    }
    let mut session = Session::open(options.clone())?;
    let python = ensure_pytest(&session, options.python.as_deref())?;
    let checker = session.checker_with(python, parallel::jobs())?;
    checker.prewarm(&session.exercise(session.state.current).requires);
    let mut warning = session
        .state
        .warning
        .take()
        .or_else(|| crate::update::newer_course_note(&session.course));
    let show_welcome = match session.welcome() {
        Ok(first) => first,
        Err(err) => {
            warning.get_or_insert(format!("{err:#}"));
            !session.state.welcomed
        }
    };

    let (tx, rx) = mpsc::channel();
    let force_poll = poll.then(|| "asked for with --poll".to_string());
    let exercises_dir = session.course.root.join("exercises");
    let watcher = (!manual).then(|| watcher::start(&exercises_dir, tx.clone(), force_poll));
    let watch_note = watcher.as_ref().and_then(|w| w.note.clone());
    let screen = terminal::Screen::enter()?;
    terminal::spawn_input(tx.clone());
    let mut app = App {
        session,
        checker,
        tx,
        screen,
        view: View::Exercise,
        generation: 0,
        running: None,
        check_all: None,
        checked_hash: None,
        result: None,
        solution: None,
        message: warning,
        watch_note,
        show_welcome,
        manual,
        edit_cmd: edit_cmd.map(str::to_string),
        watcher,
    };
    app.open_in_editor(app.session.state.current);
    app.start_check();
    app.draw()?;
    let outcome = app.event_loop(&rx);
    app.stop_everything(&rx);
    drop(app.screen);
    outcome?;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "Progress saved: {}/{} done. Run `pylings` to go on.",
        app.session.state.done_count(),
        app.session.len()
    )?;
    Ok(0)
}

/// If the course has test exercises and pytest is missing, offer `pylings setup` right away.
fn ensure_pytest(session: &Session, python_flag: Option<&Path>) -> Result<python::Python> {
    let python = session.find_python()?;
    if !session.needs_pytest() || python.pytest.is_some() {
        return Ok(python);
    }
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "pytest is not installed for {}, and most exercises need it.",
        python.describe()
    )?;
    write!(
        out,
        "Run `pylings setup` now to make `.venv` with everything the course needs? [Y/n] "
    )?;
    out.flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    if answer.trim().is_empty() || answer.trim().eq_ignore_ascii_case("y") {
        python::setup(python_flag, &session.course.root, false)?;
        return session.find_python();
    }
    writeln!(
        out,
        "Going on without pytest: test exercises will say how to install it."
    )?;
    Ok(python)
}

impl App {
    fn current(&self) -> &Exercise {
        self.session.exercise(self.session.state.current)
    }

    fn focus(&self) -> Focus {
        match &self.view {
            View::Exercise => Focus::Exercise,
            View::List(list) if list.typing => Focus::ListSearch,
            View::List(_) => Focus::List,
            View::Ask(_) => Focus::Question,
            View::CheckingAll { .. } => Focus::CheckingAll,
            View::Summary(_) => Focus::Summary,
        }
    }

    fn event_loop(&mut self, rx: &Receiver<Event>) -> Result<()> {
        while let Ok(event) = rx.recv() {
            let keep_going = match event {
                Event::Key(key) => {
                    let action = keys::action(self.focus(), key);
                    self.apply(action)?
                }
                Event::InputClosed => false,
                Event::Resize => true,
                Event::FilesChanged(paths) => {
                    self.on_files_changed(&paths);
                    true
                }
                Event::WatcherFailed(err) => {
                    // Native events broke (e.g. inotify's queue overflowed): poll from now on.
                    let dir = self.session.course.root.join("exercises");
                    let fallback = watcher::start(
                        &dir,
                        self.tx.clone(),
                        Some(format!("file events failed: {err}")),
                    );
                    self.watch_note = fallback.note.clone();
                    self.watcher = Some(fallback);
                    true
                }
                Event::CheckDone { generation, result } => {
                    if generation == self.generation {
                        self.on_check_done(*result)?;
                    }
                    true
                }
                Event::CheckAllProgress(done) => {
                    if let View::CheckingAll { done: shown } = &mut self.view {
                        *shown = done;
                    }
                    true
                }
                Event::CheckAllDone(results) => {
                    self.on_check_all_done(results);
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

    /// Applies one action; `false` means quit.
    fn apply(&mut self, action: Action) -> Result<bool> {
        if action == Action::Quit {
            return Ok(false);
        }
        // A note stays on screen until the next key.
        self.message = None;
        match &mut self.view {
            View::Exercise => match action {
                Action::Next => self.next(),
                Action::Hint => {
                    if let Err(err) = self.session.reveal_hint(self.session.state.current) {
                        self.message = Some(format!("{err:#}"));
                    }
                }
                Action::OpenList => self.view = View::List(ListView::new(&self.session)),
                Action::CheckAll => self.start_check_all(),
                Action::Reset => {
                    self.view = View::Ask(Question::Reset {
                        index: self.session.state.current,
                        from_list: false,
                    })
                }
                Action::CheckAgain => {
                    self.checked_hash = None;
                    self.start_check();
                }
                _ => {}
            },
            View::List(list) => {
                let page = crossterm::terminal::size()
                    .map_or(20, |(_, h)| usize::from(h).saturating_sub(8))
                    .max(1);
                match list.apply(&self.session, action, page) {
                    Outcome::Stay => {}
                    Outcome::Back => self.view = View::Exercise,
                    Outcome::Select(index) => {
                        self.view = View::Exercise;
                        self.make_current(index);
                    }
                    Outcome::Reset(index) => {
                        self.view = View::Ask(Question::Reset {
                            index,
                            from_list: true,
                        })
                    }
                    Outcome::Open(index) => self.open_in_editor(index),
                }
            }
            View::Ask(question) => {
                let question = *question;
                self.view = View::Exercise;
                match (question, action == Action::Yes) {
                    (Question::Reset { index, from_list }, yes) => {
                        if yes {
                            self.reset(index);
                        } else {
                            self.message = Some("Nothing was reset.".to_string());
                        }
                        if from_list {
                            self.view = View::List(ListView::new(&self.session));
                        }
                    }
                    (Question::Skip { to }, true) => self.make_current(to),
                    (Question::Skip { .. }, false) => {}
                }
            }
            View::CheckingAll { .. } => {
                if action == Action::Back {
                    self.stop_check_all();
                    self.view = View::Exercise;
                    self.message = Some("Stopped checking all exercises.".to_string());
                }
            }
            View::Summary(_) => self.view = View::Exercise,
        }
        Ok(true)
    }

    fn next(&mut self) {
        let current = self.session.state.current;
        match self.session.state.next_pending(current) {
            Some(next) if self.session.state.is_done(current) => self.make_current(next),
            // Unsolved: make sure the learner means it.
            Some(next) if next != current => self.view = View::Ask(Question::Skip { to: next }),
            None if self.session.state.done_count() == self.session.len() => {
                self.message = Some(self.session.course.final_message.trim().to_string());
            }
            _ => self.message = Some("This is the only exercise left.".to_string()),
        }
    }

    fn reset(&mut self, index: usize) {
        let name = self.session.exercise(index).name.clone();
        self.message = Some(match self.session.reset(index) {
            Ok(Some(backup)) => format!(
                "Reset `{name}`; your version is saved in {}",
                crate::state::rel(&self.session.course.root, &backup)
            ),
            Ok(None) => format!("Reset `{name}`"),
            Err(err) => format!("{} {err:#}", "error:".red()),
        });
        if index == self.session.state.current {
            self.checked_hash = None;
            self.start_check();
        }
    }

    fn make_current(&mut self, index: usize) {
        if index != self.session.state.current {
            if let Err(err) = self.session.set_current(index) {
                self.message = Some(format!("{err:#}"));
            }
            self.show_welcome = false;
            self.open_in_editor(index);
            self.checker.prewarm(&self.session.exercise(index).requires);
        }
        self.checked_hash = None;
        self.start_check();
    }

    fn open_in_editor(&mut self, index: usize) {
        let Some(cmd) = &self.edit_cmd else { return };
        let path = self.session.target(index);
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
        let target = self.session.target(self.session.state.current);
        let ours = paths.iter().any(|p| p == &target || p.starts_with(&target));
        if !ours {
            return;
        }
        // Unchanged content (an editor touching the file, a save without edits) isn't news.
        // A named pipe or a device is never read: the check says what it is.
        let hash = files::content_hash(&target);
        if hash.is_some() && hash == self.checked_hash {
            return;
        }
        self.start_check_on(hash);
    }

    /// Stops the running check, if any, and starts a new one on the current content.
    fn start_check(&mut self) {
        let hash = files::content_hash(&self.session.target(self.session.state.current));
        self.start_check_on(hash);
    }

    /// `start_check` for a caller that has hashed the content already.
    fn start_check_on(&mut self, hash: Option<String>) {
        if let Some((cancel, _)) = self.running.take() {
            cancel.cancel();
        }
        self.follow_the_interpreter();
        self.generation += 1;
        self.checked_hash = hash;
        self.result = None;
        self.solution = None;
        let cancel = Cancel::default();
        let started = now_ms();
        self.running = Some((cancel.clone(), started));
        let (checker, tx, generation) =
            (Arc::clone(&self.checker), self.tx.clone(), self.generation);
        let index = self.session.state.current;
        let ex = self.current().clone();
        let target = self.session.target(index);
        std::thread::spawn(move || {
            let result = checker
                .check(&ex, &target, &cancel)
                .map_err(|e| format!("{e:#}"));
            let _ = tx.send(Event::CheckDone {
                generation,
                result: Box::new(result),
            });
        });
    }

    /// The learner may make `.venv` or activate another environment while watch mode runs:
    /// checks follow the interpreter pylings would find now, with workers of that one. (Its
    /// probe is cached, so asking costs no Python start.)
    fn follow_the_interpreter(&mut self) {
        let Ok(python) = self.session.find_python() else {
            return;
        };
        if python.executable == self.checker.python().executable {
            return;
        }
        match self.session.checker_with(python, parallel::jobs()) {
            Ok(checker) => {
                self.message = Some(format!(
                    "Checking with {} from now on.",
                    checker.python().describe()
                ));
                checker.prewarm(&self.current().requires);
                self.checker = checker;
            }
            Err(err) => self.message = Some(format!("{err:#}")),
        }
    }

    fn on_check_done(&mut self, result: Result<CheckResult, String>) -> Result<()> {
        let started = self.running.take().map_or(0, |(_, s)| s);
        let index = self.session.state.current;
        self.result = Some(result);
        // The verdict first: saving it (a locked write of the progress file) can wait.
        self.draw()?;
        if let Some(Ok(check)) = &self.result {
            // The learner moves on with `n`: watch mode keeps showing this exercise.
            let recorded = self.session.record(index, check, started, false);
            self.solution = recorded.solution;
            let mut notes = Vec::new();
            for milestone in recorded.reached {
                notes.push(format!("★ Milestone reached: {milestone}"));
            }
            if let Some(err) = recorded.save_error {
                notes.push(err);
            }
            if !notes.is_empty() {
                self.message = Some(notes.join("\n"));
            }
        }
        Ok(())
    }

    fn start_check_all(&mut self) {
        self.view = View::CheckingAll { done: 0 };
        let cancel = Cancel::default();
        let started = now_ms();
        self.check_all = Some(CheckAll {
            cancel: cancel.clone(),
            started,
        });
        let targets: Vec<(Exercise, PathBuf)> = (0..self.session.len())
            .map(|i| (self.session.exercise(i).clone(), self.session.target(i)))
            .collect();
        let root = self.session.course.root.clone();
        let (checker, tx) = (Arc::clone(&self.checker), self.tx.clone());
        std::thread::spawn(move || {
            let progress_tx = tx.clone();
            let results = session::slowest_first(
                &root,
                targets,
                |(ex, _)| ex.name.clone(),
                |(ex, _)| !ex.requires.is_empty(),
                |(ex, path)| {
                    checker
                        .check(ex, path, &cancel)
                        .map_err(|e| format!("{e:#}"))
                },
                |done| {
                    let _ = progress_tx.send(Event::CheckAllProgress(done));
                },
            );
            let _ = tx.send(Event::CheckAllDone(results));
        });
    }

    fn stop_check_all(&mut self) {
        if let Some(all) = self.check_all.take() {
            all.cancel.cancel();
        }
    }

    fn on_check_all_done(&mut self, results: Vec<Result<CheckResult, String>>) {
        let Some(all) = self.check_all.take() else {
            return; // stopped: its results don't count
        };
        let current = self.session.state.current;
        let tally = self.session.record_all(results, all.started);
        let total = tally.results.len();
        let mut lines = vec![
            crate::report::tally_line(tally.passed, total),
            String::new(),
        ];
        lines.extend(crate::report::failing_lines(&self.session, &tally.results));
        if let Some(err) = tally.save_error {
            lines.push(String::new());
            lines.push(err);
        }
        if let Some(Ok(result)) = tally.results.into_iter().nth(current) {
            self.result = Some(Ok(result));
        }
        self.view = View::Summary(lines);
    }

    /// Stops every running check and waits (briefly) until their processes are gone.
    fn stop_everything(&mut self, rx: &Receiver<Event>) {
        let mut waiting_check = self.running.take().map(|(cancel, _)| {
            cancel.cancel();
            self.generation
        });
        let mut waiting_all = self
            .check_all
            .take()
            .map(|all| all.cancel.cancel())
            .is_some();
        let deadline = Instant::now() + Duration::from_secs(5);
        while waiting_check.is_some() || waiting_all {
            let Some(left) = deadline.checked_duration_since(Instant::now()) else {
                break;
            };
            match rx.recv_timeout(left) {
                Ok(Event::CheckDone { generation, .. }) if Some(generation) == waiting_check => {
                    waiting_check = None;
                }
                Ok(Event::CheckAllDone(_)) => waiting_all = false,
                Ok(_) => {}
                Err(_) => break,
            }
        }
    }
}
