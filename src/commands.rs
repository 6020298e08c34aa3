//! The one-shot commands: run, hint, reset, list, progress, verify, setup. Each is a thin
//! front-end over the [`Session`], writing to the writer it is given: an output error (a
//! closed pipe) comes back as an error, never a panic.

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result};
use colored::Colorize;

use crate::EXIT_FAILED;
use crate::info::{Course, Practice};
use crate::process::Cancel;
use crate::python;
use crate::report::{self, Detail, progress_bar};
use crate::session::{Options, Session};
use crate::state::{self, now_ms};

/// Says something on stderr that doesn't stop the command.
pub fn warn(message: &str) {
    let _ = writeln!(
        std::io::stderr(),
        "{} {message}",
        "warning:".yellow().bold()
    );
}

fn open(options: &Options) -> Result<Session> {
    let session = Session::open(options.clone())?;
    if let Some(warning) = &session.state.warning {
        warn(warning);
    }
    Ok(session)
}

pub fn run(options: &Options, name: Option<&str>, json: bool, out: &mut impl Write) -> Result<u8> {
    let mut session = open(options)?;
    let index = session.pick(name)?;
    // One check: a warm worker would cost more to start than it saves.
    let checker = session.checker(0)?;
    let started = now_ms();
    let result = checker.check(
        session.exercise(index),
        &session.target(index),
        &Cancel::default(),
    )?;
    let recorded = session.record(index, &result, started, true);
    let passed = result.passed();
    let ex = session.exercise(index).clone();
    let path = ex.path.display().to_string();

    if json {
        let value = report::to_json(&result, &path);
        writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
    } else {
        writeln!(out, "{}", report::headline(Some(&path), &result))?;
        let details = report::details(&result, Detail::Full);
        if !details.is_empty() {
            writeln!(out, "\n{details}")?;
        }
        if passed {
            if let Some(solution) = &recorded.solution {
                writeln!(out, "\n{} {}", "Solution:".bold(), solution.display())?;
            }
            for milestone in &recorded.reached {
                writeln!(
                    out,
                    "{} {milestone}",
                    "★ Milestone reached:".yellow().bold()
                )?;
            }
            match recorded.next {
                Some(next) => writeln!(
                    out,
                    "{} {} ({}) — `pylings run` checks it.",
                    "Next:".bold(),
                    session.exercise(next).name,
                    session.exercise(next).path.display()
                )?,
                None => writeln!(out, "\n{}", session.course.final_message.trim_end())?,
            }
        } else {
            let seen = session.state.hints_seen(&ex.name);
            let total = ex.hints.len();
            writeln!(
                out,
                "\n{}",
                format!(
                    "Stuck? `pylings hint {}` shows a hint ({seen} of {total} seen).",
                    ex.name
                )
                .dimmed()
            )?;
        }
    }
    if let Some(err) = &recorded.save_error {
        warn(err);
    }
    Ok(if passed { 0 } else { EXIT_FAILED })
}

pub fn hint(options: &Options, name: Option<&str>, out: &mut impl Write) -> Result<u8> {
    let mut session = open(options)?;
    let index = session.pick(name)?;
    let seen = match session.reveal_hint(index) {
        Ok(seen) => seen,
        Err(err) => {
            warn(&format!("{err:#}"));
            let ex = session.exercise(index);
            (session.state.hints_seen(&ex.name) + 1).min(ex.hints.len())
        }
    };
    let ex = session.exercise(index);
    writeln!(out, "{}", report::hints(ex, seen))?;
    if seen < ex.hints.len() {
        writeln!(
            out,
            "\n{}",
            format!("Run `pylings hint {}` again for the next one.", ex.name).dimmed()
        )?;
    }
    Ok(0)
}

pub fn reset(options: &Options, name: &str, out: &mut impl Write) -> Result<u8> {
    let mut session = open(options)?;
    let index = session.course.find(name)?;
    let backup = session.reset(index)?;
    writeln!(
        out,
        "{} `{name}` is as new: {}",
        "Reset:".bold(),
        session.exercise(index).path.display()
    )?;
    if let Some(backup) = backup {
        writeln!(
            out,
            "Your version is saved in {}",
            state::rel(&session.course.root, &backup)
        )?;
    }
    Ok(0)
}

