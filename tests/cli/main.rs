//! Runs the built `pylings` on small courses in temporary folders and on the real course,
//! asserting on what a user sees: exit codes and the lines that matter.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

pub const BIN: &str = env!("CARGO_BIN_EXE_pylings");
pub(crate) const REPO: &str = env!("CARGO_MANIFEST_DIR");

/// A Python with pytest and the course's packages: the repository's `.venv`, made with
/// `pylings setup` (the same code a learner runs) when it isn't there yet.
pub fn python() -> &'static Path {
    static PYTHON: OnceLock<PathBuf> = OnceLock::new();
    PYTHON.get_or_init(|| {
        let venv_python = if cfg!(windows) {
            Path::new(REPO).join(".venv/Scripts/python.exe")
        } else {
            Path::new(REPO).join(".venv/bin/python")
        };
        let has_pytest = venv_python.exists()
            && Command::new(&venv_python)
                .args(["-c", "import pytest"])
                .status()
                .is_ok_and(|s| s.success());
        if !has_pytest {
            let status = Command::new(BIN)
                .arg("setup")
                .current_dir(REPO)
                .env_remove("PYLINGS_PYTHON")
                .env_remove("VIRTUAL_ENV")
                .status()
                .expect("run pylings setup");
            assert!(status.success(), "pylings setup failed in the repository");
        }
        venv_python
    })
}

pub(crate) struct Run {
    pub(crate) code: i32,
    pub(crate) stdout: String,
    pub(crate) stderr: String,
}

impl Run {
    pub(crate) fn from(output: Output) -> Run {
        Run {
            code: output.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
        }
    }

    pub(crate) fn all(&self) -> String {
        format!("{}{}", self.stdout, self.stderr)
    }

    #[track_caller]
    pub(crate) fn expect(&self, code: i32, needles: &[&str]) -> &Run {
        let all = self.all();
        assert_eq!(self.code, code, "exit code; output:\n{all}");
        for needle in needles {
            assert!(all.contains(needle), "missing {needle:?} in:\n{all}");
        }
        self
    }
}

/// A course in a temporary folder.
pub struct Course {
    dir: tempfile::TempDir,
}

impl Course {
    pub(crate) fn empty() -> Course {
        Course {
            dir: tempfile::tempdir().expect("tempdir"),
        }
    }

    /// A copy of `tests/fixture`.
    pub(crate) fn fixture() -> Course {
        let course = Course::empty();
        copy_dir(&Path::new(REPO).join("tests/fixture"), course.path());
        course
    }

    /// A one-chapter course with the given `[[exercises]]` entries (dir `ch`).
    pub(crate) fn with(exercises: &str) -> Course {
        let course = Course::empty();
        course.write(
            "info.toml",
            &format!(
                "format_version = 1\nwelcome_message = \"Hi\"\nfinal_message = \"Bye\"\n\
                 [[chapters]]\ndir = \"ch\"\ntitle = \"Ch\"\n{exercises}"
            ),
        );
        course
    }

    pub(crate) fn path(&self) -> &Path {
        self.dir.path()
    }

    pub(crate) fn write(&self, rel: &str, text: &str) -> &Course {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
        self
    }

    pub(crate) fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"))
    }

    pub(crate) fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(BIN);
        cmd.args(args)
            .current_dir(self.path())
            .env("PYLINGS_PYTHON", python())
            .env("NO_COLOR", "1")
            .env_remove("VIRTUAL_ENV");
        cmd
    }

    pub(crate) fn run(&self, args: &[&str]) -> Run {
        Run::from(self.command(args).output().expect("run pylings"))
    }

    /// Every file below the course, relative, sorted (pylings' own folder left out).
    fn files(&self) -> Vec<String> {
        let mut out = Vec::new();
        list_files(self.path(), self.path(), &mut out);
        out.retain(|f| !f.starts_with(".pylings"));
        out.sort();
        out
    }
}

pub(crate) fn copy_dir(src: &Path, dest: &Path) {
    std::fs::create_dir_all(dest).unwrap();
    for entry in std::fs::read_dir(src).unwrap() {
        let entry = entry.unwrap();
        let target = dest.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn list_files(root: &Path, dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            list_files(root, &path, out);
        } else {
            out.push(path.strip_prefix(root).unwrap().display().to_string());
        }
    }
}

