//! The course file, `info.toml`: read with serde into plain structs, then validated once into a
//! [`Course`] that the rest of pylings uses.

use std::collections::{HashMap, HashSet};
use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{Context, Result, bail};

mod cache;
use serde::{Deserialize, Serialize};

pub const INFO_FILE: &str = "info.toml";
/// The course's own Python helpers for its tests, importable by every test exercise.
pub const SUPPORT_DIR: &str = "support";
pub const FORMAT_VERSION: u32 = 1;
pub const DEFAULT_TIMEOUT_SECS: u64 = 10;
/// The longest a check may be allowed to run; more is a mistake in the course file.
pub const MAX_TIMEOUT_SECS: u64 = 600;
/// Memory a check may use unless the exercise says otherwise (`memory_mb`).
pub const DEFAULT_MEMORY_MB: u64 = 2048;
pub const MEMORY_MB_RANGE: std::ops::RangeInclusive<u64> = 64..=65_536;
/// The line that starts the tests at the bottom of a test exercise.
pub const TESTS_MARKER: &str = "# --- tests";

const NO_COURSE: &str = "\
no pylings course here: this folder has no `info.toml`.
Make your own workspace with `pylings init` and `cd` into it, or `cd` into a folder that has one.";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    Output,
    Test,
}

impl Mode {
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Output => "output",
            Mode::Test => "test",
        }
    }
}

/// The kind of practice an exercise gives (`practice` in info.toml).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Practice {
    /// Broken code to repair.
    Fix,
    /// A function or class to finish from its docstring.
    Complete,
    /// Say what a program prints before running it.
    Predict,
    /// Answer questions about given code, in code.
    Read,
    /// Behaviour stays, structure improves.
    Refactor,
    /// Write tests that catch named broken versions.
    WriteTests,
    /// Closes a group of chapters with a task that needs several of them.
    Quiz,
    /// Several modules, numbered steps.
    Project,
}

