//! The warm path — test checks forked from a Python that has pytest imported — gives the same
//! verdicts as a fresh interpreter, and no check sees what an earlier one did.

use super::{Course, Run};

const TEST_ENTRY: &str = "[[exercises]]\nname = \"{name}\"\ndir = \"ch\"\nmode = \"test\"\n\
    practice = \"fix\"\ntopics = [\"t\"]\nhints = [\"h\"]\n";

fn test_course(exercises: &[(&str, &str)]) -> Course {
    let entries: String = exercises
        .iter()
        .map(|(name, _)| TEST_ENTRY.replace("{name}", name))
        .collect();
    let course = Course::with(&entries);
    for (name, text) in exercises {
        course.write(&format!("exercises/ch/{name}.py"), text);
    }
    course
}

/// A check that looks at what a check's process is given: folder, environment, streams,
/// limits. Both ways must agree on every one of these tests.
#[cfg(target_os = "linux")]
const INSPECT: &str = r#"
import os, resource, sys

# --- tests
def test_the_working_folder_is_fresh_and_empty():
    assert os.listdir(os.getcwd()) == []

def test_the_environment_is_the_checks():
    assert os.environ.get("PYTHONDONTWRITEBYTECODE") == "1"
    assert "PYTEST_ADDOPTS" not in os.environ
    assert not any(k.startswith("PYLINGS_") and k != "PYLINGS_CHECK" for k in os.environ)

def test_output_is_utf8():
    assert sys.stdout.encoding.lower().replace("-", "") == "utf8"
    print("héllo ✓")

def test_memory_is_limited():
    soft, _ = resource.getrlimit(resource.RLIMIT_DATA)
    assert soft == 2048 * 1024 * 1024

def test_main_module_is_not_the_exercise():
    assert __name__ != "__main__"

def test_the_working_folder_is_not_on_the_path():
    assert "" not in sys.path and os.getcwd() not in sys.path, sys.path

def test_the_arguments_are_the_runners_alone():
    assert len(sys.argv) == 1 and sys.argv[0].endswith("pylings_check.py"), sys.argv
"#;

#[cfg(target_os = "linux")]
#[test]
fn warm_and_cold_checks_agree_on_what_a_program_is_given() {
    let course = test_course(&[("inspect1", INSPECT)]);
    course.write("solutions/ch/inspect1.py", INSPECT);
    // Shipped, it passes: dev check says so (an exercise must fail as shipped), and says it
    // the same way whichever way it runs.
    let run = course.run(&["dev", "check", "--parity"]);
    run.expect(1, &["`inspect1` passes as shipped"]);
    assert!(!run.all().contains("disagree"), "{}", run.all());
    // As a learner's check, both ways, every test passes.
    for (extra, runner) in [(&[][..], "warm"), (&["--no-worker"][..], "cold")] {
        let mut args = vec!["verify", "--json"];
        args.extend_from_slice(extra);
        let out = course.run(&args);
        let doc: serde_json::Value =
            serde_json::from_str(&out.stdout).unwrap_or_else(|_| panic!("{}", out.all()));
        let result = &doc["exercises"][0];
        assert_eq!(result["passed"], true, "{runner}: {result}");
        assert_eq!(result["runner"], runner, "{result}");
    }
}

#[test]
fn dev_check_parity_holds_on_the_fixture() {
    Course::fixture()
        .run(&["dev", "check", "--parity"])
        .expect(0, &["every exercise fails as shipped"]);
}

/// One check changes everything it can reach; the next, in the same worker, sees none of it.
const LEAKY: &str = r#"
import builtins, os, sys
os.environ["LEAKED"] = "yes"
sys.modules["leaked_module"] = sys
builtins.leaked = True
os.chdir("/")

# --- tests
def test_it_ran():
    assert os.environ["LEAKED"] == "yes"
"#;

const CLEAN: &str = r#"
import builtins, os, sys

# --- tests
def test_no_environment_from_an_earlier_check():
    assert "LEAKED" not in os.environ

def test_no_module_from_an_earlier_check():
    assert "leaked_module" not in sys.modules

