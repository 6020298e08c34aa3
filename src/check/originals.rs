//! The course's original tests: what a check runs against the learner's code, whatever the
//! learner did to their copy of the tests.
//!
//! For a learner they come from the course built into pylings, when it is the course the
//! workspace was made from; for a course author (`dev check`) and a teacher grading with
//! `--originals DIR`, from a course folder on disk.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::embedded;
use crate::files;
use crate::info::{Course, Exercise, INFO_FILE, tests_section};
use crate::manifest::Manifest;

/// Where the original tests come from.
#[derive(Debug, Clone)]
pub enum Originals {
    /// The course built into pylings. For a workspace with a manifest, only the exercises
    /// whose built-in version is the one the manifest records (looked up when checked);
    /// without one, all of them.
    Embedded {
        manifest: Option<std::collections::BTreeMap<String, String>>,
    },
    /// A course folder on disk.
    Disk(PathBuf),
    /// None can be trusted: the learner's own tests run, and the learner is told why.
    Unavailable(String),
}

/// The original tests of one exercise.
#[derive(Debug, Clone)]
pub enum OriginalTests {
    /// A single-file exercise: its tests section, from the marker on.
    File(String),
    /// A folder exercise: its course-owned test files and conftest files, as (path inside the
    /// folder, contents).
    Folder(Vec<(PathBuf, Vec<u8>)>),
    /// None: the learner's files are checked as they are, for this reason.
    Unknown(String),
}

const OTHER_COURSE: &str = "this workspace's course is not the one built into this pylings, \
    so its tests are run as they are in your files (`pylings update` brings the course up to \
    date)";

impl Originals {
    /// The originals for a learner's workspace.
    pub fn for_workspace(course: &Course) -> Originals {
        let Some(built_in) = embedded::file(Path::new(INFO_FILE)) else {
            return Originals::Unavailable(OTHER_COURSE.to_string());
        };
        match Manifest::load(&course.root) {
            Some(manifest) => Originals::Embedded {
                manifest: Some(manifest.exercises),
            },
            None => {
                let on_disk = std::fs::read(course.root.join(INFO_FILE)).unwrap_or_default();
                if on_disk == built_in {
                    Originals::Embedded { manifest: None }
                } else {
                    Originals::Unavailable(OTHER_COURSE.to_string())
                }
            }
        }
    }

    pub fn tests_for(&self, ex: &Exercise) -> OriginalTests {
        match self {
            Originals::Unavailable(why) => OriginalTests::Unknown(why.clone()),
            Originals::Embedded { manifest } => {
                if let Some(manifest) = manifest
                    && manifest.get(&ex.name) != embedded_hash(ex).as_ref()
                {
                    return OriginalTests::Unknown(OTHER_COURSE.to_string());
                }
                let files: Vec<(String, Vec<u8>)> = if ex.folder {
                    embedded::dir(&ex.path)
                        .into_iter()
                        .map(|(rel, bytes)| (rel.to_string(), bytes.to_vec()))
                        .collect()
                } else {
                    embedded::file(&ex.path)
                        .map(|bytes| vec![(String::new(), bytes.to_vec())])
                        .unwrap_or_default()
                };
                from_files(ex, files)
            }
            Originals::Disk(root) => {
                let path = root.join(&ex.path);
                let files: Vec<(String, Vec<u8>)> = if ex.folder {
                    files::walk(&path)
                        .unwrap_or_default()
                        .into_iter()
                        .filter_map(|(rel, full)| {
                            Some((files::slash_path(&rel), files::read_regular(&full).ok()?))
                        })
                        .collect()
                } else {
                    files::read_regular(&path)
                        .map(|bytes| vec![(String::new(), bytes)])
                        .unwrap_or_default()
                };
                from_files(ex, files)
            }
        }
    }
}

fn from_files(ex: &Exercise, files: Vec<(String, Vec<u8>)>) -> OriginalTests {
    if files.is_empty() {
        return OriginalTests::Unknown(format!(
            "the course has no original of `{}` to check against",
            ex.name
        ));
    }
    if !ex.folder {
        let text = String::from_utf8_lossy(&files[0].1).into_owned();
        return match tests_section(&text) {
            Some(tests) => OriginalTests::File(tests.to_string()),
            None => {
                OriginalTests::Unknown(format!("the original `{}` has no tests section", ex.name))
            }
        };
    }
    OriginalTests::Folder(
        files
            .into_iter()
            .filter(|(rel, _)| is_course_test_file(ex, rel))
            .map(|(rel, bytes)| (PathBuf::from(rel), bytes))
            .collect(),
    )
}

