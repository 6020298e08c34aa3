//! The one-shot commands: run, hint, reset, list, progress, verify, setup.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use colored::Colorize;

use crate::info::{Course, Exercise, Mode};
use crate::parallel;
use crate::process::Cancel;
use crate::python;
use crate::report::{self, progress_bar};
use crate::runner::{CheckResult, Checker};
use crate::state::{self, State};
use crate::{EXIT_FAILED, embedded};

/// The course in the current folder and the learner's progress in it.
pub struct Workspace {
    pub course: Course,
    pub state: State,
}

impl Workspace {
    pub fn open() -> Result<Workspace> {
        let root = std::env::current_dir().context("failed to read the current folder")?;
        let course = Course::load(&root)?;
        let state = State::load(&course)?;
        if let Some(warning) = &state.warning {
            eprintln!("{} {warning}", "warning:".yellow().bold());
        }
        Ok(Workspace { course, state })
    }

    pub fn exercise(&self, index: usize) -> &Exercise {
        &self.course.exercises[index]
    }

    /// The exercise named, or the current one.
    pub fn pick(&self, name: Option<&str>) -> Result<usize> {
        match name {
            Some(name) => self.course.find(name),
            None => Ok(self.state.current),
        }
    }

    pub fn rel_path(&self, index: usize) -> PathBuf {
        self.exercise(index).rel_path(&self.course.root)
    }

    pub fn checker(&self, python_flag: Option<&Path>) -> Result<Checker> {
        let python = python::find(python_flag, &self.course.root, false)?;
        Checker::new(python, &self.course.root)
    }

    pub fn check(&self, checker: &Checker, index: usize, cancel: &Cancel) -> Result<CheckResult> {
        let target = self.course.root.join(self.rel_path(index));
        checker.check(self.exercise(index), &target, cancel)
    }

    /// Records a pass: marks it done and makes its solution visible. Returns the solution's
    /// course-relative path when there is one.
    pub fn record_pass(&mut self, index: usize) -> Result<Option<PathBuf>> {
        self.state.set_done(index, true);
        let ex = self.exercise(index);
        let solution = ex.solution_rel_path(&self.course.root);
        let on_disk = self.course.root.join(&solution);
        if on_disk.exists() {
            return Ok(Some(solution));
        }
        // In a workspace made by `init`, solutions are written as they are earned.
        if embedded::write_to(&solution, &on_disk)? {
            Ok(Some(solution))
        } else {
            Ok(None)
        }
    }

    pub fn save(&self) -> Result<()> {
        self.state.save(&self.course)
    }
}

fn display(path: &Path) -> String {
    path.display().to_string()
}

/// The header and result of one check, as `run` and watch mode show it.
pub fn render_result(ws: &Workspace, index: usize, result: &CheckResult) -> String {
    let path = display(&ws.rel_path(index));
    let mark = if result.passed() {
        "✓".green().bold()
    } else {
        "✗".red().bold()
    };
    let summary = report::summary(result);
    let summary = if result.passed() {
        summary.green()
    } else {
        summary.red()
    };
    let mut out = format!("{mark} {}: {summary}\n", path.bold());
    let details = report::details(result);
    if !details.is_empty() {
        out.push('\n');
        out.push_str(&details);
        out.push('\n');
    }
    out
}

pub fn run(python_flag: Option<&Path>, name: Option<&str>, json: bool) -> Result<u8> {
    let mut ws = Workspace::open()?;
    let index = ws.pick(name)?;
    ws.state.current = index;
    let checker = ws.checker(python_flag)?;
    let result = ws.check(&checker, index, &Cancel::default())?;
    let passed = result.passed();
    let solution = if passed { ws.record_pass(index)? } else { None };
    let next = if passed {
        ws.state.next_pending(index)
    } else {
        None
    };
    if let Some(next) = next {
        ws.state.current = next;
    }
    ws.save()?;

    if json {
        let value = report::to_json(&result, &display(&ws.rel_path(index)));
        println!("{}", serde_json::to_string_pretty(&value)?);
    } else {
        print!("{}", render_result(&ws, index, &result));
        let name = &ws.exercise(index).name;
        if passed {
            if let Some(solution) = solution {
                println!("\n{} {}", "Solution:".bold(), display(&solution));
            }
            match next {
                Some(next) => println!(
                    "{} {} ({}) — `pylings run` checks it.",
                    "Next:".bold(),
                    ws.exercise(next).name,
                    display(&ws.rel_path(next))
                ),
                None => println!("\n{}", ws.course.final_message.trim_end()),
            }
        } else {
            let seen = ws.state.hints_seen(name);
            let total = ws.exercise(index).hints.len();
            println!(
                "\n{}",
                format!("Stuck? `pylings hint {name}` shows a hint ({seen} of {total} seen).")
                    .dimmed()
            );
        }
    }
    Ok(if passed { 0 } else { EXIT_FAILED })
}

