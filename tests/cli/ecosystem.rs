//! A workspace over time and pylings among other tools: `update`, `verify --junit`, `doctor`,
//! shell completions, `init --ci`.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use super::{BIN, Course, Run, python};

/// A workspace made by `init` from the course built into pylings.
fn workspace() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("ws");
    let out = Command::new(BIN).arg("init").arg(&root).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    (dir, root)
}

fn run_in(root: &Path, args: &[&str]) -> Run {
    Run::from(
        Command::new(BIN)
            .args(args)
            .current_dir(root)
            .env("PYLINGS_PYTHON", python())
            .env("NO_COLOR", "1")
            .env_remove("VIRTUAL_ENV")
            .output()
            .unwrap(),
    )
}

fn manifest(root: &Path) -> serde_json::Value {
    serde_json::from_slice(&std::fs::read(root.join(".pylings/course.json")).unwrap()).unwrap()
}

/// Writes `text` as the exercise's content and records in the manifest that the workspace was
/// made with exactly that: an exercise of an older course, never edited.
fn make_old_unedited(root: &Path, rel: &str, name: &str, text: &str) {
    std::fs::write(root.join(rel), text).unwrap();
    let mut m = manifest(root);
    m["exercises"][name] = serde_json::Value::String(hash_of(text));
    m["course"] = "an older course".into();
    std::fs::write(
        root.join(".pylings/course.json"),
        serde_json::to_vec(&m).unwrap(),
    )
    .unwrap();
}

/// The hash pylings records for a single file's content (see files::hash_files).
fn hash_of(text: &str) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut feed = |bytes: &[u8]| {
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0000_0100_0000_01b3);
        }
        h ^= 0xff;
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    };
    feed(b"");
    feed(text.as_bytes());
    format!("{h:016x}")
}

