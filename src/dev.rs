//! `pylings dev check`: everything a course author needs to know about a course, all problems
//! at once — its file, its files, its topics, and that every exercise fails as shipped while
//! every solution and right variant passes and every wrong variant fails.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use colored::Colorize;

use crate::info::{Course, Exercise, Mode, Practice, tests_section};
use crate::parallel;
use crate::process::Cancel;
use crate::python;
use crate::report;
use crate::runner::{CheckResult, Checker, Verdict};
use crate::state::copy_tree;

pub const TOPICS_FILE: &str = "topics.txt";
/// The line in the topics file after which the supporting topics come.
const SUPPORTING_SECTION: &str = "[supporting]";
/// Every roadmap bullet is practised by at least this many exercises.
const MIN_EXERCISES_PER_BULLET: usize = 2;
/// A solution line shorter than this is too common (`return x`) to count as the fix.
const MIN_FIX_LINE: usize = 12;
const VARIANTS_DIR: &str = "tests/variants";

enum Job {
    Shipped(usize),
    Solution(usize),
    Variant {
        index: usize,
        path: PathBuf,
        should_pass: bool,
    },
}

pub fn check(python_flag: Option<&Path>, dir: &Path, only: &[String]) -> Result<u8> {
    let root =
        std::fs::canonicalize(dir).with_context(|| format!("no folder `{}`", dir.display()))?;
    let course = match Course::load(&root) {
        Ok(course) => course,
        Err(err) => {
            println!("{} {err:#}", "✗".red().bold());
            return Ok(crate::EXIT_FAILED);
        }
    };
    for name in only {
        course.find(name)?;
    }
    let mut problems = static_problems(&course);

    let python = python::find(python_flag, &root, false)?;
    if course.exercises.iter().any(|e| e.mode == Mode::Test) {
        python.require_pytest()?;
    }
    let checker = Checker::new(python, &course.root)?;
    let jobs = jobs(&course, only);
    let total = jobs.len();
    let cancel = Cancel::default();
    let outcomes = parallel::map_with_progress_line(jobs, "Checking…", true, |job| {
        run_job(&course, &checker, job, &cancel)
    });
    for outcome in outcomes {
        match outcome {
            Ok(Some(problem)) => problems.push(problem),
            Ok(None) => {}
            Err(err) => problems.push(format!("{err:#}")),
        }
    }

    if problems.is_empty() {
        println!(
            "{} {} exercises, {total} checks: every exercise fails as shipped, every solution and \
             variant does what it should.",
            "✓".green().bold(),
            course.exercises.len()
        );
        Ok(0)
    } else {
        for problem in &problems {
            println!("{} {}", "✗".red().bold(), problem.trim_end());
        }
        println!(
            "\n{} problem{} found.",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        );
        Ok(crate::EXIT_FAILED)
    }
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
        for path in sorted_entries(&dir) {
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

fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    entries.retain(|p| {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        !name.starts_with('.') && name != "__pycache__"
    });
    entries.sort();
    entries
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
        Verdict::Crashed { .. } | Verdict::PytestFailed
    ) {
        let last = result.stderr.lines().last().unwrap_or("");
        text.push_str(&format!("\n    {last}"));
    }
    text
}