/// Test files and conftest files of a folder exercise belong to the course, unless the
/// exercise lists them in `learner_tests`.
pub fn is_course_test_file(ex: &Exercise, rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or(rel);
    let looks_like_tests = name == "conftest.py"
        || (name.starts_with("test_") && name.ends_with(".py"))
        || name.ends_with("_test.py");
    looks_like_tests && !ex.learner_tests.iter().any(|l| l == rel)
}

/// The hash of the exercise as built into pylings (the same as [`files::content_hash`] of
/// the same files on disk).
pub fn embedded_hash(ex: &Exercise) -> Option<String> {
    if ex.folder {
        let files: Vec<(String, Vec<u8>)> = embedded::dir(&ex.path)
            .into_iter()
            .filter(|(rel, _)| {
                !rel.split('/')
                    .any(|part| files::SKIPPED_DIRS.contains(&part))
            })
            .map(|(rel, bytes)| (rel.to_string(), bytes.to_vec()))
            .collect();
        (!files.is_empty()).then(|| files::hash_files(files))
    } else {
        embedded::file(&ex.path)
            .map(|bytes| files::hash_files(vec![(String::new(), bytes.to_vec())]))
    }
}

/// The names of the test functions in some Python text (`def test_x`, `async def test_x`, at
/// any indentation): the tests the course expects to run.
pub fn test_functions(text: &str) -> Vec<String> {
    let mut names = Vec::new();
    for line in text.lines() {
        let line = line.trim_start();
        let line = line.strip_prefix("async ").unwrap_or(line);
        if let Some(rest) = line.strip_prefix("def ")
            && rest.starts_with("test")
        {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if !names.contains(&name) {
                names.push(name);
            }
        }
    }
    names
}

/// The lines of `ours` that differ from `theirs`, `-` for the original and `+` for the
/// learner's, at most `max` of them.
pub fn changed_lines(original: &str, learner: &str, max: usize) -> String {
    let diff = similar::TextDiff::from_lines(original, learner);
    let mut out = Vec::new();
    let mut more = 0;
    for change in diff.iter_all_changes() {
        let sign = match change.tag() {
            similar::ChangeTag::Equal => continue,
            similar::ChangeTag::Delete => '-',
            similar::ChangeTag::Insert => '+',
        };
        if out.len() < max {
            out.push(format!(
                "{sign} {}",
                change.value().trim_end_matches(['\n', '\r'])
            ));
        } else {
            more += 1;
        }
    }
    if more > 0 {
        out.push(format!(
            "… and {more} more changed line{}",
            if more == 1 { "" } else { "s" }
        ));
    }
    out.join("\n")
}

/// For a folder exercise: what the learner changed among the course's test files.
pub fn folder_changes(
    learner: &HashMap<String, Vec<u8>>,
    original: &[(PathBuf, Vec<u8>)],
) -> Vec<String> {
    let mut changes = Vec::new();
    for (rel, bytes) in original {
        let key = files::slash_path(rel);
        match learner.get(&key) {
            None => changes.push(format!("`{key}` was removed")),
            Some(mine) if mine != bytes => changes.push(format!(
                "`{key}` was changed:\n{}",
                changed_lines(
                    &String::from_utf8_lossy(bytes),
                    &String::from_utf8_lossy(mine),
                    8
                )
            )),
            Some(_) => {}
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_test_functions_at_any_indentation() {
        let text = "def helper():\n    pass\n\ndef test_a():\n    pass\n\nclass TestB:\n    \
                    def test_b(self):\n        pass\n\nasync def test_c():\n    pass\n";
        assert_eq!(test_functions(text), ["test_a", "test_b", "test_c"]);
    }

    #[test]
    fn changed_lines_show_both_sides() {
        let text = changed_lines("a\nassert f(2) == 4\n", "a\nassert True\n", 10);
        assert_eq!(text, "- assert f(2) == 4\n+ assert True");
    }
}
