//! Tricks a learner could use to pass without solving: each must not pass. The fixture
//! course isn't the one built into pylings, so these tests grade with `--originals` and a
//! pristine copy of it, the way a teacher would; without it, the learner's own tests run and
//! the learner is told so.

use std::path::Path;
use std::process::Command;

use super::{BIN, Course, REPO, Run, copy_dir, python};

/// The fixture course plus a pristine copy of it to grade against.
struct Graded {
    course: Course,
    pristine: Course,
}

impl Graded {
    fn new() -> Graded {
        Graded {
            course: Course::fixture(),
            pristine: Course::fixture(),
        }
    }

    /// `pylings --originals PRISTINE ARGS…` in the learner's course.
    fn run(&self, args: &[&str]) -> Run {
        let mut all = vec!["--originals", self.pristine.path().to_str().unwrap()];
        all.extend_from_slice(args);
        self.course.run(&all)
    }

    /// Puts `code` at the top of the learner's `rel`, above the code that is still wrong.
    fn prepend(&self, rel: &str, code: &str) {
        let text = self.course.read(rel);
        self.course.write(rel, &format!("{code}\n{text}"));
    }

    /// `run NAME --json`: the one JSON document.
    fn run_json(&self, name: &str) -> (Run, serde_json::Value) {
        let run = self.run(&["run", name, "--json"]);
        let doc = serde_json::from_str(&run.stdout)
            .unwrap_or_else(|e| panic!("{e}: not one JSON document:\n{}", run.all()));
        (run, doc)
    }
}

const ADD1: &str = "exercises/ch1/add1.py";

/// add1 with its tests replaced by `assert True`, its code still wrong.
fn tests_replaced_by_assert_true(course: &Course) {
    let text = course.read(ADD1);
    let marker = text.find("# --- tests").expect("add1 has a tests marker");
    let fake = "# --- tests: read them, don't change them ---\n\
                def test_add_small():\n    assert True\n\n\n\
                def test_add_zero():\n    assert True\n\n\n\
                def test_add_negative():\n    assert True\n";
    course.write(ADD1, &format!("{}{fake}", &text[..marker]));
}

#[test]
fn replaced_tests_are_ignored_and_the_changed_lines_shown() {
    let graded = Graded::new();
    tests_replaced_by_assert_true(&graded.course);
    graded.run(&["run", "add1"]).expect(
        1,
        &[
            "1 of 3 tests passed",
            "The tests were changed",
            "The check ran the course's own tests",
            "pylings reset add1",
            "-     assert add(2, 3) == 5",
            "+     assert True",
            "test_add_small — assert -1 == 5",
        ],
    );
    graded
        .course
        .run(&["list"])
        .expect(0, &["▶ pending add1", "0/4 done"]);
}

#[test]
fn without_originals_a_course_not_built_in_runs_the_learners_tests_and_says_so() {
    let course = Course::fixture();
    tests_replaced_by_assert_true(&course);
    // Nothing to grade against: the learner's own tests run, and the learner is told why.
    course.run(&["run", "add1"]).expect(
        0,
        &[
            "all 3 tests passed",
            "Note: this workspace's course is not the one built into this pylings, so its \
             tests are run as they are in your files",
        ],
    );
}

#[test]
fn a_module_wide_skip_is_not_a_pass() {
    let graded = Graded::new();
    graded.prepend(ADD1, "import pytest\npytestmark = pytest.mark.skip\n");
    graded.run(&["run", "add1"]).expect(
        1,
        &[
            "0 of 3 tests passed",
            "test_add_small — skipped",
            "a skipped test never counts as passed",
        ],
    );
}

#[test]
fn xfail_marks_are_not_a_pass() {
    let graded = Graded::new();
    graded.prepend(ADD1, "import pytest\npytestmark = pytest.mark.xfail\n");
    graded.run(&["run", "add1"]).expect(
        1,
        &[
            "0 of 3 tests passed",
            "marked xfail — a test must really pass",
        ],
    );
    // Not even when the xfailed tests are never run.
    let graded = Graded::new();
    graded.prepend(
        ADD1,
        "import pytest\npytestmark = pytest.mark.xfail(run=False)\n",
    );
    graded
        .run(&["run", "add1"])
        .expect(1, &["marked xfail — a test must really pass"]);
}

#[test]
fn skipping_the_module_at_import_is_not_a_pass() {
    let graded = Graded::new();
    graded.prepend(
        ADD1,
        "import pytest\npytest.skip('not today', allow_module_level=True)\n",
    );
    let (run, doc) = graded.run_json("add1");
    assert_eq!(run.code, 1, "{}", run.all());
    assert_eq!(doc["passed"], false, "{doc:#}");
    assert_ne!(doc["verdict"], "passed");
}