def test_no_builtin_from_an_earlier_check():
    assert not hasattr(builtins, "leaked")

def test_the_working_folder_is_its_own():
    assert os.getcwd() != "/"
"#;

#[test]
fn a_check_sees_nothing_an_earlier_check_did() {
    let course = test_course(&[("leaky1", LEAKY), ("clean1", CLEAN), ("clean2", CLEAN)]);
    // One worker: every check runs in a fork of the same warm Python, one after the other.
    let doc = verify_in_one_worker(&course);
    for exercise in doc["exercises"].as_array().unwrap() {
        assert_eq!(exercise["passed"], true, "{exercise}");
        assert_eq!(exercise["runner"], "warm", "{exercise}");
    }
}

/// A folder exercise with a module named like a standard one the worker imports ahead: the
/// exercise's module is the one its code gets, as in a fresh Python.
#[test]
fn an_exercise_module_named_like_a_preloaded_one_is_the_exercises() {
    let course = Course::with(
        "[[exercises]]\nname = \"shadow1\"\ndir = \"ch\"\nmode = \"test\"\npractice = \"fix\"\n\
         topics = [\"t\"]\nhints = [\"h\"]\n",
    );
    // `statistics` is one the worker imports ahead and pytest doesn't.
    course.write(
        "exercises/ch/shadow1/statistics.py",
        "WHOSE = 'the exercise'\n",
    );
    course.write(
        "exercises/ch/shadow1/tests/test_shadow.py",
        "import statistics\n\ndef test_the_exercise_module_wins():\n    assert getattr(statistics, 'WHOSE', None) == 'the exercise'\n",
    );
    for extra in [&[][..], &["--no-worker"][..]] {
        let mut args = vec!["verify", "--json"];
        args.extend_from_slice(extra);
        let run = course.run(&args);
        let doc: serde_json::Value =
            serde_json::from_str(&run.stdout).unwrap_or_else(|_| panic!("{}", run.all()));
        assert_eq!(
            doc["exercises"][0]["passed"], true,
            "{extra:?}: {}",
            run.stdout
        );
    }
}

/// What importing a package does to the interpreter's path (setuptools puts its vendored
/// packages on `sys.path`) stays with the checks that ask for the package: a later check in the
/// same worker that doesn't has the path a fresh Python would have.
#[test]
fn a_package_imported_for_one_check_leaves_the_next_ones_path_alone() {
    let entry = |name: &str, requires: &str| {
        format!(
            "[[exercises]]\nname = \"{name}\"\ndir = \"ch\"\nmode = \"test\"\n\
             practice = \"fix\"\ntopics = [\"t\"]\nhints = [\"h\"]\n{requires}"
        )
    };
    let course = Course::with(&format!(
        "{}{}",
        entry("needs1", "requires = [\"setuptools\"]\n"),
        entry("plain1", "")
    ));
    course.write(
        "exercises/ch/needs1.py",
        "import sys\nimport setuptools\n\n# --- tests\ndef test_the_vendored_packages_are_on_the_path():\n    assert any(p.endswith('_vendor') for p in sys.path), sys.path\n",
    );
    course.write(
        "exercises/ch/plain1.py",
        "import sys\n\n# --- tests\ndef test_no_vendored_packages_on_the_path():\n    assert not any(p.endswith('_vendor') for p in sys.path), sys.path\n",
    );
    // One worker: the second check is forked from the Python that imported setuptools.
    let doc = verify_in_one_worker(&course);
    for exercise in doc["exercises"].as_array().unwrap() {
        assert_eq!(exercise["passed"], true, "{exercise}");
        assert_eq!(exercise["runner"], "warm", "{exercise}");
    }
}

/// `verify --json` with a single warm worker, so every check is forked from the same Python.
fn verify_in_one_worker(course: &Course) -> serde_json::Value {
    let run = Run::from(
        course
            .command(&["verify", "--json"])
            .env("PYLINGS_JOBS", "1")
            .output()
            .unwrap(),
    );
    serde_json::from_str(&run.stdout).unwrap_or_else(|_| panic!("{}", run.all()))
}
