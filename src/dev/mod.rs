//! `pylings dev check`: everything a course author needs to know about a course, all problems
//! at once — its file, its files, its topics and hints ([`course_files`]), and that every
//! exercise fails as shipped while every solution and right variant passes and every wrong
//! variant fails. The course folder on disk is the original: its own tests are what run.

mod course_files;

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use colored::Colorize;

use crate::check::{CheckResult, Checker, Depth, Originals, Verdict, Workers};
use crate::files;
use crate::info::{Course, Exercise, Mode};
use crate::parallel;
use crate::process::Cancel;
use crate::python;
use crate::report::{self, ProgressLine};
use crate::session;

pub const VARIANTS_DIR: &str = "tests/variants";

enum Job {
    Shipped(usize),
    Solution(usize),
    Variant {
        index: usize,
        path: PathBuf,
        should_pass: bool,
    },
}

impl Job {
    fn index(&self) -> usize {
        match self {
            Job::Shipped(i) | Job::Solution(i) | Job::Variant { index: i, .. } => *i,
        }
    }

    /// The name its duration is kept under.
    fn key(&self, course: &Course) -> String {
        let name = &course.exercises[self.index()].name;
        match self {
            Job::Shipped(_) => format!("{name}/shipped"),
            Job::Solution(_) => format!("{name}/solution"),
            Job::Variant { path, .. } => format!(
                "{name}/{}",
                path.file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default()
            ),
        }
    }
}

/// How `dev check` runs its checks.
#[derive(Debug, Clone, Copy, Default)]
pub struct Modes {
    /// Fresh interpreters only.
    pub no_worker: bool,
    /// Every check both ways, warm and cold, and any difference in their verdicts reported.
    pub parity: bool,
}

pub fn check(
    python_flag: Option<&Path>,
    dir: &Path,
    only: &[String],
    modes: Modes,
    out: &mut impl Write,
) -> Result<u8> {
    let root =
        std::fs::canonicalize(dir).with_context(|| format!("no folder `{}`", dir.display()))?;
    let course = match Course::load(&root) {
        Ok(course) => course,
        Err(err) => {
            writeln!(out, "{} {err:#}", "✗".red().bold())?;
            return Ok(crate::EXIT_FAILED);
        }
    };
    for name in only {
        course.find(name)?;
    }
    let mut problems = course_files::problems(&course);

    let python = python::find(python_flag, &root, false)?;
    if course.exercises.iter().any(|e| e.mode == Mode::Test) {
        python.require_pytest()?;
    }
    let no_worker = modes.no_worker
        || std::env::var_os("PYLINGS_NO_WORKER").is_some_and(|v| !v.is_empty() && v != "0");
    let workers = if no_worker {
        Workers::Cold
    } else {
        Workers::Warm(parallel::jobs())
    };
    let originals = Originals::Disk(root.clone());
    let cold = if modes.parity {
        Some(Checker::new(
            python.clone(),
            &course,
            originals.clone(),
            Workers::Cold,
        )?)
    } else {
        None
    };
    let checker = Checker::new(python, &course, originals, workers)?;
    let jobs = jobs(&course, only);
    // What must fail is run only until it does (the verdict's details are never shown), unless
    // the warm and the cold way are compared, which compares the details too.
    let depth = |job: &Job| match job {
        Job::Shipped(_)
        | Job::Variant {
            should_pass: false, ..
        } if !modes.parity => Depth::FirstFailure,
        _ => Depth::Full,
    };
    let total = jobs.len();
    let cancel = Cancel::default();
    let progress = ProgressLine::new("Checking…", total, true);
    let outcomes = session::slowest_first(
        &root,
        jobs.iter().collect(),
        |job| job.key(&course),
        |job| !course.exercises[job.index()].requires.is_empty(),
        |job| {
            let result = run_job(&course, &checker, job, depth, &cancel);
            if let (Some(cold), Ok(warm)) = (&cold, &result) {
                let other = run_job(&course, cold, job, depth, &cancel)?;
                if let Some(difference) = differ(warm, &other) {
                    return Err(format!(
                        "`{}`: the warm and the cold check disagree: {difference}",
                        job.key(&course)
                    ));
                }
            }
            result
        },
        |done| progress.update(done),
    );
    drop(progress);
    for (job, outcome) in jobs.iter().zip(outcomes) {
        match outcome {
            Ok(result) => problems.extend(judge(&course, job, &result)),
            Err(err) => problems.push(err),
        }
    }

    if problems.is_empty() {
        writeln!(
            out,
            "{} {} exercises, {total} checks: every exercise fails as shipped, every solution and \
             variant does what it should.",
            "✓".green().bold(),
            course.exercises.len()
        )?;
        Ok(0)
    } else {
        for problem in &problems {
            writeln!(out, "{} {}", "✗".red().bold(), problem.trim_end())?;
        }
        writeln!(
            out,
            "\n{} problem{} found.",
            problems.len(),
            report::plural(problems.len())
        )?;
        Ok(crate::EXIT_FAILED)
    }
}