pub fn hint(name: Option<&str>) -> Result<u8> {
    let mut ws = Workspace::open()?;
    let index = ws.pick(name)?;
    let ex = ws.exercise(index).clone();
    let seen = (ws.state.hints_seen(&ex.name) + 1).min(ex.hints.len());
    ws.state.set_hints_seen(&ex.name, seen);
    ws.save()?;
    println!("{}", format_hints(&ex, seen));
    if seen < ex.hints.len() {
        println!(
            "\n{}",
            format!("Run `pylings hint {}` again for the next one.", ex.name).dimmed()
        );
    }
    Ok(0)
}

/// The first `seen` hints of `ex`, numbered.
pub fn format_hints(ex: &Exercise, seen: usize) -> String {
    let total = ex.hints.len();
    ex.hints
        .iter()
        .take(seen)
        .enumerate()
        .map(|(i, hint)| {
            format!(
                "{} {}",
                format!("Hint {} of {total} ({}):", i + 1, ex.name).bold(),
                hint.trim_end()
            )
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Puts the exercise back as built into pylings, after saving the learner's version.
pub fn reset_exercise(ws: &mut Workspace, index: usize) -> Result<Option<PathBuf>> {
    let rel = ws.rel_path(index);
    let name = ws.exercise(index).name.clone();
    if embedded::file(&rel).is_none() && !embedded::is_dir(&rel) {
        anyhow::bail!(
            "no original of `{name}` is built into this pylings, so it can't be reset \
             (the course has it, but this pylings was built without it)"
        );
    }
    let root = ws.course.root.clone();
    let backup = state::backup(&root, &rel)?;
    let dest = root.join(&rel);
    if dest.is_dir() {
        std::fs::remove_dir_all(&dest)
            .with_context(|| format!("failed to remove `{}`", dest.display()))?;
    }
    embedded::write_to(&rel, &dest)?;
    ws.state.set_done(index, false);
    ws.save()?;
    Ok(backup)
}

pub fn reset(name: &str) -> Result<u8> {
    let mut ws = Workspace::open()?;
    let index = ws.course.find(name)?;
    let backup = reset_exercise(&mut ws, index)?;
    println!(
        "{} `{name}` is as new: {}",
        "Reset:".bold(),
        display(&ws.rel_path(index))
    );
    if let Some(backup) = backup {
        println!(
            "Your version is saved in {}",
            state::rel(&ws.course.root, &backup)
        );
    }
    Ok(0)
}

pub fn list() -> Result<u8> {
    let ws = Workspace::open()?;
    let width = ws
        .course
        .exercises
        .iter()
        .map(|e| e.name.len())
        .max()
        .unwrap_or(4)
        .max(4);
    println!(
        "  {:<7} {:<width$}  {:<28} {}",
        "STATE".bold(),
        "NAME".bold(),
        "CHAPTER".bold(),
        "PATH".bold()
    );
    for (i, ex) in ws.course.exercises.iter().enumerate() {
        let marker = if i == ws.state.current { "▶" } else { " " };
        let status = if ws.state.is_done(i) {
            "done".green()
        } else {
            "pending".yellow()
        };
        let mut chapter = ws.course.chapter_title(&ex.dir).to_string();
        if chapter.chars().count() > 28 {
            chapter = chapter.chars().take(27).collect::<String>() + "…";
        }
        println!(
            "{marker} {status:<7} {:<width$}  {chapter:<28} {}",
            ex.name,
            display(&ws.rel_path(i))
        );
    }
    println!(
        "\n{}/{} done · current: {}",
        ws.state.done_count(),
        ws.course.exercises.len(),
        ws.exercise(ws.state.current).name
    );
    Ok(0)
}

/// Each chapter's (title, done, total), in course order.
pub fn chapter_progress(ws: &Workspace) -> Vec<(String, usize, usize)> {
    let mut dirs: Vec<&str> = ws.course.chapters.iter().map(|c| c.dir.as_str()).collect();
    for ex in &ws.course.exercises {
        if !dirs.contains(&ex.dir.as_str()) {
            dirs.push(&ex.dir);
        }
    }
    dirs.iter()
        .filter_map(|dir| {
            let indices: Vec<usize> = (0..ws.course.exercises.len())
                .filter(|&i| ws.exercise(i).dir == *dir)
                .collect();
            (!indices.is_empty()).then(|| {
                let done = indices.iter().filter(|&&i| ws.state.is_done(i)).count();
                (
                    ws.course.chapter_title(dir).to_string(),
                    done,
                    indices.len(),
                )
            })
        })
        .collect()
}

/// The milestones, each with whether it is reached.
pub fn milestones(ws: &Workspace) -> Vec<(String, bool)> {
    ws.course
        .milestones
        .iter()
        .map(|m| {
            let reached = m.reached(|name| {
                ws.course
                    .index_of(name)
                    .is_some_and(|i| ws.state.is_done(i))
            });
            (m.name.clone(), reached)
        })
        .collect()
}

pub fn progress() -> Result<u8> {
    let ws = Workspace::open()?;
    let total = ws.course.exercises.len();
    let done = ws.state.done_count();
    println!(
        "{} {done}/{total} exercises  {}\n",
        "Progress:".bold(),
        progress_bar(done, total, 30)
    );
    for (title, done, total) in chapter_progress(&ws) {
        let line = format!(
            "  {title:<42} {done:>3}/{total:<3} {}",
            progress_bar(done, total, 20)
        );
        println!(
            "{}",
            if done == total {
                line.green()
            } else {
                line.normal()
            }
        );
    }
    let milestones = milestones(&ws);
    if !milestones.is_empty() {
        println!("\n{}", "Milestones:".bold());
        for (name, reached) in milestones {
            if reached {
                println!("  {} {name}", "★".yellow());
            } else {
                println!("  {} {}", "☆".dimmed(), name.dimmed());
            }
        }
    }
    Ok(0)
}

pub fn setup(python_flag: Option<&Path>) -> Result<u8> {
    let root = std::env::current_dir().context("failed to read the current folder")?;
    // Setting up needs a course, but not a valid one: a broken info.toml is reported later.
    if !root.join(crate::info::INFO_FILE).is_file() {
        Course::load(&root)?;
    }
    python::setup(python_flag, &root, false)?;
    println!(
        "{} every command in this course now uses `.venv`.",
        "Set up:".green().bold()
    );
    Ok(0)
}

/// Checks every exercise on all cores, showing a progress line unless `quiet`.
pub fn check_all(ws: &Workspace, checker: &Checker, quiet: bool) -> Vec<Result<CheckResult>> {
    let cancel = Cancel::default();
    parallel::map_with_progress_line(
        (0..ws.course.exercises.len()).collect(),
        "Checking exercises…",
        !quiet,
        |&i| ws.check(checker, i, &cancel),
    )
}

pub fn verify(python_flag: Option<&Path>, json: bool) -> Result<u8> {
    let mut ws = Workspace::open()?;
    let checker = ws.checker(python_flag)?;
    if ws.course.exercises.iter().any(|e| e.mode == Mode::Test) {
        checker.python().require_pytest()?;
    }
    let results = check_all(&ws, &checker, json);
    let mut passed = 0;
    let mut lines = Vec::new();
    let mut values = Vec::new();
    for (i, result) in results.into_iter().enumerate() {
        let path = display(&ws.rel_path(i));
        let result =
            result.with_context(|| format!("failed to check `{}`", ws.exercise(i).name))?;
        if result.passed() {
            passed += 1;
            ws.record_pass(i)?;
        } else {
            ws.state.set_done(i, false);
            lines.push(format!(
                "{} {} — {}",
                "✗".red(),
                path,
                report::summary(&result)
            ));
        }
        if json {
            values.push(report::to_json(&result, &path));
        }
    }
    ws.save()?;
    let total = ws.course.exercises.len();
    if json {
        let doc = serde_json::json!({ "passed": passed, "total": total, "exercises": values });
        println!("{}", serde_json::to_string_pretty(&doc)?);
    } else {
        for line in &lines {
            println!("{line}");
        }
        let text = format!("{passed} of {total} exercises pass");
        if passed == total {
            println!("{} {}", "✓".green().bold(), text.green().bold());
        } else {
            println!(
                "\n{} {text}. `pylings run NAME` shows why one fails.",
                "✗".red().bold()
            );
        }
    }
    Ok(if passed == total { 0 } else { EXIT_FAILED })
}