pub fn list(options: &Options, practice: Option<Practice>, out: &mut impl Write) -> Result<u8> {
    let session = open(options)?;
    let rows: Vec<usize> = (0..session.len())
        .filter(|&i| practice.is_none() || session.exercise(i).practice == practice)
        .collect();
    let (header, lines) = report::exercise_table(&session, &rows, None);
    writeln!(out, "{header}")?;
    for line in lines {
        writeln!(out, "{line}")?;
    }
    writeln!(
        out,
        "\n{}/{} done · current: {}",
        session.state.done_count(),
        session.len(),
        session.exercise(session.state.current).name
    )?;
    Ok(0)
}

pub fn progress(options: &Options, out: &mut impl Write) -> Result<u8> {
    let session = open(options)?;
    let total = session.len();
    let done = session.state.done_count();
    writeln!(
        out,
        "{} {done}/{total} exercises  {}\n",
        "Progress:".bold(),
        progress_bar(done, total, 30)
    )?;
    for chapter in session.chapter_progress() {
        let line = format!(
            "  {:<42} {:>3}/{:<3} {}",
            chapter.title,
            chapter.done,
            chapter.total,
            progress_bar(chapter.done, chapter.total, 20)
        );
        let line = if chapter.done == chapter.total {
            line.green()
        } else {
            line.normal()
        };
        writeln!(out, "{line}")?;
    }
    let milestones = session.milestones();
    if !milestones.is_empty() {
        writeln!(out, "\n{}", "Milestones:".bold())?;
        for (name, reached) in milestones {
            if reached {
                writeln!(out, "  {} {name}", "★".yellow())?;
            } else {
                writeln!(out, "  {} {}", "☆".dimmed(), name.dimmed())?;
            }
        }
    }
    Ok(0)
}

pub fn setup(python_flag: Option<&Path>, out: &mut impl Write) -> Result<u8> {
    let root = std::env::current_dir().context("failed to read the current folder")?;
    // Setting up needs a course, but not a valid one: a broken info.toml is reported later.
    if !root.join(crate::info::INFO_FILE).is_file() {
        Course::load(&root)?;
    }
    python::setup(python_flag, &root, false)?;
    writeln!(
        out,
        "{} every command in this course now uses `.venv`.",
        "Set up:".green().bold()
    )?;
    Ok(0)
}

pub fn verify(
    options: &Options,
    json: bool,
    junit: Option<&Path>,
    out: &mut impl Write,
) -> Result<u8> {
    let mut session = open(options)?;
    let python = session.find_python()?;
    if session.needs_pytest() {
        python.require_pytest()?;
    }
    let checker = session.checker_with(python, crate::parallel::jobs())?;
    let total = session.len();
    let progress = report::ProgressLine::new("Checking exercises…", total, !json);
    let tally = session.check_all(&checker, |done| progress.update(done), &Cancel::default());
    drop(progress);
    if let Some(path) = junit {
        std::fs::write(path, crate::junit::report(&session, &tally.results))
            .with_context(|| format!("failed to write `{}`", path.display()))?;
    }
    if json {
        let exercises: Vec<_> = tally
            .results
            .iter()
            .enumerate()
            .map(|(i, result)| {
                let path = session.exercise(i).path.display().to_string();
                match result {
                    Ok(result) => report::to_json(result, &path),
                    Err(err) => serde_json::json!({
                        "name": session.exercise(i).name, "path": path, "passed": false,
                        "verdict": "error", "message": err,
                    }),
                }
            })
            .collect();
        let doc =
            serde_json::json!({ "passed": tally.passed, "total": total, "exercises": exercises });
        writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?;
    } else {
        for line in report::failing_lines(&session, &tally.results) {
            writeln!(out, "{line}")?;
        }
        if tally.passed < total {
            writeln!(out)?;
        }
        write!(out, "{}", report::tally_line(tally.passed, total))?;
        if tally.passed < total {
            write!(out, ". `pylings run NAME` shows why one fails.")?;
        }
        writeln!(out)?;
    }
    if let Some(err) = &tally.save_error {
        warn(err);
    }
    Ok(if tally.passed == total {
        0
    } else {
        EXIT_FAILED
    })
}