pub(crate) const OUTPUT_ENTRY: &str = "[[exercises]]\nname = \"{name}\"\ndir = \"ch\"\nmode = \"output\"\n\
    topics = [\"t\"]\nhints = [\"h\"]\nexpected_output = \"done\"\ntimeout_secs = {timeout}\n";

pub(crate) fn output_course(name: &str, timeout: u64, program: &str) -> Course {
    let course = Course::with(
        &OUTPUT_ENTRY
            .replace("{name}", name)
            .replace("{timeout}", &timeout.to_string()),
    );
    course.write(&format!("exercises/ch/{name}.py"), program);
    course
}

// ---- run: output mode ----

#[test]
fn output_mismatch_shows_a_diff_and_fails() {
    let course = Course::fixture();
    course.run(&["run", "hello1"]).expect(
        1,
        &[
            "the output is not what was expected",
            "- Hello, world!",
            "+ Hello, wrld!",
        ],
    );
}

#[test]
fn a_pass_marks_done_names_the_next_and_shows_the_solution() {
    let course = Course::fixture();
    course.write("exercises/ch1/hello1.py", "print('Hello, world!')\n");
    course.run(&["run"]).expect(
        0,
        &[
            "the output is right",
            "Solution: solutions/ch1/hello1.py",
            "Next: greet1",
        ],
    );
    course
        .run(&["list"])
        .expect(0, &["done    hello1", "▶ pending greet1", "1/4 done"]);
}

#[test]
fn crlf_and_one_trailing_newline_do_not_count() {
    let course = Course::fixture();
    course.write(
        "exercises/ch1/hello1.py",
        "import sys\nsys.stdout.write('Hello, world!\\r\\n')\n",
    );
    course
        .run(&["run", "hello1"])
        .expect(0, &["the output is right"]);
}

#[test]
fn a_trailing_space_is_made_visible() {
    let course = Course::fixture();
    course.write("exercises/ch1/hello1.py", "print('Hello, world! ')\n");
    course
        .run(&["run", "hello1"])
        .expect(1, &["+ Hello,·world!·", "Only spaces or tabs differ"]);
}

#[test]
fn stdin_is_fed_to_input() {
    let course = Course::fixture();
    course.write(
        "exercises/ch1/greet1.py",
        "name = input('Name: ')\nprint(f'Hello, {name}!')\n",
    );
    course
        .run(&["run", "greet1"])
        .expect(0, &["the output is right"]);
}

#[test]
fn input_without_stdin_fails_at_once_and_says_why() {
    let course = output_course("ask", 10, "x = input('Age: ')\nprint('done')\n");
    let start = Instant::now();
    course.run(&["run", "ask"]).expect(
        1,
        &[
            "stopped with an error",
            "EOFError",
            "This exercise takes no input",
        ],
    );
    assert!(start.elapsed() < Duration::from_secs(5));
}

#[test]
fn a_syntax_error_shows_pythons_message_and_line() {
    let course = output_course("broken", 10, "print('a')\nprint('b'\n");
    course
        .run(&["run", "broken"])
        .expect(1, &["stopped with an error", "line 2", "SyntaxError"]);
}

#[test]
fn an_endless_loop_is_stopped_with_its_children() {
    let program = "import subprocess, sys\n\
        subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n\
        while True:\n    pass\n";
    let course = output_course("spin", 1, program);
    let start = Instant::now();
    course.run(&["run", "spin"]).expect(
        1,
        &["ran for more than 1 s", "is there a loop that never ends?"],
    );
    assert!(
        start.elapsed() < Duration::from_secs(8),
        "took {:?}",
        start.elapsed()
    );
}

#[test]
fn endless_output_is_cut() {
    let course = output_course("chatty", 20, "while True:\n    print('spam ' * 20)\n");
    let start = Instant::now();
    course
        .run(&["run", "chatty"])
        .expect(1, &["printed more than", "so it was stopped", "spam spam"]);
    assert!(start.elapsed() < Duration::from_secs(15));
}

