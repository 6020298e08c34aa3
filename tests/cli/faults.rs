//! What happens when things go wrong around a check: programs that escape, kill their parent
//! or eat memory, interpreters that aren't, signals, races on the progress file, odd files
//! and paths, closed pipes, and watch mode under stress. Each test looks at what a user would
//! see: the exit code, the lines that matter, the files on disk and the processes left.
//!
//! Processes a check leaves behind are found by a marker: a unique argument in their command
//! line (read from `/proc`, so those checks run on Linux only).
// Their helpers go unused where those checks don't run.
#![cfg_attr(not(target_os = "linux"), allow(dead_code, unused_imports))]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::watch::Term;
use super::{BIN, Course, REPO, Run, copy_dir, output_course, python};

/// How long a test waits for something that should happen.
const WAIT: Duration = Duration::from_secs(30);
/// How long processes that must be gone may take to go.
const GONE: Duration = Duration::from_secs(5);

/// Polls `done` every 20 ms until it is true; panics with `what` after `limit`.
#[track_caller]
fn wait_until(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    let start = Instant::now();
    while !done() {
        assert!(start.elapsed() < limit, "timed out after {limit:?}: {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A marker unique to this course (its temporary folder's name is random).
fn marker(course: &Course, what: &str) -> String {
    let dir = course.path().file_name().unwrap().to_string_lossy();
    format!("pylings-test-{what}-{}", dir.trim_start_matches('.'))
}

/// The running processes (pid, command line) that have `wanted` as one of the NUL-separated
/// entries of their `/proc/PID/{file}`. Zombies have an empty command line and don't count:
/// they run nothing.
#[cfg(target_os = "linux")]
fn processes_with(file: &str, wanted: &str) -> Vec<(u32, String)> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
        let Some(pid) = entry.file_name().to_str().and_then(|n| n.parse().ok()) else {
            continue;
        };
        let Ok(bytes) = std::fs::read(entry.path().join(file)) else {
            continue;
        };
        if bytes.split(|b| *b == 0).any(|e| e == wanted.as_bytes()) {
            let cmdline = std::fs::read(entry.path().join("cmdline")).unwrap_or_default();
            if !cmdline.is_empty() {
                found.push((pid, String::from_utf8_lossy(&cmdline).replace('\0', " ")));
            }
        }
    }
    found
}

/// The processes that have `marker` as one of their arguments.
#[cfg(target_os = "linux")]
fn marked(marker: &str) -> Vec<(u32, String)> {
    processes_with("cmdline", marker)
}

/// The processes that a check or a warm worker of the pylings with pid `pylings` started:
/// pylings marks them with `PYLINGS_CHECK=<its pid>` in the environment, which their own
/// children inherit.
#[cfg(target_os = "linux")]
fn started_by(pylings: u32) -> Vec<(u32, String)> {
    processes_with("environ", &format!("PYLINGS_CHECK={pylings}"))
}

/// Fails unless every process with `marker` is gone within [`GONE`]; kills what is left
/// either way, so that a failing test leaves nothing running.
#[cfg(target_os = "linux")]
#[track_caller]
fn assert_none_left(marker: &str, after: &str) {
    assert_gone(|| marked(marker), after);
}

/// Fails unless every process that the pylings with `pid` started (its supervisors,
/// workers and the learner's programs) is gone within [`GONE`].
#[cfg(target_os = "linux")]
#[track_caller]
fn assert_nothing_of(pylings: u32, after: &str) {
    assert_gone(|| started_by(pylings), after);
}

#[cfg(target_os = "linux")]
#[track_caller]
fn assert_gone(find: impl Fn() -> Vec<(u32, String)>, after: &str) {
    let start = Instant::now();
    let mut left = find();
    while !left.is_empty() && start.elapsed() < GONE {
        std::thread::sleep(Duration::from_millis(20));
        left = find();
    }
    for (pid, _) in &left {
        let _ = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status();
    }
    assert!(
        left.is_empty(),
        "{} process(es) outlived {after}:\n{}",
        left.len(),
        left.iter()
            .map(|(pid, cmd)| format!("  {pid}: {cmd}"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}

/// Python that starts a child sleeping 60 s with `MARK` in its command line, then becomes
/// such a sleeper itself: two marked processes per check, one of them the program.
const SLEEP_AS_MARKED: &str = "import os, subprocess, sys\n\
    SLEEP = [sys.executable, '-c', 'import time; time.sleep(60)', MARK]\n\
    subprocess.Popen(SLEEP)\n\
    os.execv(sys.executable, SLEEP)\n";

/// A test exercise's entry in `info.toml`, with `extra` lines.
fn test_entry(name: &str, extra: &str) -> String {
    format!(
        "[[exercises]]\nname = \"{name}\"\ndir = \"ch\"\nmode = \"test\"\ntopics = [\"t\"]\n\
         hints = [\"h\"]\n{extra}\n"
    )
}

/// An output exercise's entry in `info.toml` that expects `done`, with `extra` lines.
fn output_entry(name: &str, extra: &str) -> String {
    format!(
        "[[exercises]]\nname = \"{name}\"\ndir = \"ch\"\nmode = \"output\"\ntopics = [\"t\"]\n\
         hints = [\"h\"]\nexpected_output = \"done\"\n{extra}\n"
    )
}

/// How many checks run at once in `verify` and check-all: one per core.
fn parallel_checks() -> usize {
    std::thread::available_parallelism().map_or(2, |n| n.get())
}

/// A course of one output and one test exercise that both sleep as marked processes.
fn sleepy_course(what: &str) -> (Course, String) {
    let course = Course::with(&format!(
        "{}{}",
        output_entry("sleepy_out", "timeout_secs = 120"),
        test_entry("sleepy_test", "timeout_secs = 120")
    ));
    let mark = marker(&course, what);
    let program = format!("MARK = {mark:?}\n{SLEEP_AS_MARKED}");
    course.write("exercises/ch/sleepy_out.py", &program);
    course.write(
        "exercises/ch/sleepy_test.py",
        &format!("{program}\n\ndef test_never_reached():\n    pass\n"),
    );
    (course, mark)
}

// ---- processes that escape, and a pylings that dies ----

/// Python that starts two marked sleepers outside its session — a double fork with
/// `os.setsid()`, and `Popen(start_new_session=True)` — and says `done` only once both run
/// in a session of their own.
const ESCAPE: &str = r#"import os, subprocess, sys, time
SLEEP = [sys.executable, '-c', 'import time; time.sleep(60)', MARK]
pid = os.fork()
if pid == 0:
    os.setsid()
    if os.fork() == 0:
        os.execv(sys.executable, SLEEP)
    os._exit(0)
os.waitpid(pid, 0)
subprocess.Popen(SLEEP, start_new_session=True)

def marked():
    found = []
    for p in os.listdir('/proc'):
        try:
            with open(f'/proc/{p}/cmdline', 'rb') as f:
                if MARK.encode() in f.read().split(b'\0'):
                    found.append(int(p))
        except (OSError, ValueError):
            pass
    return found

deadline = time.time() + 20
while len(marked()) < 2 and time.time() < deadline:
    time.sleep(0.02)
escaped = [p for p in marked() if os.getsid(p) != os.getsid(0)]
RESULT = 'done' if len(escaped) == 2 else f'only {escaped} escaped of {marked()}'
"#;

#[cfg(target_os = "linux")]
#[test]
fn processes_that_leave_the_session_are_gone_after_an_output_check() {
    let course = output_course("escape", 30, "");
    let mark = marker(&course, "escape-out");
    course.write(
        "exercises/ch/escape.py",
        &format!("MARK = {mark:?}\n{ESCAPE}print(RESULT)\n"),
    );
    // Passing proves both sleepers ran outside the check's session when it ended.
    course
        .run(&["run", "escape"])
        .expect(0, &["the output is right"]);
    assert_none_left(&mark, "`pylings run` of an output exercise");
}

#[cfg(target_os = "linux")]
#[test]
fn processes_that_leave_the_session_are_gone_after_a_test_check() {
    let course = Course::with(&test_entry("escape", "timeout_secs = 30"));
    let mark = marker(&course, "escape-test");
    course.write(
        "exercises/ch/escape.py",
        &format!(
            "MARK = {mark:?}\n\n\ndef test_escape():\n{}    assert RESULT == 'done'\n",
            ESCAPE
                .lines()
                .map(|l| format!("    {l}\n"))
                .collect::<String>()
        ),
    );
    course
        .run(&["run", "escape"])
        .expect(0, &["all 1 test passed"]);
    assert_none_left(&mark, "`pylings run` of a test exercise");
}

#[cfg(target_os = "linux")]
#[test]
fn killing_pylings_during_verify_takes_the_checks_down() {
    let (course, mark) = sleepy_course("sigkill");
    let mut verify = course
        .command(&["verify"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The programs and their children, two by two.
    let running = 2 * parallel_checks().min(2);
    wait_until("the checks to run", WAIT, || marked(&mark).len() >= running);
    assert!(
        !started_by(verify.id()).is_empty(),
        "checks not found by PYLINGS_CHECK"
    );
    verify.kill().unwrap();
    verify.wait().unwrap();
    assert_none_left(&mark, "a SIGKILL of `pylings verify`");
    assert_nothing_of(verify.id(), "a SIGKILL of `pylings verify`");
}

const KILL_PARENT: &str = "import os, signal\nos.kill(os.getppid(), signal.SIGKILL)\n";

#[test]
fn an_exercise_that_kills_its_parent_fails_and_verify_goes_on() {
    let course = Course::fixture();
    course.write("exercises/ch1/hello1.py", "print('Hello, world!')\n");
    course.write(
        "exercises/ch1/pkg1/shapes.py",
        "def square_area(side):\n    return side * side\n",
    );
    for rel in ["exercises/ch1/greet1.py", "exercises/ch1/add1.py"] {
        let text = course.read(rel);
        course.write(rel, &format!("{KILL_PARENT}{text}"));
    }
    let run = course.run(&["verify"]);
    run.expect(
        1,
        &[
            "✗ exercises/ch1/greet1.py — your program was stopped by signal 9",
            "✗ exercises/ch1/add1.py — the process was stopped by signal 9",
            "2 of 4 exercises pass",
        ],
    );
    assert!(!run.stdout.contains("hello1.py —"), "{}", run.all());
    course.run(&["list"]).expect(
        0,
        &[
            "done    hello1",
            "pending greet1",
            "pending add1",
            "done    pkg1",
        ],
    );
}

// ---- limits ----

#[test]
fn a_program_over_its_memory_limit_is_stopped_and_told() {
    let course = Course::with(&format!(
        "{}{}",
        output_entry("hungry_out", "memory_mb = 256"),
        test_entry("hungry_test", "memory_mb = 256")
    ));
    course.write(
        "exercises/ch/hungry_out.py",
        "data = b'x' * (4 << 30)\nprint('done')\n",
    );
    course.write(
        "exercises/ch/hungry_test.py",
        "def test_hungry():\n    data = b'x' * (4 << 30)\n    assert data\n",
    );
    let start = Instant::now();
    course.run(&["run", "hungry_out"]).expect(
        1,
        &[
            "your program used more than 256 MiB of memory",
            "MemoryError",
        ],
    );
    course
        .run(&["run", "hungry_test"])
        .expect(1, &["your program used more than 256 MiB of memory"]);
    // verify runs test checks in a warm worker: the same limit there.
    let run = course.run(&["verify", "--json"]);
    assert_eq!(run.code, 1, "{}", run.all());
    let doc: serde_json::Value = serde_json::from_str(&run.stdout).expect("one JSON document");
    for ex in doc["exercises"].as_array().unwrap() {
        assert_eq!(ex["verdict"], "memory_limit", "{ex:#}");
        assert!(
            ex["message"]
                .as_str()
                .unwrap()
                .contains("more than 256 MiB"),
            "{ex:#}"
        );
    }
    assert!(start.elapsed() < WAIT, "took {:?}", start.elapsed());
}

#[test]
fn one_huge_line_is_cut_and_the_check_stops_at_the_cap() {
    let course = output_course("wide", 30, "print('x' * (1 << 20))\n");
    let run = course.run(&["run", "wide"]);
    run.expect(
        1,
        &[
            "your program printed more than 512 KiB, so it was stopped",
            "more characters on this line",
        ],
    );
    assert!(
        run.stdout.len() < 64 * 1024,
        "{} bytes shown",
        run.stdout.len()
    );
}

#[test]
fn impossible_limits_in_info_toml_are_course_errors() {
    for (field, value, needle) in [
        (
            "timeout_secs",
            "99999999999",
            "`timeout_secs` is 99999999999; give 1 to",
        ),
        ("timeout_secs", "99999999999999999999", "timeout_secs"),
        ("timeout_secs", "-5", "timeout_secs"),
        ("memory_mb", "1", "`memory_mb` is 1; give 64 to"),
    ] {
        let course = Course::with(&test_entry("x", &format!("{field} = {value}")));
        course.write("exercises/ch/x.py", "def test_x():\n    pass\n");
        for args in [&["list"][..], &["run", "x"]] {
            let run = course.run(args);
            run.expect(2, &["info.toml", needle]);
            assert!(!run.all().contains("panicked"), "{}", run.all());
        }
    }
}

// ---- the interpreter ----

#[cfg(unix)]
fn executable(path: &Path, text: &str) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::write(path, text).unwrap();
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o755)).unwrap();
}

#[cfg(unix)]
#[test]
fn interpreters_that_are_not_python_3_are_named() {
    let course = Course::fixture();
    let py2 = course.path().join("python2");
    executable(
        &py2,
        "#!/bin/sh\n\
         echo '  File \"<string>\", line 2' >&2\n\
         echo '    print \"hello\"' >&2\n\
         echo 'SyntaxError: invalid syntax' >&2\n\
         exit 1\n",
    );
    let folder = course.path().join("some_folder");
    std::fs::create_dir(&folder).unwrap();
    for (python, needles) in [
        (
            py2.to_str().unwrap(),
            &[
                "python2` (from PYLINGS_PYTHON) did not answer as a Python 3 interpreter",
                "It looks like Python 2",
                "--python PATH",
            ][..],
        ),
        (
            "/bin/false",
            &[
                "`/bin/false` (from PYLINGS_PYTHON) did not answer as a Python 3 interpreter",
                "It printed nothing",
                "--python PATH",
            ],
        ),
        (
            folder.to_str().unwrap(),
            &[
                "some_folder` (from PYLINGS_PYTHON) is a folder, not a Python interpreter",
                "Give the interpreter itself",
            ],
        ),
    ] {
        let start = Instant::now();
        let run = Run::from(
            course
                .command(&["run", "hello1"])
                .env("PYLINGS_PYTHON", python)
                .output()
                .unwrap(),
        );
        run.expect(2, needles);
        assert!(
            start.elapsed() < WAIT,
            "{python}: took {:?}",
            start.elapsed()
        );
    }
}

#[cfg(unix)]
#[test]
fn a_hanging_interpreter_is_named_not_waited_for() {
    let course = Course::fixture();
    let hang = course.path().join("python3-hangs");
    executable(&hang, "#!/bin/sh\nexec sleep 600\n");
    let start = Instant::now();
    let run = Run::from(
        course
            .command(&["run", "hello1"])
            .env("PYLINGS_PYTHON", &hang)
            .env("PYLINGS_PROBE_TIMEOUT", "2")
            .output()
            .unwrap(),
    );
    run.expect(
        2,
        &[
            "python3-hangs",
            "did not answer within 2 s",
            "--python PATH",
        ],
    );
    assert!(
        start.elapsed() < Duration::from_secs(15),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn an_empty_pylings_python_is_as_if_unset() {
    let course = Course::fixture();
    let run = Run::from(
        course
            .command(&["run", "hello1"])
            .env("PYLINGS_PYTHON", "")
            .env("PATH", python().parent().unwrap())
            .output()
            .unwrap(),
    );
    // Found on PATH instead, and the check ran.
    run.expect(1, &["the output is not what was expected"]);
}

// ---- signals and temporary folders ----

/// The entries of `dir` whose names start with `prefix`.
fn entries_starting(dir: &Path, prefix: &str) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with(prefix))
        .collect()
}

#[cfg(target_os = "linux")]
fn signal_during_a_check_leaves_no_temporary_folder(signal: &str) {
    let course = output_course("slow", 60, "");
    let mark = marker(&course, &format!("sig{signal}"));
    course.write(
        "exercises/ch/slow.py",
        &format!("MARK = {mark:?}\n{SLEEP_AS_MARKED}"),
    );
    // A temporary folder of its own, so that only this pylings' folders are in it.
    let tmp = tempfile::tempdir().unwrap();
    let mut child = course
        .command(&["run", "slow"])
        .env("TMPDIR", tmp.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let prefix = format!("pylings-{}-", child.id());
    wait_until("the check to run", WAIT, || {
        marked(&mark).len() >= 2 && !entries_starting(tmp.path(), &prefix).is_empty()
    });
    let status = Command::new("kill")
        .args([&format!("-{signal}"), &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let status = wait_exit(&mut child, WAIT);
    // The signal's exit code, never the verdict of the check the signal stopped; and that
    // stopped check is not recorded as the exercise's result.
    let number = match signal {
        "TERM" => 15,
        "INT" => 2,
        _ => 1,
    };
    assert_eq!(status.code(), Some(128 + number), "SIG{signal}");
    let state =
        std::fs::read_to_string(course.path().join(".pylings/state.json")).unwrap_or_default();
    assert!(!state.contains("\"checked\": {\n    \"slow\""), "{state}");
    let left = entries_starting(tmp.path(), &prefix);
    assert!(left.is_empty(), "left after SIG{signal}: {left:?}");
    assert_none_left(&mark, &format!("SIG{signal} to `pylings run`"));
    assert_nothing_of(child.id(), &format!("SIG{signal} to `pylings run`"));
}

/// Waits for `child` to exit within `limit`.
#[track_caller]
fn wait_exit(child: &mut Child, limit: Duration) -> std::process::ExitStatus {
    let start = Instant::now();
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("pylings did not exit within {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[cfg(target_os = "linux")]
#[test]
fn sigterm_during_a_check_leaves_no_temporary_folder() {
    signal_during_a_check_leaves_no_temporary_folder("TERM");
}

#[cfg(target_os = "linux")]
#[test]
fn sigint_during_a_check_leaves_no_temporary_folder() {
    signal_during_a_check_leaves_no_temporary_folder("INT");
}

#[cfg(target_os = "linux")]
#[test]
fn sighup_during_a_check_leaves_no_temporary_folder() {
    signal_during_a_check_leaves_no_temporary_folder("HUP");
}

// ---- races on the progress file ----

/// An output exercise that says it has started (a file `me` in `dir`) and waits until
/// `other` has too, so that two checks are certainly in flight at once.
fn barrier(dir: &Path, me: &str, other: &str) -> String {
    format!(
        "import pathlib, time\n\
         d = pathlib.Path({dir:?})\n\
         (d / {me:?}).write_text('up')\n\
         deadline = time.time() + 20\n\
         while not (d / {other:?}).exists() and time.time() < deadline:\n    \
             time.sleep(0.01)\n\
         print('done' if (d / {other:?}).exists() else 'the other never started')\n",
        dir = dir.display().to_string()
    )
}

/// Starts `cmd` with its output captured, for `wait_with_output`.
fn spawn_captured(mut cmd: Command) -> Child {
    cmd.stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start pylings")
}

#[test]
fn two_runs_at_once_both_count() {
    let course = Course::with(&format!(
        "{}{}",
        output_entry("a", ""),
        output_entry("b", "")
    ));
    let gates = tempfile::tempdir().unwrap();
    course.write("exercises/ch/a.py", &barrier(gates.path(), "a", "b"));
    course.write("exercises/ch/b.py", &barrier(gates.path(), "b", "a"));
    for round in 0..3 {
        let _ = std::fs::remove_file(course.path().join(".pylings/state.json"));
        for gate in ["a", "b"] {
            let _ = std::fs::remove_file(gates.path().join(gate));
        }
        let a = spawn_captured(course.command(&["run", "a"]));
        let b = spawn_captured(course.command(&["run", "b"]));
        for child in [a, b] {
            let run = Run::from(child.wait_with_output().unwrap());
            run.expect(0, &["the output is right"]);
        }
        let list = course.run(&["list"]);
        assert!(
            list.stdout.contains("done    a") && list.stdout.contains("done    b"),
            "round {round}: a lost update:\n{}",
            list.all()
        );
    }
}

#[test]
fn hints_seen_during_verify_are_kept() {
    let course = Course::with(
        "[[exercises]]\nname = \"gate\"\ndir = \"ch\"\nmode = \"output\"\ntopics = [\"t\"]\n\
         expected_output = \"done\"\nhints = [\"one\", \"two\", \"three\"]\n",
    );
    let gates = tempfile::tempdir().unwrap();
    course.write(
        "exercises/ch/gate.py",
        &barrier(gates.path(), "started", "go"),
    );
    let verify = spawn_captured(course.command(&["verify"]));
    // verify has read the progress and its check runs: now the hints.
    wait_until("verify's check to start", WAIT, || {
        gates.path().join("started").exists()
    });
    course
        .run(&["hint", "gate"])
        .expect(0, &["Hint 1 of 3 (gate): one"]);
    course
        .run(&["hint", "gate"])
        .expect(0, &["Hint 2 of 3 (gate): two"]);
    std::fs::write(gates.path().join("go"), "").unwrap();
    Run::from(verify.wait_with_output().unwrap()).expect(0, &["1 of 1 exercises pass"]);
    course
        .run(&["hint", "gate"])
        .expect(0, &["Hint 3 of 3 (gate): three"]);
    course.run(&["list"]).expect(0, &["done    gate"]);
}

// ---- odd files and paths ----

#[test]
fn verify_with_a_deleted_exercise_checks_the_others() {
    let course = Course::fixture();
    course.write("exercises/ch1/hello1.py", "print('Hello, world!')\n");
    std::fs::remove_file(course.path().join("exercises/ch1/add1.py")).unwrap();
    course.run(&["verify"]).expect(
        1,
        &[
            "✗ exercises/ch1/add1.py — `exercises/ch1/add1.py` is missing: `pylings reset add1` \
             brings it back",
            "✗ exercises/ch1/greet1.py — the output is not what was expected",
            "✗ exercises/ch1/pkg1 — 0 of 2 tests passed",
            "1 of 4 exercises pass",
        ],
    );
    course
        .run(&["list"])
        .expect(0, &["done    hello1", "1/4 done"]);
}

/// `pylings init` in `parent`; the workspace's path.
fn init_workspace(parent: &Path) -> PathBuf {
    let run = Run::from(
        Command::new(BIN)
            .args(["init", "ws"])
            .current_dir(parent)
            .env("NO_COLOR", "1")
            .output()
            .unwrap(),
    );
    run.expect(0, &[]);
    parent.join("ws")
}

/// `pylings ARGS` in `dir` with the tests' Python, run through `wrapper` (a program and its
/// arguments, before pylings' path) when there is one.
fn pylings_via(wrapper: &[&str], dir: &Path, args: &[&str]) -> Command {
    let mut cmd = match wrapper.split_first() {
        Some((program, rest)) => {
            let mut cmd = Command::new(program);
            cmd.args(rest).arg(BIN);
            cmd
        }
        None => Command::new(BIN),
    };
    cmd.args(args)
        .current_dir(dir)
        .env("PYLINGS_PYTHON", python())
        .env("NO_COLOR", "1")
        .env_remove("VIRTUAL_ENV");
    cmd
}

fn in_dir(dir: &Path, args: &[&str]) -> Run {
    Run::from(pylings_via(&[], dir, args).output().unwrap())
}

#[cfg(unix)]
#[test]
fn reset_replaces_a_symlink_and_leaves_its_target_alone() {
    let parent = tempfile::tempdir().unwrap();
    let ws = init_workspace(parent.path());
    // The first exercise that is a single file.
    let list = in_dir(&ws, &["list"]);
    let (name, rel) = list
        .stdout
        .lines()
        .skip(1)
        .filter_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            let rel = *words.last()?;
            let name = words
                .iter()
                .find(|w| !["▶", "done", "pending"].contains(w))?;
            rel.ends_with(".py")
                .then(|| (name.to_string(), rel.to_string()))
        })
        .next()
        .unwrap_or_else(|| panic!("no file exercise in:\n{}", list.all()));
    let exercise = ws.join(&rel);
    let original = std::fs::read_to_string(&exercise).unwrap();
    let outside = parent.path().join("elsewhere.py");
    std::fs::write(&outside, "print('my own work')\n").unwrap();
    std::fs::remove_file(&exercise).unwrap();
    std::os::unix::fs::symlink(&outside, &exercise).unwrap();

    let run = in_dir(&ws, &["reset", &name]);
    run.expect(
        0,
        &["is as new", "Your version is saved in .pylings/backups/"],
    );
    assert_eq!(
        std::fs::read_to_string(&outside).unwrap(),
        "print('my own work')\n",
        "the file the symlink pointed to was changed"
    );
    let meta = std::fs::symlink_metadata(&exercise).unwrap();
    assert!(
        meta.is_file(),
        "the exercise is not a regular file: {meta:?}"
    );
    assert_eq!(std::fs::read_to_string(&exercise).unwrap(), original);
    let backup = run
        .stdout
        .lines()
        .find_map(|l| {
            l.split_whitespace()
                .find(|w| w.starts_with(".pylings/backups/"))
        })
        .unwrap();
    assert_eq!(
        std::fs::read_to_string(ws.join(backup)).unwrap(),
        "print('my own work')\n"
    );
}

#[cfg(unix)]
#[test]
fn init_onto_a_dangling_symlink_refuses_and_leaves_nothing() {
    let parent = tempfile::tempdir().unwrap();
    let target = parent.path().join("nowhere").join("ws");
    std::os::unix::fs::symlink(&target, parent.path().join("ws")).unwrap();
    let run = Run::from(
        Command::new(BIN)
            .args(["init", "ws"])
            .current_dir(parent.path())
            .env("NO_COLOR", "1")
            .output()
            .unwrap(),
    );
    run.expect(2, &["`ws` already exists"]);
    assert!(!run.all().contains("panicked"), "{}", run.all());
    assert_eq!(entries_starting(parent.path(), ""), ["ws"]);
    assert!(
        std::fs::symlink_metadata(parent.path().join("ws"))
            .unwrap()
            .is_symlink()
    );
    assert!(!parent.path().join("nowhere").exists());
}

/// Restores a folder's permissions when dropped, so that a failing test can still clean up.
#[cfg(unix)]
struct Writable(PathBuf);

#[cfg(unix)]
impl Drop for Writable {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(0o755));
    }
}

/// The files in `dir` with their sizes, sorted.
fn sizes(dir: &Path) -> Vec<(String, u64)> {
    let mut out: Vec<(String, u64)> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                e.metadata().map(|m| m.len()).unwrap_or(0),
            )
        })
        .collect();
    out.sort();
    out
}

#[cfg(target_os = "linux")]
#[test]
fn a_read_only_progress_folder_still_shows_the_verdict() {
    use std::os::unix::fs::PermissionsExt;
    let course = Course::fixture();
    course.run(&["hint", "hello1"]).expect(0, &[]);
    let state_dir = course.path().join(".pylings");
    let state_before = course.read(".pylings/state.json");
    std::fs::set_permissions(&state_dir, std::fs::Permissions::from_mode(0o500)).unwrap();
    let _restore = Writable(state_dir.clone());
    // Root writes anyway: then run pylings without the capability that lets it.
    let probe = state_dir.join("probe");
    let mut wrapper: Vec<&str> = Vec::new();
    if std::fs::write(&probe, "").is_ok() {
        std::fs::remove_file(&probe).unwrap();
        let drop_caps = [
            "setpriv",
            "--bounding-set=-dac_override,-dac_read_search",
            "--",
        ];
        let blocked = Command::new(drop_caps[0])
            .args(&drop_caps[1..])
            .args(["sh", "-c", "echo > \"$0\""])
            .arg(&probe)
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| !s.success());
        let _ = std::fs::remove_file(&probe);
        if !blocked {
            eprintln!("skipped: the folder stays writable (root without setpriv)");
            return;
        }
        wrapper.extend(drop_caps);
    }
    course.write("exercises/ch1/hello1.py", "print('Hello, world!')\n");
    let before = sizes(&state_dir);
    let run = pylings_via(&wrapper, course.path(), &["run", "hello1"]).output();
    Run::from(run.unwrap()).expect(
        0,
        &[
            "✓ exercises/ch1/hello1.py: the output is right",
            "warning:",
            "your progress could not be saved",
        ],
    );
    assert_eq!(sizes(&state_dir), before, "files in .pylings changed");
    assert_eq!(course.read(".pylings/state.json"), state_before);
    let empty: Vec<_> = before
        .iter()
        .filter(|(name, size)| *size == 0 && name != "state.lock")
        .collect();
    assert!(empty.is_empty(), "0-byte files in .pylings: {empty:?}");
}

