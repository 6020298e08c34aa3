//! `pylings doctor`: checks what pylings needs, one line each with ✓ or ✗ and the fix — the
//! Python and where it came from, pytest and the course's packages, the venv, file watching,
//! the terminal, and the workspace. Exits 0 when everything needed works, 1 otherwise.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::Result;
use colored::Colorize;

use crate::info::Course;
use crate::process;
use crate::python::{self, VENV_DIR, venv_python};
use crate::state::State;
use crate::update;
use crate::watch;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Ok,
    /// Works, but worth knowing.
    Note,
    /// Needed and broken.
    Fail,
}

struct Doctor<'a, W: Write> {
    out: &'a mut W,
    failed: bool,
}

impl<W: Write> Doctor<'_, W> {
    fn line(&mut self, mark: Mark, what: &str, detail: &str) -> Result<()> {
        let sign = match mark {
            Mark::Ok => "✓".green().bold(),
            Mark::Note => "•".yellow().bold(),
            Mark::Fail => {
                self.failed = true;
                "✗".red().bold()
            }
        };
        writeln!(self.out, "{sign} {what}")?;
        for line in detail.lines().filter(|l| !l.trim().is_empty()) {
            writeln!(self.out, "    {}", line.dimmed())?;
        }
        Ok(())
    }
}

pub fn doctor(python_flag: Option<&Path>, out: &mut impl Write) -> Result<u8> {
    let mut doc = Doctor { out, failed: false };
    let root = std::env::current_dir()?;
    let course = match Course::load(&root) {
        Ok(course) => {
            doc.line(
                Mark::Ok,
                &format!(
                    "course: {} exercises in {}",
                    course.exercises.len(),
                    root.display()
                ),
                "",
            )?;
            Some(course)
        }
        Err(err) => {
            doc.line(Mark::Fail, "course", &format!("{err:#}"))?;
            None
        }
    };

    // The interpreter, its version and pytest.
    let python = match python::find(python_flag, &root, false) {
        Ok(python) => {
            doc.line(Mark::Ok, &format!("Python: {}", python.describe()), "")?;
            match &python.pytest {
                Some(version) => doc.line(Mark::Ok, &format!("pytest {version}"), "")?,
                None => {
                    let err = python.require_pytest().err().map(|e| format!("{e:#}"));
                    doc.line(
                        Mark::Fail,
                        "pytest is not installed",
                        &err.unwrap_or_default(),
                    )?
                }
            }
            Some(python)
        }
        Err(err) => {
            doc.line(Mark::Fail, "Python", &format!("{err:#}"))?;
            None
        }
    };

    // The course's .venv.
    let venv = venv_python(&root.join(VENV_DIR));
    match (&python, venv.exists()) {
        (Some(p), true) if p.source == python::Source::CourseVenv => {
            doc.line(Mark::Ok, &format!("the course's {VENV_DIR} is in use"), "")?
        }
        (Some(p), true) => doc.line(
            Mark::Note,
            &format!(
                "the course has {VENV_DIR}, but pylings uses {}",
                p.describe()
            ),
            "Unset PYLINGS_PYTHON / --python or deactivate the virtual environment to use it.",
        )?,
        (_, false) => doc.line(
            Mark::Note,
            &format!("no {VENV_DIR} in the course"),
            "`pylings setup` makes one with everything the course needs.",
        )?,
        _ => {}
    }

    // The packages exercises need.
    if let (Some(course), Some(python)) = (&course, &python) {
        let mut needed: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
        for ex in &course.exercises {
            for package in &ex.requires {
                needed.entry(package).or_default().push(&ex.name);
            }
        }
        if !needed.is_empty() {
            let mut cmd = python.command();
            cmd.args(["-c", "import importlib.util, sys\nprint(' '.join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))"])
                .args(needed.keys())
                .env("PYTHONDONTWRITEBYTECODE", "1");
            match process::run_helper(cmd, std::time::Duration::from_secs(30)) {
                Ok(done) => {
                    let stdout = String::from_utf8_lossy(&done.stdout).to_string();
                    let missing: Vec<&str> = stdout.split_whitespace().collect();
                    if missing.is_empty() {
                        doc.line(
                            Mark::Ok,
                            &format!("the course's {} packages import", needed.len()),
                            "",
                        )?;
                    } else {
                        let detail: Vec<String> = missing
                            .iter()
                            .map(|m| {
                                let users = needed.get(m).cloned().unwrap_or_default();
                                let shown: Vec<&str> = users.iter().take(4).copied().collect();
                                let more = users.len().saturating_sub(4);
                                format!(
                                    "`{m}`, needed by {}{}",
                                    shown.join(", "),
                                    if more > 0 {
                                        format!(" and {more} more")
                                    } else {
                                        String::new()
                                    }
                                )
                            })
                            .collect();
                        doc.line(
                            Mark::Fail,
                            &format!("{} of the course's packages are missing", missing.len()),
                            &format!("{}\nInstall them with `pylings setup`.", detail.join("\n")),
                        )?;
                    }
                }
                Err(err) => doc.line(
                    Mark::Fail,
                    "could not ask Python for its packages",
                    &format!("{err:#}"),
                )?,
            }
        }
    }

    // File watching.
    if course.is_some() {
        let dir = root.join("exercises");
        if let Some(limits) = inotify_limits(&dir) {
            doc.line(limits.0, &limits.1, &limits.2)?;
        }
        match watch::try_file_events(&dir) {
            Ok(()) => doc.line(
                Mark::Ok,
                "file events arrive in exercises/: saves are seen at once",
                "",
            )?,
            Err(why) => doc.line(
                Mark::Note,
                "file events don't arrive here: watch mode will poll the files",
                &why,
            )?,
        }
    }

    // The terminal.
    let tty = std::io::stdout().is_terminal() && std::io::stdin().is_terminal();
    if tty {
        let size = crossterm::terminal::size()
            .map(|(w, h)| format!("{w}×{h}"))
            .unwrap_or_else(|_| "unknown size".into());
        let colour = if colored::control::SHOULD_COLORIZE.should_colorize() {
            "colour on"
        } else {
            "colour off (NO_COLOR or --color never)"
        };
        doc.line(Mark::Ok, &format!("terminal: {size}, {colour}"), "")?;
    } else {
        doc.line(
            Mark::Note,
            "not a terminal: watch mode needs one",
            "`pylings run` and `pylings verify` work anywhere.",
        )?;
    }

    // The workspace.
    if let Some(course) = &course {
        match State::load(course) {
            Ok(state) => match &state.warning {
                Some(warning) => doc.line(Mark::Note, "progress file", warning)?,
                None => doc.line(
                    Mark::Ok,
                    &format!(
                        "progress: {}/{} done",
                        state.done_count(),
                        course.exercises.len()
                    ),
                    "",
                )?,
            },
            Err(err) => doc.line(Mark::Fail, "progress file", &format!("{err:#}"))?,
        }
        if let Some(note) = update::newer_course_note(course) {
            doc.line(Mark::Note, note.as_str(), "")?;
        }
        let strays = new_files(&root.join("exercises"));
        if !strays.is_empty() {
            doc.line(
                Mark::Note,
                &format!(
                    "{} new version(s) from `pylings update` wait beside your files",
                    strays.len()
                ),
                &strays.join("\n"),
            )?;
        }
    }
    Ok(if doc.failed { crate::EXIT_FAILED } else { 0 })
}