impl Practice {
    pub const ALL: [Practice; 8] = [
        Practice::Fix,
        Practice::Complete,
        Practice::Predict,
        Practice::Read,
        Practice::Refactor,
        Practice::WriteTests,
        Practice::Quiz,
        Practice::Project,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Practice::Fix => "fix",
            Practice::Complete => "complete",
            Practice::Predict => "predict",
            Practice::Read => "read",
            Practice::Refactor => "refactor",
            Practice::WriteTests => "write-tests",
            Practice::Quiz => "quiz",
            Practice::Project => "project",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Needs {
    #[default]
    All,
    Any,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCourse {
    format_version: u32,
    welcome_message: String,
    final_message: String,
    #[serde(default)]
    chapters: Vec<Chapter>,
    #[serde(default)]
    milestones: Vec<Milestone>,
    #[serde(default)]
    exercises: Vec<RawExercise>,
    /// Exercises renamed since an earlier version of the course: old name = new name.
    #[serde(default)]
    renamed: std::collections::BTreeMap<String, String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Chapter {
    pub dir: String,
    pub title: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub name: String,
    pub exercises: Vec<String>,
    #[serde(default)]
    pub needs: Needs,
}

impl Milestone {
    pub fn reached(&self, is_done: impl Fn(&str) -> bool) -> bool {
        match self.needs {
            Needs::All => self.exercises.iter().all(|e| is_done(e)),
            Needs::Any => self.exercises.iter().any(|e| is_done(e)),
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawExercise {
    name: toml::Spanned<String>,
    dir: String,
    mode: Mode,
    practice: Option<Practice>,
    #[serde(default)]
    topics: Vec<String>,
    #[serde(default)]
    hints: Vec<String>,
    expected_output: Option<String>,
    stdin: Option<String>,
    timeout_secs: Option<u64>,
    memory_mb: Option<u64>,
    #[serde(default)]
    requires: Vec<String>,
    #[serde(default)]
    learner_tests: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Exercise {
    pub name: String,
    pub dir: String,
    pub mode: Mode,
    /// Required by `dev check`; optional here so that a workspace made by an older pylings
    /// still loads.
    pub practice: Option<Practice>,
    pub topics: Vec<String>,
    pub hints: Vec<String>,
    pub expected_output: Option<String>,
    pub stdin: Option<String>,
    pub timeout: Duration,
    /// The most memory a check may use, in MiB.
    pub memory_mb: u64,
    pub requires: Vec<String>,
    /// Test files of a folder exercise that are the learner's to write (paths inside the
    /// folder, with `/`); every other test file and every `conftest.py` is the course's.
    pub learner_tests: Vec<String>,
    /// A folder exercise (`exercises/DIR/NAME/`) rather than a file (`exercises/DIR/NAME.py`).
    #[serde(skip)]
    pub folder: bool,
    /// The exercise's path relative to the course root.
    #[serde(skip)]
    pub path: PathBuf,
    /// Its solution's path relative to the course root.
    #[serde(skip)]
    pub solution: PathBuf,
}

impl Exercise {
    /// Decides, once, whether the exercise is a folder and where it and its solution are: a
    /// folder when the course has one on disk, or when the course built into pylings does
    /// and the file isn't on disk either (a folder the learner deleted). `listing` is what
    /// the chapter's folder holds.
    fn locate(&mut self, listing: &ChapterListing) {
        let folder = Path::new("exercises").join(&self.dir).join(&self.name);
        let file = format!("{}.py", self.name);
        self.folder = match listing.get(OsStr::new(&self.name)) {
            Some(Entry::Dir) => true,
            _ if listing.contains_key(OsStr::new(&file)) => false,
            _ => crate::embedded::is_dir(&folder),
        };
        let solution = Path::new("solutions").join(&self.dir).join(&self.name);
        if self.folder {
            self.path = folder;
            self.solution = solution;
        } else {
            self.path = folder.with_extension("py");
            self.solution = solution.with_extension("py");
        }
    }
}

#[derive(PartialEq)]
enum Entry {
    /// A folder, or a link to one.
    Dir,
    /// Anything else, a dangling link included.
    Other,
}

type ChapterListing = HashMap<OsString, Entry>;

/// Locates every exercise with one read of each chapter's folder (a course of hundreds of
/// exercises is located on every command, and two lookups each cost more than the listing).
fn locate_all(exercises: &mut [Exercise], root: &Path) {
    let mut listings: HashMap<String, ChapterListing> = HashMap::new();
    for ex in exercises {
        let listing = listings.entry(ex.dir.clone()).or_insert_with(|| {
            let dir = root.join("exercises").join(&ex.dir);
            let Ok(entries) = std::fs::read_dir(&dir) else {
                return HashMap::new();
            };
            entries
                .flatten()
                .map(|entry| {
                    let is_dir = match entry.file_type() {
                        Ok(kind) if kind.is_symlink() => entry.path().is_dir(),
                        Ok(kind) => kind.is_dir(),
                        Err(_) => entry.path().is_dir(),
                    };
                    let kind = if is_dir { Entry::Dir } else { Entry::Other };
                    (entry.file_name(), kind)
                })
                .collect()
        });
        ex.locate(listing);
    }
}

#[derive(Debug, Serialize, Deserialize)]
pub struct Course {
    #[serde(skip)]
    pub root: PathBuf,
    /// Old name → new name, for exercises renamed since an earlier version of the course.
    pub renamed: std::collections::BTreeMap<String, String>,
    pub welcome_message: String,
    pub final_message: String,
    pub chapters: Vec<Chapter>,
    pub milestones: Vec<Milestone>,
    pub exercises: Vec<Exercise>,
}

impl Course {
    /// Loads the course in `root`, or explains that there is none.
    pub fn load(root: &Path) -> Result<Course> {
        let path = root.join(INFO_FILE);
        if !path.is_file() {
            bail!(NO_COURSE);
        }
        if let Some(mut course) = cache::load(root, &path) {
            course.root = root.to_path_buf();
            locate_all(&mut course.exercises, root);
            return Ok(course);
        }
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("failed to read `{}`", path.display()))?;
        let course = Course::parse(root, &text)?;
        cache::store(root, &path, &course);
        Ok(course)
    }

    pub fn parse(root: &Path, text: &str) -> Result<Course> {
        let raw: RawCourse = toml::from_str(text).map_err(|e| {
            anyhow::anyhow!(
                "`{INFO_FILE}` is not a valid course file:\n{}",
                describe_toml_error(text, &e)
            )
        })?;
        let course = validate(root, raw, text)?;
        Ok(course)
    }

    pub fn index_of(&self, name: &str) -> Option<usize> {
        self.exercises.iter().position(|e| e.name == name)
    }

    /// The exercise called `name`, or an error that says how to find the names.
    pub fn find(&self, name: &str) -> Result<usize> {
        self.index_of(name).with_context(|| {
            format!(
                "exercise `{name}` not found in {INFO_FILE} (run `pylings list` to see the names)"
            )
        })
    }

    pub fn chapter_title<'a>(&'a self, dir: &'a str) -> &'a str {
        self.chapters
            .iter()
            .find(|c| c.dir == dir)
            .map_or(dir, |c| c.title.as_str())
    }
}

/// toml's message already names the line and column and shows the line; make sure both are
/// there even when it only gives a byte span.
fn describe_toml_error(text: &str, err: &toml::de::Error) -> String {
    let message = err.to_string();
    if message.contains("line ") {
        return message;
    }
    match err.span() {
        Some(span) => {
            let (line, col) = line_col(text, span.start);
            format!("line {line}, column {col}: {}", err.message())
        }
        None => message,
    }
}

pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// A name or folder that is safe to join to the course root: no separators, no `..`, nothing
/// absolute, nothing hidden.
fn is_plain_name(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('.')
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

fn validate(root: &Path, raw: RawCourse, text: &str) -> Result<Course> {
    if raw.format_version != FORMAT_VERSION {
        bail!(
            "`{INFO_FILE}` has format_version {}, but this pylings reads version {FORMAT_VERSION}: \
             update pylings, or the course",
            raw.format_version
        );
    }
    let mut problems = Vec::new();
    let chapter_dirs = validate_chapters(&raw.chapters, &mut problems);
    if raw.exercises.is_empty() {
        problems.push("the course has no `[[exercises]]`".to_string());
    }
    let mut names = HashSet::new();
    let mut exercises = Vec::with_capacity(raw.exercises.len());
    let (mut line, mut counted) = (1, 0);
    let has_chapters = !raw.chapters.is_empty();
    for ex in raw.exercises {
        // Counted from the previous exercise on: counting from the top for each would take
        // time that grows with the square of the course's size.
        let start = ex.name.span().start.min(text.len());
        line += text[counted..start].matches('\n').count();
        counted = start;
        let who = format!("line {line}: exercise `{}`", ex.name.get_ref());
        if !names.insert(ex.name.get_ref().clone()) {
            problems.push(format!("{who} is listed twice"));
        }
        let known_dir = !has_chapters || chapter_dirs.contains(ex.dir.as_str());
        problems.extend(exercise_problems(&ex, known_dir).map(|p| format!("{who}{p}")));
        exercises.push(ex.into_exercise());
    }
    problems.extend(reference_problems(&raw.milestones, &raw.renamed, &names));
    if !problems.is_empty() {
        let list: Vec<String> = problems.iter().map(|p| format!("  - {p}")).collect();
        bail!("`{INFO_FILE}` has problems:\n{}", list.join("\n"));
    }
    locate_all(&mut exercises, root);
    Ok(Course {
        root: root.to_path_buf(),
        renamed: raw.renamed,
        welcome_message: raw.welcome_message,
        final_message: raw.final_message,
        chapters: raw.chapters,
        milestones: raw.milestones,
        exercises,
    })
}

/// The chapters' folders, each a plain name listed once.
fn validate_chapters<'a>(chapters: &'a [Chapter], problems: &mut Vec<String>) -> HashSet<&'a str> {
    let mut dirs = HashSet::new();
    for chapter in chapters {
        if !is_plain_name(&chapter.dir) {
            problems.push(format!(
                "chapter dir `{}` must be a plain folder name (letters, digits, `_`, `-`; no `/` or `..`)",
                chapter.dir
            ));
        }
        if !dirs.insert(chapter.dir.as_str()) {
            problems.push(format!("chapter `{}` is listed twice", chapter.dir));
        }
    }
    dirs
}

/// What is wrong with one exercise's entry, each problem starting where "line N: exercise
/// `x`" leaves off.
fn exercise_problems(ex: &RawExercise, known_dir: bool) -> impl Iterator<Item = String> {
    let mut problems = Vec::new();
    if !is_plain_name(ex.name.get_ref()) {
        problems.push(
            ": the name must be a plain file name (letters, digits, `_`, `-`; no `/` or `..`)"
                .to_string(),
        );
    }
    if !is_plain_name(&ex.dir) {
        problems.push(format!(
            ": dir `{}` must be a plain folder name (no `/` or `..`)",
            ex.dir
        ));
    } else if !known_dir {
        problems.push(format!(
            ": dir `{}` is not one of the `[[chapters]]`",
            ex.dir
        ));
    }
    if ex.hints.is_empty() || ex.hints.len() > 3 {
        problems.push(format!(" has {} hints; give one to three", ex.hints.len()));
    }
    match ex.mode {
        Mode::Output if ex.expected_output.is_none() => {
            problems.push(" is in output mode but has no `expected_output`".to_string());
        }
        Mode::Test if ex.expected_output.is_some() || ex.stdin.is_some() => problems.push(
            " is in test mode: `expected_output` and `stdin` belong to output mode".to_string(),
        ),
        _ => {}
    }
    if let Some(secs) = ex.timeout_secs
        && !(1..=MAX_TIMEOUT_SECS).contains(&secs)
    {
        problems.push(format!(
            ": `timeout_secs` is {secs}; give 1 to {MAX_TIMEOUT_SECS}"
        ));
    }
    if let Some(mb) = ex.memory_mb
        && !MEMORY_MB_RANGE.contains(&mb)
    {
        problems.push(format!(
            ": `memory_mb` is {mb}; give {} to {}",
            MEMORY_MB_RANGE.start(),
            MEMORY_MB_RANGE.end()
        ));
    }
    for path in &ex.learner_tests {
        let plain = !path.is_empty()
            && path.split('/').all(|part| {
                is_plain_name(part.strip_suffix(".py").unwrap_or(part)) && part != ".."
            });
        if !plain {
            problems.push(format!(
                ": `{path}` in `learner_tests` must be a path inside the exercise's folder"
            ));
        }
    }
    for package in &ex.requires {
        let valid = !package.is_empty()
            && package
                .split('.')
                .all(|p| !p.is_empty() && p.chars().all(|c| c.is_alphanumeric() || c == '_'));
        if !valid {
            problems.push(format!(": `{package}` in `requires` is not an import name"));
        }
    }
    problems.into_iter()
}

impl RawExercise {
    fn into_exercise(self) -> Exercise {
        Exercise {
            name: self.name.into_inner(),
            dir: self.dir,
            mode: self.mode,
            topics: self.topics,
            hints: self.hints,
            expected_output: self.expected_output,
            stdin: self.stdin,
            practice: self.practice,
            timeout: Duration::from_secs(
                self.timeout_secs
                    .unwrap_or(DEFAULT_TIMEOUT_SECS)
                    .clamp(1, MAX_TIMEOUT_SECS),
            ),
            memory_mb: self
                .memory_mb
                .unwrap_or(DEFAULT_MEMORY_MB)
                .clamp(*MEMORY_MB_RANGE.start(), *MEMORY_MB_RANGE.end()),
            requires: self.requires,
            learner_tests: self.learner_tests,
            folder: false,
            path: PathBuf::new(),
            solution: PathBuf::new(),
        }
    }
}

/// Milestones and renames name real exercises.
fn reference_problems(
    milestones: &[Milestone],
    renamed: &std::collections::BTreeMap<String, String>,
    names: &HashSet<String>,
) -> Vec<String> {
    let mut problems = Vec::new();
    for milestone in milestones {
        if milestone.exercises.is_empty() {
            problems.push(format!("milestone `{}` names no exercises", milestone.name));
        }
        for name in &milestone.exercises {
            if !names.contains(name) {
                problems.push(format!(
                    "milestone `{}` names `{name}`, which is not an exercise",
                    milestone.name
                ));
            }
        }
    }
    for (old, new) in renamed {
        if !names.contains(new) {
            problems.push(format!(
                "`[renamed]` maps `{old}` to `{new}`, which is not an exercise"
            ));
        }
        if names.contains(old) {
            problems.push(format!(
                "`[renamed]` maps `{old}`, which is still an exercise of the course"
            ));
        }
    }
    problems
}

/// The part of a test exercise's text from the tests marker to the end, if it has one.
pub fn tests_section(text: &str) -> Option<&str> {
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        if line.starts_with(TESTS_MARKER) {
            return Some(&text[offset..]);
        }
        offset += line.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEAD: &str = "format_version = 1\nwelcome_message = \"hi\"\nfinal_message = \"bye\"\n";

    fn parse(body: &str) -> Result<Course> {
        Course::parse(Path::new("/nonexistent"), &format!("{HEAD}{body}"))
    }

    #[test]
    fn parses_a_small_course() {
        let course = parse(
            "[[exercises]]\nname = \"a1\"\ndir = \"ch\"\nmode = \"output\"\nexpected_output = \"x\"\nhints = [\"h\"]\n",
        )
        .unwrap();
        assert_eq!(course.exercises[0].name, "a1");
        assert_eq!(course.exercises[0].timeout, Duration::from_secs(10));
    }

    #[test]
    fn syntax_errors_name_line_and_column() {
        let err = parse("[[exercises]]\nname = \"a1\nmode = 3\n").unwrap_err();
        let text = format!("{err:#}");
        assert!(text.contains("line 5"), "{text}");
        assert!(text.contains("column"), "{text}");
    }

    #[test]
    fn wrong_types_name_the_line() {
        let err =
            parse("[[exercises]]\nname = \"a1\"\ndir = \"ch\"\nmode = \"quiz\"\nhints = [\"h\"]\n")
                .unwrap_err();
        let text = format!("{err:#}");
        assert!(text.contains("line 7"), "{text}");
        assert!(text.contains("quiz"), "{text}");
    }

    #[test]
    fn path_escapes_are_refused() {
        for (field, value) in [("name", "../../etc/passwd"), ("dir", ".."), ("dir", "/tmp")] {
            let mut entry = vec![("name", "ok1"), ("dir", "ch"), ("mode", "test")];
            entry.retain(|(k, _)| *k != field);
            entry.push((field, value));
            let body: String = entry
                .iter()
                .map(|(k, v)| format!("{k} = \"{v}\"\n"))
                .collect();
            let err = parse(&format!("[[exercises]]\n{body}hints = [\"h\"]\n")).unwrap_err();
            assert!(
                format!("{err:#}").contains("plain"),
                "{field}={value}: {err:#}"
            );
        }
    }

    #[test]
    fn all_problems_are_reported_at_once() {
        let err = parse(
            "[[exercises]]\nname = \"a\"\ndir = \"c\"\nmode = \"output\"\nhints = []\n\
             [[exercises]]\nname = \"a\"\ndir = \"c\"\nmode = \"test\"\nhints = [\"h\"]\n",
        )
        .unwrap_err();
        let text = format!("{err:#}");
        assert!(text.contains("no `expected_output`"), "{text}");
        assert!(text.contains("0 hints"), "{text}");
        assert!(text.contains("listed twice"), "{text}");
        assert!(text.contains("line 5: exercise `a`"), "{text}");
        assert!(
            text.contains("line 10: exercise `a` is listed twice"),
            "{text}"
        );
    }

    #[test]
    fn unknown_format_version_is_explained() {
        let err = Course::parse(
            Path::new("/x"),
            "format_version = 7\nwelcome_message = \"\"\nfinal_message = \"\"\n",
        )
        .unwrap_err();
        assert!(format!("{err:#}").contains("format_version 7"));
    }

    #[test]
    fn tests_section_starts_at_the_marker() {
        let text = "def f():\n    pass\n\n# --- tests: read them ---\ndef test_f():\n    f()\n";
        assert_eq!(
            tests_section(text),
            Some("# --- tests: read them ---\ndef test_f():\n    f()\n")
        );
        assert_eq!(tests_section("x = 1\n"), None);
    }

    #[test]
    fn line_col_counts_from_one() {
        assert_eq!(line_col("ab\ncd", 4), (2, 2));
        assert_eq!(line_col("ab", 0), (1, 1));
    }
}