fn run_job(
    course: &Course,
    checker: &Checker,
    job: &Job,
    cancel: &Cancel,
) -> Result<Option<String>> {
    let index = match job {
        Job::Shipped(i) | Job::Solution(i) | Job::Variant { index: i, .. } => *i,
    };
    let ex = &course.exercises[index];
    let exercise_path = course.root.join(ex.rel_path(&course.root));
    if !exercise_path.exists() {
        return Ok(None); // reported by the file checks
    }
    let result = match job {
        Job::Shipped(_) => checker.check(ex, &exercise_path, cancel)?,
        Job::Solution(_) => {
            let solution = course.root.join(ex.solution_rel_path(&course.root));
            if !solution.exists() {
                return Ok(None);
            }
            let (_tmp, target) = overlay(ex, &exercise_path, &solution)?;
            checker.check(ex, &target, cancel)?
        }
        Job::Variant { path, .. } => {
            let (_tmp, target) = overlay(ex, &exercise_path, path)?;
            checker.check(ex, &target, cancel)?
        }
    };
    if let Verdict::MissingPackages(missing) = &result.verdict {
        return Ok(Some(format!(
            "`{}` can't be checked: the Python used lacks {} (run `pylings setup`)",
            ex.name,
            missing.join(", ")
        )));
    }
    let problem = match job {
        Job::Shipped(_) if result.passed() => Some(format!(
            "`{}` passes as shipped: an exercise must fail until the learner fixes it",
            ex.name
        )),
        Job::Solution(_) if !result.passed() => Some(format!(
            "the solution of `{}` fails: {}",
            ex.name,
            first_failure(&result)
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
                    first_failure(&result)
                )
            } else {
                format!("the wrong variant `{rel}` passes: the tests are too loose")
            })
        }
        _ => None,
    };
    Ok(problem)
}

/// A temporary copy of the exercise with `src` (a solution or variant, file or folder) laid
/// over it. A file without the tests marker gets the exercise's tests appended.
fn overlay(
    ex: &Exercise,
    exercise_path: &Path,
    src: &Path,
) -> Result<(tempfile::TempDir, PathBuf)> {
    let tmp = tempfile::Builder::new().prefix("pylings-dev-").tempdir()?;
    let chapter = tmp.path().join(&ex.dir);
    if exercise_path.is_dir() {
        let dest = chapter.join(&ex.name);
        copy_tree(exercise_path, &dest)?;
        copy_tree(src, &dest)?;
        return Ok((tmp, dest));
    }
    let mut text = std::fs::read_to_string(src)
        .with_context(|| format!("failed to read `{}`", src.display()))?;
    if tests_section(&text).is_none() {
        let shipped = std::fs::read_to_string(exercise_path)?;
        if let Some(tests) = tests_section(&shipped) {
            text = format!("{}\n\n\n{tests}", text.trim_end());
        }
    }
    std::fs::create_dir_all(&chapter)?;
    let dest = chapter.join(format!("{}.py", ex.name));
    std::fs::write(&dest, text)?;
    Ok((tmp, dest))
}