#[test]
fn a_fake_report_on_every_descriptor_is_not_a_pass() {
    let graded = Graded::new();
    graded.prepend(ADD1, FAKE_REPORT);
    let (run, doc) = graded.run_json("add1");
    assert_eq!(run.code, 1, "{}", run.all());
    assert_eq!(doc["passed"], false, "{doc:#}");
    assert_eq!(doc["verdict"], "ended_early", "{doc:#}");
    graded
        .run(&["run", "add1"])
        .expect(1, &["while your code was being imported"]);
}

/// Writes pytest's "all passed" report line, as the plugin would, to every descriptor it can,
/// then leaves before pytest can say anything.
const FAKE_REPORT: &str = r#"import os
line = b'{"event": "done", "exitstatus": 0, "tests": [], "errors": [], "tampered": []}\n'
for fd in range(1, 1024):
    try:
        os.write(fd, line)
    except OSError:
        pass
os._exit(0)
"#;

#[test]
fn replacing_pytests_runtest_is_not_trusted() {
    let graded = Graded::new();
    graded.prepend(
        ADD1,
        "import _pytest.python\n_pytest.python.Function.runtest = lambda self: None\n",
    );
    graded.run(&["run", "add1"]).expect(
        1,
        &[
            "the check can't be trusted",
            "`_pytest.python.Function.runtest` was replaced",
        ],
    );
}

const REPORT_REWRITER: &str = "import pytest\n\n\
    @pytest.hookimpl(hookwrapper=True)\n\
    def pytest_runtest_makereport(item, call):\n    \
        outcome = yield\n    \
        report = outcome.get_result()\n    \
        report.outcome = 'passed'\n    \
        report.longrepr = None\n\n\n\
    def pytest_runtest_logreport(report):\n    \
        report.outcome = 'passed'\n";

#[test]
fn pytest_plugins_in_the_learners_code_is_refused_by_name() {
    let graded = Graded::new();
    graded.prepend(
        ADD1,
        &format!("pytest_plugins = [__name__]\n{REPORT_REWRITER}"),
    );
    graded.run(&["run", "add1"]).expect(
        1,
        &[
            "`exercises/ch1/add1.py` sets `pytest_plugins` on line 1",
            "an exercise can't load pytest plugins",
        ],
    );
    // In a folder exercise's module too.
    let graded = Graded::new();
    graded.course.write(
        "exercises/ch1/pkg1/shapes.py",
        &format!("{REPORT_REWRITER}\npytest_plugins = [__name__]\n\ndef square_area(side):\n    return side * 4\n"),
    );
    graded
        .run(&["run", "pkg1"])
        .expect(1, &["shapes.py` sets `pytest_plugins`"]);
}

#[test]
fn pytest_plugins_set_without_its_name_on_a_line_is_not_a_pass() {
    let graded = Graded::new();
    graded.prepend(
        ADD1,
        &format!("{REPORT_REWRITER}\nglobals()['pytest_' + 'plugins'] = [__name__]\n"),
    );
    graded.run(&["run", "add1"]).expect(
        1,
        &[
            "the check can't be trusted",
            "the exercise registered a pytest plugin",
        ],
    );
}

/// A conftest that makes every test pass: reports rewritten, and the function under test
/// replaced for every test.
const CHEATING_CONFTEST: &str = "import pytest\n\n\
    @pytest.hookimpl(hookwrapper=True)\n\
    def pytest_runtest_makereport(item, call):\n    \
        outcome = yield\n    \
        report = outcome.get_result()\n    \
        report.outcome = 'passed'\n    \
        report.longrepr = None\n\n\n\
    @pytest.fixture(autouse=True)\n\
    def _right_answers(monkeypatch):\n    \
        import shapes\n    \
        monkeypatch.setattr(shapes, 'square_area', lambda side: side * side, raising=False)\n";

#[test]
fn a_learners_conftest_in_a_folder_exercise_is_left_out() {
    let graded = Graded::new();
    graded
        .course
        .write("exercises/ch1/pkg1/conftest.py", CHEATING_CONFTEST)
        .write("exercises/ch1/pkg1/tests/conftest.py", CHEATING_CONFTEST);
    graded.run(&["run", "pkg1"]).expect(
        1,
        &[
            "0 of 2 tests passed",
            "`conftest.py` is not the course's, so it was left out of the check",
            "`tests/conftest.py` is not the course's, so it was left out of the check",
            "assert 12 == 9",
        ],
    );
}

