//! The learner's session, the core every front-end shares: the course, the progress, the
//! checker, and the operations on them — check, record a result (and what it unlocks), check
//! all, reveal a hint, reset, chapter progress, milestones. The one-shot commands, watch mode
//! and its list call it; it calls none of them and prints nothing.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, Result};

use crate::check::{CheckResult, Checker, Originals, Workers};
use crate::embedded;
use crate::files;
use crate::info::{Course, Exercise, Mode};
use crate::parallel;
use crate::process::Cancel;
use crate::python;
use crate::state::{self, Change, State};

/// How a session finds its Python and its original tests.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `--python` / `PYLINGS_PYTHON`.
    pub python: Option<PathBuf>,
    /// `--originals DIR`: grade against the course in DIR.
    pub originals: Option<PathBuf>,
    /// Force fresh interpreters for test checks (`--no-worker`).
    pub no_worker: bool,
}

/// What recording a check's result did.
#[derive(Debug, Default)]
pub struct Recorded {
    /// The solution's path, now that it is earned.
    pub solution: Option<PathBuf>,
    /// The exercise that became current.
    pub next: Option<usize>,
    /// Milestones this result reached.
    pub reached: Vec<String>,
    /// Progress that could not be saved (the verdict still stands).
    pub save_error: Option<String>,
}

/// The outcome of checking every exercise.
pub struct Tally {
    pub results: Vec<Result<CheckResult, String>>,
    pub passed: usize,
    pub save_error: Option<String>,
}

pub struct ChapterProgress {
    pub title: String,
    pub done: usize,
    pub total: usize,
}

pub struct Session {
    pub course: Course,
    pub state: State,
    options: Options,
    checker: Option<Arc<Checker>>,
}

impl Session {
    /// The course in the current folder and the learner's progress in it.
    pub fn open(options: Options) -> Result<Session> {
        let root = std::env::current_dir().context("failed to read the current folder")?;
        Session::open_at(&root, options)
    }

    pub fn open_at(root: &Path, options: Options) -> Result<Session> {
        let course = Course::load(root)?;
        let state = State::load(&course)?;
        Ok(Session {
            course,
            state,
            options,
            checker: None,
        })
    }

    pub fn exercise(&self, index: usize) -> &Exercise {
        &self.course.exercises[index]
    }

    pub fn len(&self) -> usize {
        self.course.exercises.len()
    }

    /// The exercise named, or the current one.
    pub fn pick(&self, name: Option<&str>) -> Result<usize> {
        match name {
            Some(name) => self.course.find(name),
            None => Ok(self.state.current),
        }
    }

    /// The learner's file or folder of an exercise.
    pub fn target(&self, index: usize) -> PathBuf {
        self.course.root.join(&self.exercise(index).path)
    }

    pub fn find_python(&self) -> Result<python::Python> {
        python::find(self.options.python.as_deref(), &self.course.root, false)
    }

    fn originals(&self) -> Originals {
        match &self.options.originals {
            Some(dir) => Originals::Disk(dir.clone()),
            None => Originals::for_workspace(&self.course),
        }
    }

    /// The checker, made on first use with `workers` warm workers at most (0: cold only).
    pub fn checker(&mut self, workers: usize) -> Result<Arc<Checker>> {
        if let Some(checker) = &self.checker {
            return Ok(Arc::clone(checker));
        }
        let python = self.find_python()?;
        self.checker_with(python, workers)
    }

    /// The checker, with an interpreter found already.
    pub fn checker_with(&mut self, python: python::Python, workers: usize) -> Result<Arc<Checker>> {
        let workers = if workers == 0 || self.options.no_worker || worker_disabled_by_env() {
            Workers::Cold
        } else {
            Workers::Warm(workers)
        };
        let checker = Arc::new(Checker::new(
            python,
            &self.course,
            self.originals(),
            workers,
        )?);
        self.checker = Some(Arc::clone(&checker));
        Ok(checker)
    }

    pub fn needs_pytest(&self) -> bool {
        self.course.exercises.iter().any(|e| e.mode == Mode::Test)
    }

