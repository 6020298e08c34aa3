//! The course checks that need no Python: the course file, the files it names and no others,
//! chapter READMEs, variants, topics, practice kinds, and hints that give the fix away.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use crate::info::{Course, Mode, Practice, TESTS_MARKER, tests_section};

use super::VARIANTS_DIR;

pub const TOPICS_FILE: &str = "topics.txt";
/// The line in the topics file after which the supporting topics come.
const SUPPORTING_SECTION: &str = "[supporting]";
/// Every roadmap bullet is practised by at least this many exercises.
const MIN_EXERCISES_PER_BULLET: usize = 2;
/// A solution line shorter than this is too common (`return x`) to count as the fix.
const MIN_FIX_LINE: usize = 12;

/// Everything that can be found without running Python.
pub fn problems(course: &Course) -> Vec<String> {
    let mut problems = exercise_file_problems(course);
    problems.extend(chapter_readme_problems(course));
    problems.extend(stray_file_problems(course));
    problems.extend(variant_problems(course));
    problems.extend(topic_problems(course));
    problems.extend(hint_problems(course));
    problems
}

/// Entries of a folder that aren't hidden or caches, sorted.
pub fn sorted_entries(dir: &Path) -> Vec<PathBuf> {
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

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Every exercise and solution is there; a test file's tests are the same in both.
fn exercise_file_problems(course: &Course) -> Vec<String> {
    let mut problems = Vec::new();
    let root = &course.root;
    for ex in &course.exercises {
        let path = root.join(&ex.path);
        let solution = root.join(&ex.solution);
        if !path.exists() {
            problems.push(format!("`{}`: `{}` is missing", ex.name, ex.path.display()));
        }
        if !solution.exists() {
            problems.push(format!(
                "`{}`: its solution `{}` is missing",
                ex.name,
                ex.solution.display()
            ));
        }
        if path.is_file() && ex.mode == Mode::Test {
            let shipped = std::fs::read_to_string(&path).unwrap_or_default();
            let solved = std::fs::read_to_string(&solution).unwrap_or_default();
            match tests_section(&shipped) {
                None => problems.push(format!(
                    "`{}` has no line starting with `{TESTS_MARKER}` before its tests",
                    ex.name
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
        for learner_test in &ex.learner_tests {
            if !ex.folder {
                problems.push(format!(
                    "`{}` lists `learner_tests` but is not a folder exercise",
                    ex.name
                ));
            } else if !path.join(learner_test).is_file() {
                problems.push(format!(
                    "`{}`: `{learner_test}` in `learner_tests` is not in the exercise's folder",
                    ex.name
                ));
            }
        }
    }
    problems
}

fn chapter_dirs(course: &Course) -> BTreeSet<&str> {
    course
        .chapters
        .iter()
        .map(|c| c.dir.as_str())
        .chain(course.exercises.iter().map(|e| e.dir.as_str()))
        .collect()
}

fn chapter_readme_problems(course: &Course) -> Vec<String> {
    chapter_dirs(course)
        .into_iter()
        .filter(|chapter| {
            !course
                .root
                .join("exercises")
                .join(chapter)
                .join("README.md")
                .is_file()
        })
        .map(|chapter| format!("chapter `{chapter}` has no `exercises/{chapter}/README.md`"))
        .collect()
}

fn names_by_chapter(course: &Course) -> HashMap<&str, BTreeSet<String>> {
    let mut by_dir: HashMap<&str, BTreeSet<String>> = HashMap::new();
    for ex in &course.exercises {
        by_dir
            .entry(ex.dir.as_str())
            .or_default()
            .insert(ex.name.clone());
    }
    by_dir
}

/// `exercises/` and `solutions/` hold only the course's exercises (and chapter READMEs).
fn stray_file_problems(course: &Course) -> Vec<String> {
    let mut problems = Vec::new();
    let by_dir = names_by_chapter(course);
    for top in ["exercises", "solutions"] {
        for path in sorted_entries(&course.root.join(top)) {
            let dir = file_name(&path);
            let Some(names) = by_dir.get(dir.as_str()) else {
                problems.push(format!("`{top}/{dir}` is not a chapter in info.toml"));
                continue;
            };
            for entry in sorted_entries(&path) {
                let file = file_name(&entry);
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
    problems
}

/// A course that keeps variants keeps them for every test exercise, one right and one wrong,
/// and keeps none for exercises it doesn't have.
fn variant_problems(course: &Course) -> Vec<String> {
    let root = &course.root;
    let mut problems = Vec::new();
    if root.join(VARIANTS_DIR).is_dir() {
        for ex in course.exercises.iter().filter(|e| e.mode == Mode::Test) {
            let names: Vec<String> =
                sorted_entries(&root.join(VARIANTS_DIR).join(&ex.dir).join(&ex.name))
                    .iter()
                    .map(|p| file_name(p))
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
    let by_dir = names_by_chapter(course);
    for chapter in sorted_entries(&root.join(VARIANTS_DIR)) {
        let dir = file_name(&chapter);
        for entry in sorted_entries(&chapter) {
            let name = file_name(&entry);
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
        let shipped = read_all_python(&course.root.join(&ex.path));
        let solved = read_all_python(&course.root.join(&ex.solution));
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
