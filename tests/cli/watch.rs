//! Watch mode through a real pseudo-terminal: the screen is read through a terminal emulator,
//! keys are typed, and files are saved the ways editors save them. Every wait has a timeout.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

use super::{BIN, Course, python};

const ROWS: u16 = 40;
const COLS: u16 = 120;
const WAIT: Duration = Duration::from_secs(30);

/// Watch mode in a pseudo-terminal, read through a terminal emulator (also used by the fault
/// tests).
pub(crate) struct Term {
    screen: Arc<Mutex<vt100::Parser>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Term {
    pub(crate) fn start(course: &Course, args: &[&str]) -> Term {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(BIN);
        cmd.args(args);
        cmd.cwd(course.path());
        cmd.env("PYLINGS_PYTHON", python());
        cmd.env("TERM", "xterm-256color");
        cmd.env("NO_COLOR", "1");
        cmd.env_remove("VIRTUAL_ENV");
        let child = pty
            .slave
            .spawn_command(cmd)
            .expect("start pylings in the pty");
        drop(pty.slave);
        let mut reader = pty.master.try_clone_reader().expect("pty reader");
        let writer = pty.master.take_writer().expect("pty writer");
        let screen = Arc::new(Mutex::new(vt100::Parser::new(ROWS, COLS, 0)));
        let feed = Arc::clone(&screen);
        std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                feed.lock().unwrap().process(&buf[..n]);
            }
        });
        Term {
            screen,
            writer,
            child,
            _master: pty.master,
        }
    }

    /// The process id of pylings in the pty (the Linux fault tests look for what it left).
    #[cfg(target_os = "linux")]
    pub(crate) fn pid(&self) -> u32 {
        self.child.process_id().expect("pylings has a pid")
    }

    pub(crate) fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows every one of `needles`.
    #[track_caller]
    pub(crate) fn wait_for(&self, needles: &[&str]) -> String {
        let start = Instant::now();
        loop {
            let screen = self.contents();
            if needles.iter().all(|n| screen.contains(n)) {
                return screen;
            }
            assert!(
                start.elapsed() < WAIT,
                "timed out waiting for {needles:?}; the screen shows:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub(crate) fn press(&mut self, keys: &str) {
        self.writer.write_all(keys.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Waits for pylings to exit and returns its exit code.
    #[track_caller]
    pub(crate) fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            assert!(
                start.elapsed() < WAIT,
                "pylings did not exit; screen:\n{}",
                self.contents()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Term {
    /// What pylings gets when its terminal window is closed: SIGHUP. (Dropping our side of the
    /// pty isn't enough to close it: the reader thread holds a copy.)
    #[cfg(unix)]
    fn hang_up(&mut self) {
        let pid = self.child.process_id().expect("pylings has a pid");
        let status = std::process::Command::new("kill")
            .args(["-HUP", &pid.to_string()])
            .status()
            .unwrap();
        assert!(status.success());
    }
}

impl Drop for Term {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

/// Saves the way vim and JetBrains do: a new file renamed over the old one.
fn save_by_rename(path: &Path, text: &str) {
    let tmp = path.with_file_name(format!(
        ".{}.tmp",
        path.file_name().unwrap().to_string_lossy()
    ));
    std::fs::write(&tmp, text).unwrap();
    std::fs::rename(&tmp, path).unwrap();
}

#[test]
fn a_learner_solves_exercises_with_keys_and_saves() {
    let course = Course::fixture();
    let mut term = Term::start(&course, &[]);
    term.wait_for(&[
        "Welcome to the fixture course",
        "exercises/ch1/hello1.py",
        "the output is not what was expected",
        "0/4",
    ]);

    term.press("h");
    term.wait_for(&["Hint 1 of 3 (hello1): Read the diff."]);
    term.press("h");
    term.wait_for(&["Hint 2 of 3 (hello1): print() writes a line."]);

    // Saved in place.
    course.write("exercises/ch1/hello1.py", "print('Hello, world!')\n");
    term.wait_for(&[
        "the output is right",
        "Done!",
        "solutions/ch1/hello1.py",
        "1/4",
    ]);

    term.press("n");
    let screen = term.wait_for(&[
        "exercises/ch1/greet1.py",
        "the output is not what was expected",
    ]);
    assert!(!screen.contains("Welcome to the fixture course"));

    // `n` on an unsolved exercise asks first; any key but `y` stays.
    term.press("n");
    term.wait_for(&["Skip `greet1` unsolved and go on to `add1`?"]);
    term.press("x");
    term.wait_for(&[
        "exercises/ch1/greet1.py",
        "the output is not what was expected",
    ]);

    // Saved by rename over the file.
    save_by_rename(
        &course.path().join("exercises/ch1/greet1.py"),
        "name = input('Name: ')\nprint(f'Hello, {name}!')\n",
    );
    term.wait_for(&["the output is right", "2/4"]);

    term.press("l");
    term.wait_for(&[
        "STATE",
        "CHAPTER",
        "hello1",
        "pkg1",
        "2/4 done",
        "★ Halfway",
    ]);
    term.press("p");
    let screen = term.wait_for(&["[showing pending]"]);
    assert!(!screen.contains("hello1"), "{screen}");
    term.press("/pkg\r");
    term.wait_for(&["search: pkg"]);
    term.press("\r");
    term.wait_for(&["Exercise: exercises/ch1/pkg1", "0 of 2 tests passed"]);

    term.press("q");
    assert_eq!(term.wait_exit(), 0);
    let state = course.read(".pylings/state.json");
    assert!(state.contains("\"current\": \"pkg1\""), "{state}");
}

#[test]
fn q_quits_while_the_program_loops_forever() {
    let course = Course::fixture();
    course.write("exercises/ch1/hello1.py", &spin_program(course.path()));
    let mut term = Term::start(&course, &[]);
    term.wait_for(&["Checking…"]);
    // Let the program get going (and its child start) before quitting.
    let start = Instant::now();
    while !children_running(course.path()) && start.elapsed() < WAIT {
        std::thread::sleep(Duration::from_millis(20));
    }
    term.press("q");
    assert_eq!(term.wait_exit(), 0);
    let start = Instant::now();
    while children_running(course.path()) {
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "the learner's program outlived pylings"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// A program that starts a child and then loops forever. The child's command line names the
/// course, so that each test finds only its own processes.
fn spin_program(course: &Path) -> String {
    format!(
        "import subprocess, sys\n\
         subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)  # {}'])\n\
         while True:\n    pass\n",
        course.display()
    )
}

/// Whether a process of this course's checks is still running: the program (its path is in
/// the course) or the child it started.
fn children_running(course: &Path) -> bool {
    let needle = course.display().to_string();
    std::fs::read_dir("/proc").is_ok_and(|procs| {
        procs.filter_map(|e| e.ok()).any(|entry| {
            std::fs::read(entry.path().join("cmdline"))
                .is_ok_and(|cmd| String::from_utf8_lossy(&cmd).contains(&needle))
        })
    })
}

#[test]
fn a_burst_of_saves_ends_in_the_verdict_of_the_final_content() {
    let course = Course::fixture();
    let mut term = Term::start(&course, &[]);
    term.wait_for(&["the output is not what was expected"]);
    let file = course.path().join("exercises/ch1/hello1.py");
    let right = "print('Hello, world!')\n";
    let wrong = "print('Hello, there!')\n";
    for round in 0..2 {
        let last_is_right = round == 0;
        for i in 0..50 {
            let text = if (i % 2 == 0) == last_is_right {
                wrong
            } else {
                right
            };
            if i % 3 == 0 {
                save_by_rename(&file, text);
            } else {
                std::fs::write(&file, text).unwrap();
            }
            std::thread::sleep(Duration::from_millis(15));
        }
        let final_text = std::fs::read_to_string(&file).unwrap();
        assert_eq!(final_text == right, last_is_right);
        if last_is_right {
            term.wait_for(&["the output is right", "1/4"]);
        } else {
            term.wait_for(&["+ Hello, there!", "0/4"]);
        }
    }
    term.press("q");
    assert_eq!(term.wait_exit(), 0);
}

#[test]
fn without_a_terminal_it_points_to_run() {
    let course = Course::fixture();
    course
        .run(&[])
        .expect(2, &["watch mode needs a terminal", "pylings run"]);
}

#[test]
fn manual_run_checks_on_enter() {
    let course = Course::fixture();
    let mut term = Term::start(&course, &["--manual-run"]);
    term.wait_for(&["enter check", "the output is not what was expected"]);
    course.write("exercises/ch1/hello1.py", "print('Hello, world!')\n");
    term.press("\r");
    term.wait_for(&["the output is right"]);
    term.press("r");
    term.wait_for(&["Reset `hello1` to how it was at the start?"]);
    term.press("x");
    term.wait_for(&["Nothing was reset."]);
    term.press("q");
    assert_eq!(term.wait_exit(), 0);
}

#[test]
fn polling_sees_saves_too() {
    let course = Course::fixture();
    let mut term = Term::start(&course, &["--poll"]);
    term.wait_for(&[
        "watching by polling: asked for with --poll",
        "the output is not what was expected",
    ]);
    save_by_rename(
        &course.path().join("exercises/ch1/hello1.py"),
        "print('Hello, world!')\n",
    );
    term.wait_for(&["the output is right"]);
    term.press("q");
    assert_eq!(term.wait_exit(), 0);
}

#[test]
fn edit_cmd_opens_each_exercise_that_becomes_current() {
    let course = Course::fixture();
    let log = course.path().join("opened.log");
    let cmd = format!("echo >> '{}'", log.display());
    let mut term = Term::start(&course, &["--edit-cmd", &cmd]);
    term.wait_for(&["exercises/ch1/hello1.py"]);
    term.press("n");
    // hello1 is unsolved: pylings asks before skipping it.
    term.wait_for(&["Skip `hello1` unsolved and go on to `greet1`?"]);
    term.press("y");
    term.wait_for(&["exercises/ch1/greet1.py"]);
    let start = Instant::now();
    loop {
        let opened = std::fs::read_to_string(&log).unwrap_or_default();
        if opened.contains("greet1.py") {
            assert!(
                opened
                    .lines()
                    .next()
                    .unwrap()
                    .ends_with("exercises/ch1/hello1.py"),
                "{opened}"
            );
            break;
        }
        assert!(
            start.elapsed() < WAIT,
            "the editor command was not run: {opened:?}"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    term.press("q");
    assert_eq!(term.wait_exit(), 0);
}

#[cfg(unix)]
#[test]
fn closing_the_terminal_stops_the_learners_program() {
    let course = Course::fixture();
    course.write("exercises/ch1/hello1.py", &spin_program(course.path()));
    let mut term = Term::start(&course, &[]);
    term.wait_for(&["Checking…"]);
    let start = Instant::now();
    while !children_running(course.path()) && start.elapsed() < WAIT {
        std::thread::sleep(Duration::from_millis(20));
    }
    term.hang_up();
    let start = Instant::now();
    while term.child.try_wait().unwrap().is_none() || children_running(course.path()) {
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "pylings or its child outlived the terminal"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}