/// Everything that can be found without running Python.
fn static_problems(course: &Course) -> Vec<String> {
    let mut problems = Vec::new();
    let root = &course.root;
    let mut by_dir: HashMap<&str, BTreeSet<String>> = HashMap::new();
    for ex in &course.exercises {
        by_dir
            .entry(ex.dir.as_str())
            .or_default()
            .insert(ex.name.clone());
        let path = root.join(ex.rel_path(root));
        let solution = root.join(ex.solution_rel_path(root));
        if !path.exists() {
            problems.push(format!(
                "`{}`: `{}` is missing",
                ex.name,
                ex.rel_path(root).display()
            ));
        }
        if !solution.exists() {
            problems.push(format!(
                "`{}`: its solution `{}` is missing",
                ex.name,
                ex.solution_rel_path(root).display()
            ));
        }
        if path.is_file() && ex.mode == Mode::Test {
            let shipped = std::fs::read_to_string(&path).unwrap_or_default();
            let solved = std::fs::read_to_string(&solution).unwrap_or_default();
            match tests_section(&shipped) {
                None => problems.push(format!(
                    "`{}` has no line starting with `{}` before its tests",
                    ex.name,
                    crate::info::TESTS_MARKER
                )),
                Some(tests) if solution.is_file() && tests_section(&solved) != Some(tests) => {
                    problems.push(format!(
                        "`{}`: the tests in the exercise and in its solution differ",
                        ex.name
                    ));
                }
                _ => {}
            }
        }
        if path.is_dir() && ex.mode == Mode::Output && !path.join("__main__.py").is_file() {
            problems.push(format!(
                "`{}` is an output-mode folder without `__main__.py`",
                ex.name
            ));
        }
    }
    let chapter_dirs: BTreeSet<&str> = course
        .chapters
        .iter()
        .map(|c| c.dir.as_str())
        .chain(course.exercises.iter().map(|e| e.dir.as_str()))
        .collect();
    for chapter in &chapter_dirs {
        if !root
            .join("exercises")
            .join(chapter)
            .join("README.md")
            .is_file()
        {
            problems.push(format!(
                "chapter `{chapter}` has no `exercises/{chapter}/README.md`"
            ));
        }
    }
    for top in ["exercises", "solutions"] {
        for path in sorted_entries(&root.join(top)) {
            let dir = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            let Some(names) = by_dir.get(dir.as_str()) else {
                problems.push(format!("`{top}/{dir}` is not a chapter in info.toml"));
                continue;
            };
            for entry in sorted_entries(&path) {
                let file = entry
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                let stem = file
                    .strip_suffix(".py")
                    .filter(|_| entry.is_file())
                    .unwrap_or(&file);
                let listed = names.contains(stem) && (entry.is_dir() || file.ends_with(".py"));
                if !(listed || (top == "exercises" && file == "README.md")) {
                    problems.push(format!(
                        "`{top}/{dir}/{file}` is not an exercise in info.toml"
                    ));
                }
            }
        }
    }
    // A course that keeps variants keeps them for every test exercise: one right, one wrong.
    if root.join(VARIANTS_DIR).is_dir() {
        for ex in course.exercises.iter().filter(|e| e.mode == Mode::Test) {
            let names: Vec<String> =
                sorted_entries(&root.join(VARIANTS_DIR).join(&ex.dir).join(&ex.name))
                    .iter()
                    .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                    .collect();
            for kind in ["right_", "wrong_"] {
                if !names.iter().any(|n| n.starts_with(kind)) {
                    problems.push(format!(
                        "`{}` has no `{kind}` variant in `{VARIANTS_DIR}/{}/{}/`",
                        ex.name, ex.dir, ex.name
                    ));
                }
            }
        }
    }
    for chapter in sorted_entries(&root.join(VARIANTS_DIR)) {
        let dir = chapter
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        for entry in sorted_entries(&chapter) {
            let name = entry
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            if !by_dir
                .get(dir.as_str())
                .is_some_and(|names| names.contains(&name))
            {
                problems.push(format!(
                    "`{VARIANTS_DIR}/{dir}/{name}` has no exercise `{name}` in chapter `{dir}`"
                ));
            }
        }
    }
    problems.extend(topic_problems(course));
    problems.extend(hint_problems(course));
    problems
}

/// The topics file: `ID<TAB>description` a line, roadmap bullets first; the line
/// `[supporting]` starts the supporting topics (ideas later chapters need that the roadmap
/// leaves implicit). Returns (roadmap IDs, supporting IDs).
fn read_topics(text: &str) -> (Vec<&str>, Vec<&str>) {
    let (mut roadmap, mut supporting) = (Vec::new(), Vec::new());
    let mut in_supporting = false;
    for line in text.lines().map(str::trim) {
        if line == SUPPORTING_SECTION {
            in_supporting = true;
        } else if !line.is_empty() && !line.starts_with('#') {
            let id = line.split('\t').next().unwrap_or(line);
            if in_supporting {
                supporting.push(id);
            } else {
                roadmap.push(id);
            }
        }
    }
    (roadmap, supporting)
}

