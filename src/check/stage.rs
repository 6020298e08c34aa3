//! The folder a check runs in: a copy of the learner's exercise with the course's original
//! tests put back, in a fresh temporary folder with its own working directory. The learner's
//! files are never run in place: a program that writes to its own file writes to the copy.
//!
//! ```text
//! pylings-run-…/
//!   ex/CHAPTER/NAME.py     the learner's code above the tests marker + the original tests
//!   ex/CHAPTER/NAME/       or the learner's folder with the course's test files put back
//!   cwd/                   the working directory
//!   tmp/                   pytest's --basetemp
//! ```

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::originals::{self, OriginalTests};
use crate::files;
use crate::info::{Exercise, Mode, TESTS_MARKER, tests_section};
use crate::process::scratch;

pub struct Staged {
    /// Removed when dropped.
    pub work: tempfile::TempDir,
    /// The file or folder to run.
    pub target: PathBuf,
    /// pytest's rootdir: the chapter folder of a file, or the exercise folder.
    pub rootdir: PathBuf,
    pub cwd: PathBuf,
    pub basetemp: PathBuf,
    /// `…/ex/`, which stands for `exercises/` in what the learner sees.
    pub ex_root: PathBuf,
    /// The test functions the course's tests define, as (test file inside a folder exercise,
    /// function name); the file is `None` for a single-file exercise.
    pub expected_tests: Vec<(Option<String>, String)>,
    /// The course's conftest files in the staged folder, the only ones pytest may load.
    pub conftests: Vec<PathBuf>,
    /// The learner changed the course's tests: what differs.
    pub tests_changed: Option<String>,
    pub notes: Vec<String>,
}

/// Why a check won't run, in words for the learner.
pub struct Refusal(pub String);

/// Stages `learner` (the learner's file or folder of `ex`, or a dev-check overlay).
pub fn stage(
    ex: &Exercise,
    learner: &Path,
    originals: &OriginalTests,
) -> Result<Result<Staged, Refusal>> {
    let shown = files::slash_path(&ex.path);
    match files::kind(learner) {
        None => {
            return Ok(Err(Refusal(format!(
                "`{shown}` is missing: `pylings reset {}` brings it back",
                ex.name
            ))));
        }
        Some(kind) => {
            let wanted_dir = ex.folder;
            let is_dir = std::fs::metadata(learner).is_ok_and(|m| m.is_dir());
            let is_file = std::fs::metadata(learner).is_ok_and(|m| m.is_file());
            if (wanted_dir && !is_dir) || (!wanted_dir && !is_file) {
                let what = if kind == "a symbolic link" {
                    "a symbolic link to something else"
                } else {
                    kind
                };
                return Ok(Err(Refusal(format!(
                    "`{shown}` is {what}, not the exercise's {}: `pylings reset {}` puts the \
                     exercise back (your version is saved first)",
                    if wanted_dir { "folder" } else { "file" },
                    ex.name
                ))));
            }
        }
    }
    let work = scratch::tempdir("run-")?;
    let ex_root = work.path().join("ex");
    let chapter = ex_root.join(&ex.dir);
    let cwd = work.path().join("cwd");
    std::fs::create_dir_all(&cwd).context("failed to create a working folder")?;
    let mut staged = Staged {
        target: PathBuf::new(),
        rootdir: PathBuf::new(),
        cwd,
        basetemp: work.path().join("tmp"),
        ex_root: ex_root.clone(),
        expected_tests: Vec::new(),
        conftests: Vec::new(),
        tests_changed: None,
        notes: Vec::new(),
        work,
    };
    let result = if ex.folder {
        stage_folder(ex, learner, originals, &chapter, &mut staged)?
    } else {
        stage_file(ex, learner, originals, &chapter, &mut staged)?
    };
    Ok(result.map(|()| staged))
}

fn plugins_line(text: &str) -> Option<usize> {
    text.lines()
        .position(|line| {
            let line = line.trim_start();
            line.starts_with("pytest_plugins")
                && line["pytest_plugins".len()..]
                    .trim_start()
                    .starts_with(['=', ':'])
        })
        .map(|i| i + 1)
}

fn refuse_plugins(shown: &str, line: usize) -> Refusal {
    Refusal(format!(
        "`{shown}` sets `pytest_plugins` on line {line}: an exercise can't load pytest plugins. \
         Remove that line."
    ))
}