/// How two results of the same check differ in what the learner would be told, if they do.
fn differ(warm: &CheckResult, cold: &CheckResult) -> Option<String> {
    if warm.verdict.key() != cold.verdict.key() {
        return Some(format!(
            "{} against {}",
            warm.verdict.key(),
            cold.verdict.key()
        ));
    }
    let outcomes = |r: &CheckResult| -> Vec<(String, String)> {
        r.tests
            .iter()
            .map(|t| (t.name.clone(), t.outcome.clone()))
            .collect()
    };
    let (warm, cold) = (outcomes(warm), outcomes(cold));
    if warm == cold {
        return None;
    }
    let cold_of = |name: &str| {
        cold.iter()
            .find(|(n, _)| n == name)
            .map_or("absent", |(_, o)| o.as_str())
    };
    let mut differences: Vec<String> = warm
        .iter()
        .filter(|(name, outcome)| cold_of(name) != outcome)
        .map(|(name, outcome)| format!("`{name}` {outcome} warm, {} cold", cold_of(name)))
        .collect();
    differences.extend(
        cold.iter()
            .filter(|(name, _)| !warm.iter().any(|(n, _)| n == name))
            .map(|(name, outcome)| format!("`{name}` absent warm, {outcome} cold")),
    );
    Some(format!(
        "their tests' outcomes differ: {}",
        differences.join("; ")
    ))
}

fn jobs(course: &Course, only: &[String]) -> Vec<Job> {
    let mut jobs = Vec::new();
    for (index, ex) in course.exercises.iter().enumerate() {
        if !only.is_empty() && !only.contains(&ex.name) {
            continue;
        }
        jobs.push(Job::Shipped(index));
        jobs.push(Job::Solution(index));
        let dir = course.root.join(VARIANTS_DIR).join(&ex.dir).join(&ex.name);
        for path in course_files::sorted_entries(&dir) {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let should_pass = name.starts_with("right_");
            if should_pass || name.starts_with("wrong_") {
                jobs.push(Job::Variant {
                    index,
                    path,
                    should_pass,
                });
            }
        }
    }
    jobs
}

fn first_failure(result: &CheckResult) -> String {
    let mut text = report::summary(result);
    if let Some(test) = result.tests.iter().find(|t| t.failed()) {
        text.push_str(&format!(
            "\n    {}: {}",
            test.name,
            test.message.lines().next().unwrap_or("")
        ));
    }
    if let Some(error) = result.errors.first() {
        let last = error.lines().last().unwrap_or("");
        text.push_str(&format!("\n    {last}"));
    }
    if matches!(
        result.verdict,
        Verdict::Crashed { .. } | Verdict::PytestFailed | Verdict::EndedEarly(_)
    ) {
        let last = result.stderr.lines().last().unwrap_or("");
        text.push_str(&format!("\n    {last}"));
    }
    text
}

/// Checks what a job names: the exercise as shipped, or a copy of it with the solution or a
/// variant laid over it.
fn run_job(
    course: &Course,
    checker: &Checker,
    job: &Job,
    depth: impl Fn(&Job) -> Depth,
    cancel: &Cancel,
) -> Result<CheckResult, String> {
    let ex = &course.exercises[job.index()];
    let exercise_path = course.root.join(&ex.path);
    let depth = depth(job);
    let result = match job {
        Job::Shipped(_) => checker.check_to(ex, &exercise_path, cancel, depth),
        Job::Solution(_) => {
            let solution = course.root.join(&ex.solution);
            overlay(ex, &exercise_path, &solution)
                .and_then(|(_tmp, target)| checker.check_to(ex, &target, cancel, depth))
        }
        Job::Variant { path, .. } => overlay(ex, &exercise_path, path)
            .and_then(|(_tmp, target)| checker.check_to(ex, &target, cancel, depth)),
    };
    result.map_err(|e| format!("`{}`: {e:#}", ex.name))
}

/// What a job's result says about the course, if anything is wrong.
fn judge(course: &Course, job: &Job, result: &CheckResult) -> Option<String> {
    let ex = &course.exercises[job.index()];
    if let Verdict::MissingPackages(missing) = &result.verdict {
        return Some(format!(
            "`{}` can't be checked: the Python used lacks {} (run `pylings setup`)",
            ex.name,
            missing.join(", ")
        ));
    }
    // A missing file is reported once, by the file checks.
    if matches!(result.verdict, Verdict::Refused(_)) && !course.root.join(&ex.path).exists() {
        return None;
    }
    match job {
        Job::Shipped(_) if result.passed() => Some(format!(
            "`{}` passes as shipped: an exercise must fail until the learner fixes it",
            ex.name
        )),
        Job::Solution(_) if !course.root.join(&ex.solution).exists() => None,
        Job::Solution(_) if !result.passed() => Some(format!(
            "the solution of `{}` fails: {}",
            ex.name,
            first_failure(result)
        )),
        Job::Variant {
            path, should_pass, ..
        } if result.passed() != *should_pass => {
            let rel = path
                .strip_prefix(&course.root)
                .unwrap_or(path)
                .display()
                .to_string();
            Some(if *should_pass {
                format!(
                    "the right variant `{rel}` fails (are the tests too strict?): {}",
                    first_failure(result)
                )
            } else {
                format!("the wrong variant `{rel}` passes: the tests are too loose")
            })
        }
        _ => None,
    }
}

/// What to check for a solution or variant `src`: a file as it is (the check puts the
/// exercise's tests under its code), or a temporary copy of the exercise folder with `src`
/// laid over it.
fn overlay(
    ex: &Exercise,
    exercise_path: &Path,
    src: &Path,
) -> Result<(Option<tempfile::TempDir>, PathBuf)> {
    if !ex.folder {
        return Ok((None, src.to_path_buf()));
    }
    let tmp = crate::process::scratch::tempdir("dev-")?;
    let dest = tmp.path().join(&ex.dir).join(&ex.name);
    files::copy_tree(exercise_path, &dest)?;
    files::copy_tree(src, &dest)?;
    Ok((Some(tmp), dest))
}