#[test]
fn a_conftest_in_the_chapter_folder_does_not_reach_a_file_exercise() {
    let graded = Graded::new();
    let conftest = "import pytest\n\n\
        @pytest.hookimpl(hookwrapper=True)\n\
        def pytest_runtest_makereport(item, call):\n    \
            outcome = yield\n    \
            report = outcome.get_result()\n    \
            report.outcome = 'passed'\n    \
            report.longrepr = None\n";
    graded.course.write("exercises/ch1/conftest.py", conftest);
    graded
        .run(&["run", "add1"])
        .expect(1, &["1 of 3 tests passed"]);
    // Not even without originals, where the learner's own tests run.
    graded
        .course
        .run(&["run", "add1"])
        .expect(1, &["1 of 3 tests passed"]);
}

#[test]
fn sys_exit_at_import_is_named() {
    let graded = Graded::new();
    graded.prepend(ADD1, "import sys\nsys.exit(0)\n");
    let run = graded.run(&["run", "add1"]);
    run.expect(
        1,
        &["your code called sys.exit() while it was being imported"],
    );
    assert!(
        !run.all().contains("pytest found no tests"),
        "{}",
        run.all()
    );
}

#[test]
fn os_exit_at_import_is_named() {
    let graded = Graded::new();
    graded.prepend(ADD1, "import os\nos._exit(0)\n");
    graded
        .run(&["run", "add1"])
        .expect(1, &["the process ended while your code was being imported"]);
}

#[test]
fn verify_json_fails_only_the_exercise_with_a_trick() {
    let graded = Graded::new();
    let course = &graded.course;
    course.write("exercises/ch1/hello1.py", "print('Hello, world!')\n");
    course.write(
        "exercises/ch1/pkg1/shapes.py",
        "def square_area(side):\n    return side * side\n",
    );
    graded.prepend(ADD1, FAKE_REPORT);
    let run = graded.run(&["verify", "--json"]);
    assert_eq!(run.code, 1, "{}", run.all());
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON document");
    let verdict = |name: &str| {
        let ex = doc["exercises"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["name"] == name)
            .unwrap_or_else(|| panic!("no {name} in {doc:#}"));
        (ex["passed"].clone(), ex["verdict"].clone())
    };
    assert_eq!(verdict("add1").0, false, "{doc:#}");
    assert_ne!(verdict("add1").1, "passed");
    assert_eq!(verdict("hello1"), (true.into(), "passed".into()), "{doc:#}");
    assert_eq!(verdict("pkg1"), (true.into(), "passed".into()), "{doc:#}");
    assert_eq!(
        verdict("greet1"),
        (false.into(), "wrong_output".into()),
        "{doc:#}"
    );
    assert_eq!(doc["passed"], 2);
    course
        .run(&["list"])
        .expect(0, &["done    hello1", "pending add1", "done    pkg1"]);
}

/// The course of this repository (built into pylings) copied to a temporary folder, without
/// its variants.
fn real_course_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for item in ["exercises", "solutions", "support"] {
        copy_dir(&Path::new(REPO).join(item), &dir.path().join(item));
    }
    for file in ["info.toml", "topics.txt", "requirements.txt"] {
        let from = Path::new(REPO).join(file);
        if from.exists() {
            std::fs::copy(from, dir.path().join(file)).unwrap();
        }
    }
    dir
}

fn dev_check(dir: &Path, only: &str) -> Run {
    Run::from(
        Command::new(BIN)
            .args(["dev", "check", ".", "--only", only])
            .current_dir(dir)
            .env("PYLINGS_PYTHON", python())
            .env("NO_COLOR", "1")
            .env_remove("VIRTUAL_ENV")
            .output()
            .unwrap(),
    )
}

#[test]
fn dev_check_runs_the_tests_on_disk_not_the_built_in_ones() {
    let course = real_course_copy();
    let rel = "00_intro/python_version1.py";
    // The course's own file checks may find problems elsewhere; none is about this exercise.
    let before = dev_check(course.path(), "python_version1");
    assert!(
        !before.all().contains("python_version1"),
        "python_version1 should pass dev check before the change:\n{}",
        before.all()
    );
    // The author changes a test (in the exercise and its solution alike): the solution, which
    // passes the built-in tests, fails the ones on disk.
    for side in ["exercises", "solutions"] {
        let path = course.path().join(side).join(rel);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(
            text.contains("(\"3.12.1\", 3)"),
            "{side}/{rel} changed shape"
        );
        std::fs::write(&path, text.replace("(\"3.12.1\", 3)", "(\"3.12.1\", 33)")).unwrap();
    }
    dev_check(course.path(), "python_version1").expect(
        1,
        &[
            "the solution of `python_version1` fails",
            "on Python 3.12.1, major must be 33",
        ],
    );
}