    /// Records a check's verdict (one that started at `started`): done or not, the solution
    /// earned, the milestones reached, and — with `advance` — this exercise made current, or
    /// after a pass the next pending one (`Recorded::next` names it either way). One write of
    /// the progress file.
    pub fn record(
        &mut self,
        index: usize,
        result: &CheckResult,
        started: u64,
        advance: bool,
    ) -> Recorded {
        let mut recorded = Recorded::default();
        if result.verdict == crate::check::Verdict::Cancelled {
            return recorded; // a stopped check says nothing about the exercise
        }
        let before = self.reached_milestones();
        let passed = result.passed();
        let name = self.exercise(index).name.clone();
        let mut changes = vec![Change::Checked {
            name: name.clone(),
            passed,
            started,
        }];
        if passed {
            recorded.solution = self.earn_solution(index);
            // The next pending one once this one is done: never this one itself.
            recorded.next = self.state.next_pending(index).filter(|&next| next != index);
        }
        if advance {
            let current = recorded.next.unwrap_or(index);
            changes.push(Change::Current(self.exercise(current).name.clone()));
        }
        if let Err(err) = self.state.apply(&self.course.root, &changes) {
            recorded.save_error = Some(format!("{err:#}"));
        }
        recorded.reached = self
            .reached_milestones()
            .into_iter()
            .filter(|m| !before.contains(m))
            .collect();
        recorded
    }

    /// The solution's path, written out of the built-in course when the workspace doesn't
    /// have it yet (a workspace made by `init` earns solutions one by one).
    fn earn_solution(&self, index: usize) -> Option<PathBuf> {
        let solution = self.exercise(index).solution.clone();
        let on_disk = self.course.root.join(&solution);
        if on_disk.exists() {
            return Some(solution);
        }
        match embedded::write_to(&solution, &on_disk) {
            Ok(true) => Some(solution),
            _ => None,
        }
    }

    /// Makes an exercise the current one.
    pub fn set_current(&mut self, index: usize) -> Result<()> {
        let name = self.exercise(index).name.clone();
        self.state
            .apply(&self.course.root, &[Change::Current(name)])
    }

    /// Shows one more hint; returns how many are shown now.
    pub fn reveal_hint(&mut self, index: usize) -> Result<usize> {
        let ex = self.exercise(index);
        let (name, total) = (ex.name.clone(), ex.hints.len());
        let saved = self.state.apply(
            &self.course.root,
            &[Change::RevealHint {
                name: name.clone(),
                total,
            }],
        );
        saved.map(|()| self.state.hints_seen(&name))
    }

    /// The first time in this workspace? Marks the welcome as shown.
    pub fn welcome(&mut self) -> Result<bool> {
        if self.state.welcomed {
            return Ok(false);
        }
        self.state.apply(&self.course.root, &[Change::Welcomed])?;
        Ok(true)
    }

    /// Puts the exercise back as built into pylings, after saving the learner's version;
    /// returns where the backup went. A symlink at the exercise's path is replaced by the
    /// exercise, never written through.
    pub fn reset(&mut self, index: usize) -> Result<Option<PathBuf>> {
        let ex = self.exercise(index).clone();
        if embedded::file(&ex.path).is_none() && !embedded::is_dir(&ex.path) {
            anyhow::bail!(
                "no original of `{}` is built into this pylings, so it can't be reset \
                 (the course has it, but this pylings was built without it)",
                ex.name
            );
        }
        let root = self.course.root.clone();
        let backup = state::backup(&root, &ex.path)?;
        let dest = root.join(&ex.path);
        files::remove(&dest)?;
        embedded::write_to(&ex.path, &dest)?;
        self.state.apply(&root, &[Change::Reset(ex.name.clone())])?;
        Ok(backup)
    }

    /// Checks every exercise on `checker`'s workers, the slowest first (as measured last
    /// time), reporting each finished one to `progress`, and records the verdicts.
    pub fn check_all(
        &mut self,
        checker: &Checker,
        progress: impl Fn(usize) + Sync,
        cancel: &Cancel,
    ) -> Tally {
        let started = state::now_ms();
        let targets: Vec<(Exercise, PathBuf)> = (0..self.len())
            .map(|i| (self.exercise(i).clone(), self.target(i)))
            .collect();
        let results = slowest_first(
            &self.course.root,
            targets,
            |(ex, _)| ex.name.clone(),
            |(ex, _)| !ex.requires.is_empty(),
            |(ex, path)| {
                checker
                    .check(ex, path, cancel)
                    .map_err(|e| format!("{e:#}"))
            },
            progress,
        );
        self.record_all(results, started)
    }

    /// Records the verdicts of a check of every exercise (`results` in course order).
    pub fn record_all(&mut self, results: Vec<Result<CheckResult, String>>, started: u64) -> Tally {
        let mut changes = Vec::new();
        let mut passed = 0;
        for (i, result) in results.iter().enumerate() {
            let ok = matches!(result, Ok(r) if r.passed());
            if ok {
                passed += 1;
                self.earn_solution(i);
            }
            let cancelled =
                matches!(result, Ok(r) if r.verdict == crate::check::Verdict::Cancelled);
            if !cancelled {
                changes.push(Change::Checked {
                    name: self.exercise(i).name.clone(),
                    passed: ok,
                    started,
                });
            }
        }
        let save_error = self
            .state
            .apply(&self.course.root, &changes)
            .err()
            .map(|e| format!("{e:#}"));
        Tally {
            results,
            passed,
            save_error,
        }
    }