/// `x.py.new` and `x.new/`: new versions `update` wrote beside edited exercises.
fn new_files(dir: &Path) -> Vec<String> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            let is_new = path.extension().is_some_and(|e| e == "new");
            if is_new {
                found.push(
                    path.strip_prefix(dir.parent().unwrap_or(&dir))
                        .unwrap_or(&path)
                        .display()
                        .to_string(),
                );
            } else if path.is_dir() {
                stack.push(path);
            }
        }
    }
    found.sort();
    found
}

/// Linux: can inotify watch every folder of the course?
fn inotify_limits(dir: &Path) -> Option<(Mark, String, String)> {
    if !cfg!(target_os = "linux") {
        return None;
    }
    let read = |name: &str| -> Option<usize> {
        std::fs::read_to_string(format!("/proc/sys/fs/inotify/{name}"))
            .ok()?
            .trim()
            .parse()
            .ok()
    };
    let watches = read("max_user_watches")?;
    let instances = read("max_user_instances")?;
    let mut folders = 0;
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        folders += 1;
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(entry.path());
            }
        }
    }
    Some(if folders > watches {
        (
            Mark::Fail,
            format!("inotify allows {watches} watches, the course has {folders} folders"),
            "Raise it: `sudo sysctl fs.inotify.max_user_watches=524288`.".to_string(),
        )
    } else {
        (
            Mark::Ok,
            format!(
                "inotify: {folders} folders to watch, up to {watches} watches and {instances} instances allowed"
            ),
            String::new(),
        )
    })
}