#[test]
fn update_adds_updates_and_never_touches_edited_work() {
    let (_dir, root) = workspace();
    let original = |rel: &str| std::fs::read_to_string(root.join(rel)).unwrap();
    let hello = "exercises/00_intro/hello1.py";
    let hello_original = original(hello);
    // hello1: the older course shipped another version, which the learner never edited.
    make_old_unedited(&root, hello, "hello1", "print('an older hello1')\n");
    // zen1: the learner edited it, and the course changed it since.
    let zen = "exercises/00_intro/zen1.py";
    let zen_original = original(zen);
    std::fs::write(root.join(zen), "# my own work\n").unwrap();
    let mut m = manifest(&root);
    m["exercises"]["zen1"] = serde_json::Value::String(hash_of("# the older zen1\n"));
    std::fs::write(
        root.join(".pylings/course.json"),
        serde_json::to_vec(&m).unwrap(),
    )
    .unwrap();
    // A missing exercise comes back.
    let first = root.join("exercises/02_fundamentals/variables1.py");
    let first_original = std::fs::read_to_string(&first).unwrap();
    std::fs::remove_file(&first).unwrap();
    // An exercise the older course had that this one doesn't, done: kept with its progress.
    let info = original("info.toml")
        + "\n[[exercises]]\nname = \"gone1\"\ndir = \"00_intro\"\nmode = \"output\"\n\
           expected_output = \"x\"\nhints = [\"h\"]\n";
    std::fs::write(root.join("info.toml"), info).unwrap();
    std::fs::write(root.join("exercises/00_intro/gone1.py"), "print('x')\n").unwrap();
    std::fs::write(
        root.join(".pylings/state.json"),
        r#"{"format_version": 1, "current": "zen1", "done": ["gone1", "zen1"], "hints_seen": {"zen1": 2}}"#,
    )
    .unwrap();

    let dry = run_in(&root, &["update", "--dry-run"]);
    dry.expect(0, &["hello1", "zen1", "variables1", "gone1", "dry run"]);
    assert!(!first.exists(), "a dry run changed nothing");
    assert_eq!(original(zen), "# my own work\n");

    let run = run_in(&root, &["update"]);
    run.expect(
        0,
        &[
            "updated hello1",
            "kept zen1",
            "zen1.py.new",
            "new variables1",
            "removed gone1",
            "Your progress is kept",
        ],
    );
    assert_eq!(
        original(hello),
        hello_original,
        "the unedited exercise is the new version"
    );
    assert_eq!(
        original(zen),
        "# my own work\n",
        "edited work is never touched"
    );
    assert_eq!(original("exercises/00_intro/zen1.py.new"), zen_original);
    assert_eq!(std::fs::read_to_string(&first).unwrap(), first_original);
    assert!(root.join("exercises/00_intro/gone1.py").exists());
    let state: serde_json::Value =
        serde_json::from_slice(&std::fs::read(root.join(".pylings/state.json")).unwrap()).unwrap();
    let done: Vec<&str> = state["done"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert!(done.contains(&"gone1") && done.contains(&"zen1"), "{state}");
    assert_eq!(state["hints_seen"]["zen1"], 2);
    assert_eq!(state["current"], "zen1");
    // The old info.toml is backed up, and the workspace now records this course.
    let backups: Vec<_> = std::fs::read_dir(root.join(".pylings/backups"))
        .unwrap()
        .collect();
    assert!(!backups.is_empty());
    assert_ne!(manifest(&root)["course"], "an older course");
    run_in(&root, &["update"]).expect(0, &["Up to date"]);
}

#[test]
fn verify_writes_junit_that_ci_tools_read() {
    let course = Course::fixture();
    course.write(
        "exercises/ch1/hello1.py",
        &course.read("solutions/ch1/hello1.py"),
    );
    let report = course.path().join("report.xml");
    let run = course.run(&["verify", "--junit", report.to_str().unwrap()]);
    assert_eq!(run.code, 1, "{}", run.all());
    let text = std::fs::read_to_string(&report).unwrap();
    let doc = roxmltree::Document::parse(&text).expect("valid XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    assert_eq!(root.attribute("tests"), Some("4"));
    assert_eq!(root.attribute("failures"), Some("3"));
    let suites: Vec<_> = root
        .children()
        .filter(|n| n.has_tag_name("testsuite"))
        .collect();
    assert_eq!(suites.len(), 1);
    assert_eq!(suites[0].attribute("name"), Some("Chapter One"));
    let cases: BTreeMap<&str, roxmltree::Node> = suites[0]
        .children()
        .filter(|n| n.has_tag_name("testcase"))
        .map(|n| (n.attribute("name").unwrap(), n))
        .collect();
    assert_eq!(cases.len(), 4);
    assert!(
        cases["hello1"]
            .children()
            .all(|c| !c.has_tag_name("failure"))
    );
    let failure = cases["add1"]
        .children()
        .find(|c| c.has_tag_name("failure"))
        .expect("add1 fails");
    assert_eq!(failure.attribute("type"), Some("tests_failed"));
    assert!(
        failure
            .attribute("message")
            .unwrap()
            .contains("1 of 3 tests passed")
    );
    assert!(
        failure.text().unwrap_or("").contains("assert"),
        "details are in the failure"
    );
    assert!(
        cases["add1"]
            .attribute("time")
            .unwrap()
            .parse::<f64>()
            .is_ok()
    );
}

#[test]
fn doctor_says_what_works_and_what_to_fix() {
    let course = Course::fixture();
    course.run(&["doctor"]).expect(
        0,
        &[
            "✓ course: 4 exercises",
            "✓ Python:",
            "✓ pytest",
            "file events",
        ],
    );
    // Without pytest: ✗ with the fix, exit 1.
    let venv = course.path().join("bare");
    assert!(
        Command::new(python())
            .args(["-m", "venv", "--without-pip"])
            .arg(&venv)
            .status()
            .unwrap()
            .success()
    );
    let bare = venv.join("bin/python");
    let run = Run::from(
        course
            .command(&["doctor"])
            .env("PYLINGS_PYTHON", &bare)
            .output()
            .unwrap(),
    );
    run.expect(1, &["✗ pytest is not installed", "-m pip install"]);
}

#[cfg(unix)]
#[test]
fn doctor_refuses_a_too_old_python() {
    use std::os::unix::fs::PermissionsExt;
    let course = Course::fixture();
    let fake = course.path().join("python3.8");
    std::fs::write(
        &fake,
        "#!/bin/sh\necho '{\"executable\": \"/opt/py/python3.8\", \"version\": [3, 8, 10], \"pytest\": \"8.0\"}'\n",
    )
    .unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let run = Run::from(
        course
            .command(&["doctor"])
            .env("PYLINGS_PYTHON", &fake)
            .output()
            .unwrap(),
    );
    run.expect(1, &["✗ Python", "3.8.10", "too old"]);
}

#[test]
fn completion_scripts_ask_pylings_for_commands_and_exercise_names() {
    let course = Course::fixture();
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let run = course.run(&["completions", shell]);
        run.expect(0, &["pylings", "PYLINGS_COMPLETE"]);
    }
    // What the scripts call: the candidates for `pylings <TAB>` and `pylings run he<TAB>`.
    let ask = |words: &[&str]| {
        let out = course
            .command(&[])
            .env("PYLINGS_COMPLETE", "fish")
            .arg("--")
            .args(words)
            .output()
            .unwrap();
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let commands = ask(&["pylings", ""]);
    for command in [
        "run",
        "hint",
        "reset",
        "verify",
        "update",
        "doctor",
        "completions",
    ] {
        assert!(
            commands.lines().any(|l| l.starts_with(command)),
            "{command}:\n{commands}"
        );
    }
    let names = ask(&["pylings", "run", "he"]);
    assert!(names.starts_with("hello1"), "{names}");
    assert!(!names.contains("add1"), "{names}");
    let names = ask(&["pylings", "reset", ""]);
    for name in ["hello1", "greet1", "add1", "pkg1"] {
        assert!(names.contains(name), "{name}:\n{names}");
    }
}

#[test]
fn init_can_add_a_github_workflow() {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("ws");
    let out = Command::new(BIN)
        .args(["init", "--ci", "github"])
        .arg(&root)
        .output()
        .unwrap();
    assert!(out.status.success());
    let workflow = std::fs::read_to_string(root.join(".github/workflows/pylings.yml")).unwrap();
    assert!(workflow.contains("pylings verify --junit"), "{workflow}");
    assert!(
        workflow.contains("report_paths: pylings-report.xml"),
        "{workflow}"
    );
}