    /// Each chapter's progress, in course order.
    pub fn chapter_progress(&self) -> Vec<ChapterProgress> {
        let mut dirs: Vec<&str> = self
            .course
            .chapters
            .iter()
            .map(|c| c.dir.as_str())
            .collect();
        for ex in &self.course.exercises {
            if !dirs.contains(&ex.dir.as_str()) {
                dirs.push(&ex.dir);
            }
        }
        dirs.iter()
            .filter_map(|dir| {
                let indices: Vec<usize> = (0..self.len())
                    .filter(|&i| self.exercise(i).dir == *dir)
                    .collect();
                (!indices.is_empty()).then(|| ChapterProgress {
                    title: self.course.chapter_title(dir).to_string(),
                    done: indices.iter().filter(|&&i| self.state.is_done(i)).count(),
                    total: indices.len(),
                })
            })
            .collect()
    }

    /// The milestones, each with whether it is reached.
    pub fn milestones(&self) -> Vec<(String, bool)> {
        self.course
            .milestones
            .iter()
            .map(|m| {
                let reached = m.reached(|name| {
                    self.course
                        .index_of(name)
                        .is_some_and(|i| self.state.is_done(i))
                });
                (m.name.clone(), reached)
            })
            .collect()
    }

    fn reached_milestones(&self) -> Vec<String> {
        self.milestones()
            .into_iter()
            .filter(|(_, r)| *r)
            .map(|(n, _)| n)
            .collect()
    }
}

fn worker_disabled_by_env() -> bool {
    std::env::var_os("PYLINGS_NO_WORKER").is_some_and(|v| !v.is_empty() && v != "0")
}

/// Runs `f` over `items` on all cores, the slowest first as measured last time (kept in
/// `root`'s `.pylings/durations.json` under each item's `key`); results come back in the order
/// of `items`. The items that `needs_packages` (third-party packages the warm workers import
/// for them) come after the others: a worker that holds them makes every later check's fork
/// dearer. Shared by `verify`, watch mode's check-all and `dev check`.
pub fn slowest_first<T: Sync>(
    root: &Path,
    items: Vec<T>,
    key: impl Fn(&T) -> String,
    needs_packages: impl Fn(&T) -> bool,
    f: impl Fn(&T) -> Result<CheckResult, String> + Sync,
    progress: impl Fn(usize) + Sync,
) -> Vec<Result<CheckResult, String>> {
    let keys: Vec<String> = items.iter().map(key).collect();
    let heavy: Vec<bool> = items.iter().map(needs_packages).collect();
    let mut durations = Durations::load(root);
    let mut order = durations.slowest_first(&keys);
    // Stable: each group stays slowest first.
    order.sort_by_key(|&i| heavy[i]);
    let results = parallel::map_in_order(items, &order, f, progress);
    for (key, result) in keys.iter().zip(&results) {
        if let Ok(result) = result {
            durations.set(key, result.duration.as_millis() as u64);
        }
    }
    durations.save(root);
    results
}

/// How long each check took last time, so the next run can start the slowest first.
struct Durations(BTreeMap<String, u64>);

const DURATIONS_FILE: &str = "durations.json";

impl Durations {
    fn load(root: &Path) -> Durations {
        let path = State::dir(root).join(DURATIONS_FILE);
        Durations(
            std::fs::read(path)
                .ok()
                .and_then(|b| serde_json::from_slice(&b).ok())
                .unwrap_or_default(),
        )
    }

    /// Indices of `keys`, slowest first; unknown ones count as slow (they might be).
    fn slowest_first(&self, keys: &[String]) -> Vec<usize> {
        let mut order: Vec<usize> = (0..keys.len()).collect();
        order
            .sort_by_key(|&i| std::cmp::Reverse(self.0.get(&keys[i]).copied().unwrap_or(u64::MAX)));
        order
    }

    fn set(&mut self, key: &str, ms: u64) {
        self.0.insert(key.to_string(), ms);
    }

    /// Best effort: a missing record only costs the order next time.
    fn save(&self, root: &Path) {
        if let Ok(text) = serde_json::to_vec(&self.0) {
            let _ = files::write_atomic(&State::dir(root).join(DURATIONS_FILE), &text);
        }
    }
}