#[test]
fn checks_leave_no_stray_files_in_the_course() {
    let course = Course::fixture();
    let before = course.files();
    course.write(
        "exercises/ch1/hello1.py",
        "open('stray.txt', 'w').write('x')\nimport json\nprint('Hello, world!')\n",
    );
    course.run(&["run", "hello1"]).expect(0, &[]);
    course.run(&["run", "add1"]).expect(1, &[]);
    course.run(&["run", "pkg1"]).expect(1, &[]);
    assert_eq!(course.files(), before);
}

// ---- run: test mode ----

#[test]
fn failing_tests_come_first_with_their_assertion() {
    let course = Course::fixture();
    course.run(&["run", "add1"]).expect(
        1,
        &[
            "1 of 3 tests passed",
            "test_add_small — assert -1 == 5",
            "\nexercises/ch1/add1.py:11: in test_add_small",
        ],
    );
}

#[test]
fn passing_tests_pass() {
    let course = Course::fixture();
    let text = course
        .read("exercises/ch1/add1.py")
        .replace("a - b", "a + b");
    course.write("exercises/ch1/add1.py", &text);
    course
        .run(&["run", "add1"])
        .expect(0, &["all 3 tests passed"]);
}

#[test]
fn a_test_file_that_does_not_import_shows_the_error_first() {
    let course = Course::fixture();
    let text = course
        .read("exercises/ch1/add1.py")
        .replace("return a - b", "return a - b)");
    course.write("exercises/ch1/add1.py", &text);
    course
        .run(&["run", "add1"])
        .expect(1, &["the file doesn't run", "line 6", "SyntaxError"]);
    let text = course
        .read("exercises/ch1/add1.py")
        .replace("return a - b)", "return a - b\nundefined_name\n");
    course.write("exercises/ch1/add1.py", &text);
    course
        .run(&["run", "add1"])
        .expect(1, &["the file doesn't run", "NameError", "undefined_name"]);
}

#[test]
fn folder_exercises_import_their_modules() {
    let course = Course::fixture();
    course.run(&["run", "pkg1"]).expect(
        1,
        &[
            "0 of 2 tests passed",
            "tests/test_shapes.py::test_square_area",
        ],
    );
    course.write(
        "exercises/ch1/pkg1/shapes.py",
        "def square_area(side):\n    return side * side\n",
    );
    course
        .run(&["run", "pkg1"])
        .expect(0, &["all 2 tests passed"]);
}

#[test]
fn a_missing_package_is_named_with_the_fix() {
    let course = Course::with(
        "[[exercises]]\nname = \"needs\"\ndir = \"ch\"\nmode = \"test\"\ntopics = [\"t\"]\n\
         hints = [\"h\"]\nrequires = [\"json\", \"surely_not_a_package_xyz\"]\n",
    );
    course.write("exercises/ch/needs.py", "import surely_not_a_package_xyz\n");
    course
        .run(&["run", "needs"])
        .expect(1, &["`surely_not_a_package_xyz`", "pylings setup"]);
}

#[test]
fn json_output_has_the_documented_shape() {
    let course = Course::fixture();
    let run = course.run(&["run", "add1", "--json"]);
    assert_eq!(run.code, 1);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON document");
    assert_eq!(doc["name"], "add1");
    assert_eq!(doc["passed"], false);
    assert_eq!(doc["mode"], "test");
    assert!(doc["duration_ms"].is_u64());
    assert_eq!(doc["tests"].as_array().unwrap().len(), 3);
    assert_eq!(doc["tests"][0]["outcome"], "failed");
    assert_eq!(
        doc["tests"][0]["message"],
        "assert -1 == 5\n +  where -1 = add(2, 3)"
    );
    let run = course.run(&["run", "hello1", "--json"]);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(doc["output"], "Hello, wrld!\n");
    assert_eq!(doc["diff"], "-Hello, world!\n+Hello, wrld!\n");
}

// ---- the course file and paths ----

#[test]
fn a_broken_info_toml_names_line_and_column() {
    let course = Course::fixture();
    let text = course
        .read("info.toml")
        .replace("mode = \"test\"", "mode = test");
    course.write("info.toml", &text);
    course
        .run(&["list"])
        .expect(2, &["info.toml", "line 48", "column"]);
}