/// Runs pylings with its standard output a pipe whose reader is already gone, so that its
/// first write fails with EPIPE.
#[cfg(unix)]
fn into_closed_pipe(course: &Course, args: &[&str]) -> Run {
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let mut cmd = course.command(args);
    cmd.stdout(writer).stderr(Stdio::piped());
    Run::from(cmd.output().unwrap())
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_is_a_quiet_exit() {
    let course = Course::fixture();
    for args in [
        &["list"][..],
        &["progress"],
        &["verify", "--json"],
        &["run", "hello1"],
    ] {
        let run = into_closed_pipe(&course, args);
        assert!(
            run.code == 0 && !run.stderr.contains("panicked"),
            "`pylings {}` into a closed pipe: exit {}\n{}",
            args.join(" "),
            run.code,
            run.stderr
        );
    }
    // The way a user meets it: the reader leaves after the first bytes. With pipefail, the
    // pipeline's status is pylings' own when it fails; every exercise passes, so only a
    // broken pipe taken badly (or a panic, 101) can fail it.
    solve_all(&course);
    for pipeline in [
        "\"$0\" list | head -1",
        "\"$0\" progress | head -1",
        "\"$0\" verify --json | head -c 10",
    ] {
        let script = format!("set -o pipefail; {pipeline}");
        let bash = pylings_via(&["bash", "-c", &script], course.path(), &[]).output();
        let run = Run::from(bash.expect("run bash"));
        assert!(
            run.code == 0 && !run.stderr.contains("panicked"),
            "`{pipeline}`: exit {}\n{}",
            run.code,
            run.stderr
        );
    }
}

/// Lays the fixture's solutions over its exercises.
fn solve_all(course: &Course) {
    for rel in [
        "ch1/hello1.py",
        "ch1/greet1.py",
        "ch1/add1.py",
        "ch1/pkg1/shapes.py",
    ] {
        course.write(
            &format!("exercises/{rel}"),
            &course.read(&format!("solutions/{rel}")),
        );
    }
}

#[test]
fn a_workspace_path_with_a_colon_works() {
    let parent = tempfile::tempdir().unwrap();
    let root = parent.path().join("a:b").join("course");
    copy_dir(&Path::new(REPO).join("tests/fixture"), &root);
    std::fs::write(
        root.join("exercises/ch1/pkg1/shapes.py"),
        "def square_area(side):\n    return side * side\n",
    )
    .unwrap();
    in_dir(&root, &["run", "pkg1"]).expect(0, &["all 2 tests passed"]);
    // The check's own folder with a colon in its path too.
    let tmp = parent.path().join("t:mp");
    std::fs::create_dir(&tmp).unwrap();
    let run = pylings_via(&[], &root, &["run", "pkg1"])
        .env("TMPDIR", &tmp)
        .output();
    Run::from(run.unwrap()).expect(0, &["all 2 tests passed"]);
}

// ---- watch mode ----

#[cfg(unix)]
#[test]
fn watch_names_a_named_pipe_and_keys_still_work() {
    let course = Course::fixture();
    let mut term = Term::start(&course, &[]);
    term.wait_for(&[
        "exercises/ch1/hello1.py",
        "the output is not what was expected",
    ]);
    let file = course.path().join("exercises/ch1/hello1.py");
    std::fs::remove_file(&file).unwrap();
    let status = Command::new("mkfifo").arg(&file).status().unwrap();
    assert!(status.success());
    term.wait_for(&["is a named pipe"]);
    term.press("h");
    term.wait_for(&["Hint 1 of 3 (hello1)"]);
    term.press("q");
    assert_eq!(term.wait_exit(), 0);
}

#[test]
fn a_program_that_writes_to_its_own_file_is_checked_once_per_save() {
    let counter = tempfile::tempdir().unwrap();
    let count_file = counter.path().join("count");
    let program = format!(
        "import pathlib\n\
         count = pathlib.Path({:?})\n\
         count.write_text(str(int(count.read_text()) + 1 if count.exists() else 1))\n\
         open(__file__, 'a').write('#\\n')\n\
         print('done')\n",
        count_file.display().to_string()
    );
    let course = output_course("grow", 30, &program);
    let checks = || {
        std::fs::read_to_string(&count_file)
            .ok()
            .and_then(|t| t.trim().parse::<u32>().ok())
            .unwrap_or(0)
    };
    let mut term = Term::start(&course, &[]);
    term.wait_for(&["the output is right"]);
    wait_until("the first check", WAIT, || checks() >= 1);
    let saved = format!("{program}# saved once\n");
    course.write("exercises/ch/grow.py", &saved);
    wait_until("the check of the save", WAIT, || checks() >= 2);
    // Quiet now: a check that changed the file would make another, and another.
    std::thread::sleep(Duration::from_secs(1));
    let settled = checks();
    std::thread::sleep(Duration::from_secs(2));
    assert_eq!(checks(), settled, "checks kept coming after one save");
    assert!(settled <= 3, "{settled} checks for one start and one save");
    assert_eq!(course.read("exercises/ch/grow.py"), saved);
    term.press("q");
    assert_eq!(term.wait_exit(), 0);
}

#[cfg(target_os = "linux")]
#[test]
fn quitting_during_check_all_leaves_no_process() {
    let (course, mark) = sleepy_course("checkall");
    let mut term = Term::start(&course, &[]);
    term.wait_for(&["Checking"]);
    term.press("c");
    // The current exercise's own check, and check-all's: two processes each.
    let running = 2 + 2 * parallel_checks().min(2);
    wait_until("check-all's processes", WAIT, || {
        marked(&mark).len() >= running
    });
    let pid = term.pid();
    assert!(
        !started_by(pid).is_empty(),
        "checks not found by PYLINGS_CHECK"
    );
    term.press("q");
    assert_eq!(term.wait_exit(), 0);
    assert_none_left(&mark, "quitting watch mode during check-all");
    assert_nothing_of(pid, "quitting watch mode during check-all");
}