fn topic_problems(course: &Course) -> Vec<String> {
    let path = course.root.join(TOPICS_FILE);
    let Ok(text) = std::fs::read_to_string(&path) else {
        return vec![format!(
            "no `{TOPICS_FILE}`: the topic IDs can't be checked"
        )];
    };
    let (roadmap, supporting) = read_topics(&text);
    let mut problems = Vec::new();
    let mut taught: HashMap<&str, usize> = HashMap::new();
    // A project practises its bullets many times over: one is enough.
    let mut by_project: BTreeSet<&str> = BTreeSet::new();
    for ex in &course.exercises {
        if ex.topics.is_empty() {
            problems.push(format!("`{}` lists no `topics`", ex.name));
        }
        if ex.practice.is_none() {
            problems.push(format!(
                "`{}` has no `practice` (one of {})",
                ex.name,
                Practice::ALL.map(Practice::as_str).join(", ")
            ));
        }
        for topic in &ex.topics {
            if roadmap.contains(&topic.as_str()) || supporting.contains(&topic.as_str()) {
                *taught.entry(topic.as_str()).or_default() += 1;
                if ex.practice == Some(Practice::Project) {
                    by_project.insert(topic.as_str());
                }
            } else {
                problems.push(format!(
                    "`{}` lists the topic `{topic}`, which is not in {TOPICS_FILE}",
                    ex.name
                ));
            }
        }
    }
    let count = |t: &&str| taught.get(t).copied().unwrap_or(0);
    let thin: Vec<String> = roadmap
        .iter()
        .filter(|t| count(t) < MIN_EXERCISES_PER_BULLET && !by_project.contains(**t))
        .map(|t| format!("{t} ({})", count(t)))
        .collect();
    if !thin.is_empty() {
        problems.push(format!(
            "{} roadmap topic{} taught by fewer than {MIN_EXERCISES_PER_BULLET} exercises: {}",
            thin.len(),
            if thin.len() == 1 { " is" } else { "s are" },
            thin.join(", ")
        ));
    }
    let untaught: Vec<&str> = supporting
        .iter()
        .copied()
        .filter(|t| count(t) == 0)
        .collect();
    if !untaught.is_empty() {
        problems.push(format!(
            "{} supporting topic{} taught by no exercise: {}",
            untaught.len(),
            if untaught.len() == 1 { " is" } else { "s are" },
            untaught.join(", ")
        ));
    }
    problems
}

/// Lines of the fix: lines of the solution, long enough to mean something, that the exercise
/// doesn't have. A hint that holds one gives the answer away.
fn hint_problems(course: &Course) -> Vec<String> {
    let mut problems = Vec::new();
    for ex in &course.exercises {
        let shipped = read_all_python(&course.root.join(ex.rel_path(&course.root)));
        let solved = read_all_python(&course.root.join(ex.solution_rel_path(&course.root)));
        let have: BTreeSet<&str> = shipped.lines().map(str::trim).collect();
        let fix_lines: Vec<&str> = solved
            .lines()
            .map(str::trim)
            .filter(|l| l.chars().count() >= MIN_FIX_LINE && !have.contains(l))
            .collect();
        for (i, hint) in ex.hints.iter().enumerate() {
            if let Some(line) = fix_lines.iter().find(|l| hint.contains(**l)) {
                problems.push(format!(
                    "`{}`: hint {} holds a line of the solution, `{line}`: lead to the fix \
                     without giving it",
                    ex.name,
                    i + 1
                ));
            }
        }
    }
    problems
}

/// The Python text of a file, or of every `.py` file in a folder.
fn read_all_python(path: &Path) -> String {
    if path.is_dir() {
        let mut text = String::new();
        let mut stack = vec![path.to_path_buf()];
        while let Some(dir) = stack.pop() {
            for entry in sorted_entries(&dir) {
                if entry.is_dir() {
                    stack.push(entry);
                } else if entry.extension().is_some_and(|e| e == "py") {
                    text.push_str(&std::fs::read_to_string(&entry).unwrap_or_default());
                    text.push('\n');
                }
            }
        }
        text
    } else {
        std::fs::read_to_string(path).unwrap_or_default()
    }
}