#[test]
fn paths_cannot_leave_the_course() {
    let outside = tempfile::tempdir().unwrap();
    let escape = outside.path().join("escaped");
    for (name, dir) in [
        ("../../escaped", "ch"),
        ("ok", "../.."),
        ("ok", escape.to_str().unwrap()),
    ] {
        let course = Course::with(&format!(
            "[[exercises]]\nname = \"{name}\"\ndir = \"{dir}\"\nmode = \"test\"\ntopics = [\"t\"]\nhints = [\"h\"]\n"
        ));
        course.run(&["reset", name]).expect(2, &["plain"]);
        course.run(&["run"]).expect(2, &["plain"]);
    }
    assert!(!escape.exists());
}

#[test]
fn without_a_course_it_points_to_init() {
    let course = Course::empty();
    course
        .run(&["run"])
        .expect(2, &["no pylings course here", "pylings init"]);
}

#[test]
fn a_deleted_exercise_points_to_reset() {
    let course = Course::fixture();
    std::fs::remove_file(course.path().join("exercises/ch1/add1.py")).unwrap();
    course.run(&["run", "add1"]).expect(
        1,
        &["exercises/ch1/add1.py` is missing", "pylings reset add1"],
    );
}

#[test]
fn an_unknown_exercise_points_to_list() {
    Course::fixture()
        .run(&["run", "nope"])
        .expect(2, &["exercise `nope` not found", "pylings list"]);
}

// ---- Python discovery ----

#[test]
fn without_pytest_it_names_the_interpreter_and_the_fix() {
    let course = Course::fixture();
    let venv = course.path().join("bare");
    let status = Command::new(python())
        .args(["-m", "venv", "--without-pip"])
        .arg(&venv)
        .status()
        .unwrap();
    assert!(status.success());
    let bare = venv.join(if cfg!(windows) {
        "Scripts/python.exe"
    } else {
        "bin/python"
    });
    let run = Run::from(
        course
            .command(&["run", "add1"])
            .env("PYLINGS_PYTHON", &bare)
            .output()
            .unwrap(),
    );
    // A Python chosen with PYLINGS_PYTHON wins over .venv, so the fix installs into it.
    run.expect(
        2,
        &[
            "pytest is not installed",
            "bare",
            "-m pip install -r requirements.txt",
        ],
    );
    // Output exercises don't need pytest.
    let run = Run::from(
        course
            .command(&["run", "hello1"])
            .env("PYLINGS_PYTHON", &bare)
            .output()
            .unwrap(),
    );
    run.expect(1, &["the output is not what was expected"]);
}

#[cfg(unix)]
#[test]
fn an_old_python_is_refused_with_the_fix() {
    use std::os::unix::fs::PermissionsExt;
    let course = Course::fixture();
    let fake = course.path().join("python2.7");
    std::fs::write(
        &fake,
        "#!/bin/sh\necho '{\"executable\": \"/opt/py/python2.7\", \"version\": [3, 8, 10], \"pytest\": null, \"prefix\": \"/\", \"base_prefix\": \"/\"}'\n",
    )
    .unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let run = Run::from(
        course
            .command(&["run"])
            .env("PYLINGS_PYTHON", &fake)
            .output()
            .unwrap(),
    );
    run.expect(
        2,
        &["Python 3.8.10", "too old", "3.11 or newer", "--python"],
    );
}

#[test]
fn a_missing_interpreter_is_explained() {
    let course = Course::fixture();
    let run = Run::from(
        course
            .command(&["run"])
            .env("PYLINGS_PYTHON", "/no/such/python3")
            .output()
            .unwrap(),
    );
    run.expect(2, &["/no/such/python3", "does not exist or can't be run"]);
}

#[test]
fn setup_makes_a_venv_and_is_safe_to_run_again() {
    let course = Course::fixture();
    course.write("requirements.txt", "# nothing to install\n");
    let setup = || {
        Run::from(
            course
                .command(&["setup"])
                .env_remove("PYLINGS_PYTHON")
                .env("PATH", python().parent().unwrap())
                .output()
                .unwrap(),
        )
    };
    setup().expect(0, &["Creating `.venv`", "Set up"]);
    assert!(course.path().join(".venv").is_dir());
    setup().expect(0, &["there already", "Set up"]);
    // Later commands use the course's .venv without being told.
    let run = Run::from(
        course
            .command(&["run", "hello1"])
            .env_remove("PYLINGS_PYTHON")
            .env("PATH", "/nonexistent")
            .output()
            .unwrap(),
    );
    run.expect(1, &["the output is not what was expected"]);
}