fn stage_file(
    ex: &Exercise,
    learner: &Path,
    originals: &OriginalTests,
    chapter: &Path,
    staged: &mut Staged,
) -> Result<Result<(), Refusal>> {
    let shown = format!("exercises/{}/{}.py", ex.dir, ex.name);
    let text = String::from_utf8_lossy(&files::read_regular(learner)?).into_owned();
    let (code, theirs) = match tests_section(&text) {
        Some(tests) => (&text[..text.len() - tests.len()], Some(tests)),
        None => (text.as_str(), None),
    };
    if ex.mode == Mode::Test
        && let Some(line) = plugins_line(code)
    {
        return Ok(Err(refuse_plugins(&shown, line)));
    }
    let staged_text = match (ex.mode, originals) {
        (Mode::Test, OriginalTests::File(original)) => {
            match theirs {
                Some(theirs) if theirs != original => {
                    staged.tests_changed = Some(originals::changed_lines(original, theirs, 12));
                }
                Some(_) => {}
                None => {
                    staged.tests_changed = Some(format!(
                        "the line starting with `{TESTS_MARKER}` and the tests below it are gone"
                    ));
                }
            }
            staged.expected_tests = originals::test_functions(original)
                .into_iter()
                .map(|name| (None, name))
                .collect();
            // The learner's code keeps its line numbers; the original tests follow it.
            let mut joined = code.to_string();
            if !joined.is_empty() && !joined.ends_with('\n') {
                joined.push('\n');
            }
            joined.push_str(original);
            joined
        }
        (Mode::Test, OriginalTests::Unknown(why)) => {
            staged.notes.push(why.clone());
            staged.expected_tests = theirs
                .map(originals::test_functions)
                .unwrap_or_default()
                .into_iter()
                .map(|name| (None, name))
                .collect();
            text.clone()
        }
        _ => text.clone(),
    };
    std::fs::create_dir_all(chapter).context("failed to create a working folder")?;
    let target = chapter.join(format!("{}.py", ex.name));
    std::fs::write(&target, staged_text).context("failed to copy the exercise")?;
    staged.rootdir = chapter.to_path_buf();
    staged.target = target;
    Ok(Ok(()))
}

fn stage_folder(
    ex: &Exercise,
    learner: &Path,
    originals: &OriginalTests,
    chapter: &Path,
    staged: &mut Staged,
) -> Result<Result<(), Refusal>> {
    let target = chapter.join(&ex.name);
    files::copy_tree(learner, &target)?;
    staged.rootdir = target.clone();
    staged.target = target.clone();
    if ex.mode != Mode::Test {
        return Ok(Ok(()));
    }
    // The learner's files as staged, by their path inside the folder.
    let mut mine: HashMap<String, Vec<u8>> = HashMap::new();
    for (rel, full) in files::walk(&target)? {
        mine.insert(files::slash_path(&rel), std::fs::read(&full)?);
    }
    for (rel, bytes) in &mine {
        if rel.ends_with(".py")
            && !originals::is_course_test_file(ex, rel)
            && let Some(line) = plugins_line(&String::from_utf8_lossy(bytes))
        {
            let shown = format!("exercises/{}/{}/{rel}", ex.dir, ex.name);
            return Ok(Err(refuse_plugins(&shown, line)));
        }
    }
    match originals {
        OriginalTests::Folder(original) => {
            let changes = originals::folder_changes(&mine, original);
            let original_names: Vec<String> = original
                .iter()
                .map(|(rel, _)| files::slash_path(rel))
                .collect();
            let mut extra_conftests = Vec::new();
            for rel in mine.keys() {
                if rel.rsplit('/').next() == Some("conftest.py") && !original_names.contains(rel) {
                    extra_conftests.push(rel.clone());
                    files::remove(&target.join(rel))?;
                }
            }
            let mut text = changes;
            extra_conftests.sort();
            for rel in extra_conftests {
                text.push(format!(
                    "`{rel}` is not the course's, so it was left out of the check"
                ));
            }
            if !text.is_empty() {
                staged.tests_changed = Some(text.join("\n"));
            }
            for (rel, bytes) in original {
                let path = target.join(rel);
                if let Some(parent) = path.parent() {
                    std::fs::create_dir_all(parent)?;
                }
                std::fs::write(&path, bytes).context("failed to put the course's tests back")?;
                let text = String::from_utf8_lossy(bytes);
                let file = files::slash_path(rel);
                staged.expected_tests.extend(
                    originals::test_functions(&text)
                        .into_iter()
                        .map(|name| (Some(file.clone()), name)),
                );
                if rel.file_name().is_some_and(|n| n == "conftest.py") {
                    staged.conftests.push(path);
                }
            }
        }
        OriginalTests::Unknown(why) => {
            staged.notes.push(why.clone());
            for (rel, bytes) in &mine {
                if originals::is_course_test_file(ex, rel) {
                    staged.expected_tests.extend(
                        originals::test_functions(&String::from_utf8_lossy(bytes))
                            .into_iter()
                            .map(|name| (Some(rel.clone()), name)),
                    );
                    if rel.ends_with("conftest.py") {
                        staged.conftests.push(target.join(rel));
                    }
                }
            }
        }
        OriginalTests::File(_) => {}
    }
    staged.expected_tests.sort();
    staged.expected_tests.dedup();
    Ok(Ok(()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_pytest_plugins_assignments() {
        assert_eq!(
            plugins_line("x = 1\npytest_plugins = [__name__]\n"),
            Some(2)
        );
        assert_eq!(plugins_line("pytest_plugins: list = []\n"), Some(1));
        assert_eq!(plugins_line("# pytest_plugins is not used\nx = 1\n"), None);
        assert_eq!(plugins_line("pytest_plugins_list = 3\n"), None);
    }
}