// ---- progress, hints, state ----

#[test]
fn hints_are_revealed_one_at_a_time_and_keep_the_current_exercise() {
    let course = Course::fixture();
    let first = course.run(&["hint", "add1"]);
    first.expect(0, &["Hint 1 of 2 (add1): Add, don't subtract."]);
    assert!(!first.stdout.contains("Use +."));
    course
        .run(&["hint", "add1"])
        .expect(0, &["Hint 1 of 2", "Hint 2 of 2 (add1): Use +."]);
    course.run(&["hint", "add1"]).expect(0, &["Hint 2 of 2"]);
    course.run(&["list"]).expect(0, &["▶ pending hello1"]);
}

#[test]
fn a_corrupt_state_file_is_kept_aside_and_pylings_goes_on() {
    let course = Course::fixture();
    course.write(".pylings/state.json", "{ this is not json");
    course.run(&["list"]).expect(
        0,
        &[
            "warning:",
            "set aside",
            "state.json.corrupt-",
            "▶ pending hello1",
        ],
    );
    let backups: Vec<_> = std::fs::read_dir(course.path().join(".pylings"))
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| {
            e.file_name()
                .to_string_lossy()
                .starts_with("state.json.corrupt-")
        })
        .collect();
    assert_eq!(backups.len(), 1);
    assert_eq!(
        std::fs::read_to_string(backups[0].path()).unwrap(),
        "{ this is not json"
    );
    course.write(".pylings/state.json", "{\"format_version\": 99}");
    course
        .run(&["list"])
        .expect(0, &["unknown format_version 99"]);
}

#[test]
fn progress_shows_chapters_and_milestones() {
    let course = Course::fixture();
    course.run(&["progress"]).expect(
        0,
        &["0/4 exercises", "Chapter One", "☆ Halfway", "☆ Any test"],
    );
    course.write(
        "exercises/ch1/pkg1/shapes.py",
        "def square_area(side):\n    return side * side\n",
    );
    course.run(&["run", "pkg1"]).expect(0, &[]);
    course
        .run(&["progress"])
        .expect(0, &["1/4 exercises", "★ Any test", "☆ Halfway"]);
}

#[test]
fn verify_checks_everything_and_updates_progress() {
    let course = Course::fixture();
    course.write("exercises/ch1/hello1.py", "print('Hello, world!')\n");
    course.run(&["verify"]).expect(
        1,
        &[
            "1 of 4 exercises pass",
            "✗ exercises/ch1/add1.py — 1 of 3 tests passed",
        ],
    );
    course
        .run(&["list"])
        .expect(0, &["done    hello1", "1/4 done"]);
    let run = course.run(&["verify", "--json"]);
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(doc["passed"], 1);
    assert_eq!(doc["total"], 4);
    assert_eq!(doc["exercises"][2]["name"], "add1");
}

// ---- dev check ----

#[test]
fn dev_check_passes_on_the_fixture() {
    Course::fixture()
        .run(&["dev", "check"])
        .expect(0, &["4 exercises", "every exercise fails as shipped"]);
}

#[test]
fn dev_check_reports_every_problem_at_once() {
    let course = Course::fixture();
    course.write("exercises/ch1/hello1.py", "print('Hello, world!')\n");
    course.write(
        "solutions/ch1/add1.py",
        &course.read("exercises/ch1/add1.py"),
    );
    course.write("exercises/ch1/stray.py", "");
    course.write(
        "tests/variants/ch1/add1/wrong_same.py",
        "def add(a, b):\n    return b + a\n",
    );
    course.write(
        "topics.txt",
        "t.output\nt.tests\nt.thin\n[supporting]\nt.input\nt.folder\nt.never\n",
    );
    let info = course
        .read("info.toml")
        .replace("practice = \"complete\"\n", "")
        .replace(
            "\"Compare each character, commas too.\"",
            "\"Write print(\\\"Hello, world!\\\")\"",
        )
        .replace(
            "topics = [\"t.tests\"]",
            "topics = [\"t.tests\", \"t.thin\"]",
        );
    course.write("info.toml", &info);
    std::fs::remove_file(course.path().join("tests/variants/ch1/add1/right_sum.py")).unwrap();
    let run = course.run(&["dev", "check"]);
    run.expect(
        1,
        &[
            "`hello1` passes as shipped",
            "the solution of `add1` fails",
            "`exercises/ch1/stray.py` is not an exercise",
            "the wrong variant `tests/variants/ch1/add1/wrong_same.py` passes",
            "1 supporting topic is taught by no exercise: t.never",
            "1 roadmap topic is taught by fewer than 2 exercises: t.thin (1)",
            "`add1` has no `right_` variant",
            "`pkg1` has no `practice`",
            "`hello1`: hint 3 holds a line of the solution, `print(\"Hello, world!\")`",
            "9 problems found",
        ],
    );
}

// ---- the real course: init, reset, dev check ----

#[test]
fn init_makes_a_workspace_and_refuses_to_overwrite() {
    let parent = tempfile::tempdir().unwrap();
    let run = Run::from(
        Command::new(BIN)
            .args(["init"])
            .current_dir(parent.path())
            .env("NO_COLOR", "1")
            .output()
            .unwrap(),
    );
    run.expect(0, &["cd pylings", "pylings setup"]);
    let ws = parent.path().join("pylings");
    for file in [
        "info.toml",
        "requirements.txt",
        ".gitignore",
        ".vscode/settings.json",
    ] {
        assert!(ws.join(file).is_file(), "{file} missing");
    }
    assert!(
        !ws.join("solutions").exists(),
        "solutions are earned, not shipped"
    );
    let readmes = std::fs::read_dir(ws.join("exercises"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().join("README.md").is_file())
        .count();
    assert!(readmes > 0, "chapter READMEs");
    std::fs::write(ws.join("marker"), "mine").unwrap();
    let again = Run::from(
        Command::new(BIN)
            .args(["init"])
            .current_dir(parent.path())
            .output()
            .unwrap(),
    );
    again.expect(2, &["already exists"]);
    assert_eq!(std::fs::read_to_string(ws.join("marker")).unwrap(), "mine");
}

#[test]
fn reset_restores_the_original_and_backs_up_the_learners_version() {
    let parent = tempfile::tempdir().unwrap();
    Command::new(BIN)
        .args(["init", "ws"])
        .current_dir(parent.path())
        .output()
        .unwrap();
    let root = parent.path().join("ws");
    let list = Run::from(
        Command::new(BIN)
            .arg("list")
            .current_dir(&root)
            .env("NO_COLOR", "1")
            .output()
            .unwrap(),
    );
    let first = list
        .stdout
        .lines()
        .nth(1)
        .unwrap()
        .split_whitespace()
        .nth(2)
        .unwrap()
        .to_string();
    let rel = list
        .stdout
        .lines()
        .nth(1)
        .unwrap()
        .split_whitespace()
        .last()
        .unwrap()
        .to_string();
    let file = root.join(&rel);
    let target = if file.is_dir() {
        file.join("README.md")
    } else {
        file.clone()
    };
    let original = std::fs::read_to_string(&target).unwrap_or_default();
    std::fs::write(&target, "my own work\n").unwrap();
    let run = Run::from(
        Command::new(BIN)
            .args(["reset", &first])
            .current_dir(&root)
            .env("NO_COLOR", "1")
            .output()
            .unwrap(),
    );
    run.expect(
        0,
        &["is as new", "Your version is saved in .pylings/backups/"],
    );
    assert_eq!(
        std::fs::read_to_string(&target).unwrap_or_default(),
        original
    );
    let backup_line = run
        .stdout
        .lines()
        .find(|l| l.contains(".pylings/backups/"))
        .unwrap();
    let backup = root.join(backup_line.rsplit(' ').next().unwrap());
    let saved = if backup.is_dir() {
        backup.join("README.md")
    } else {
        backup
    };
    assert_eq!(std::fs::read_to_string(saved).unwrap(), "my own work\n");
}

#[test]
fn the_real_course_passes_dev_check() {
    let run = Run::from(
        Command::new(BIN)
            .args(["dev", "check"])
            .current_dir(REPO)
            .env("PYLINGS_PYTHON", python())
            .env("NO_COLOR", "1")
            .output()
            .unwrap(),
    );
    run.expect(0, &["every exercise fails as shipped"]);
}

mod ecosystem;
mod faults;
mod integrity;
mod warm;
mod watch;
