//! Running the learner's programs: a child process (or a fork of a warm worker) to its end, a
//! timeout, an output cap or a cancellation — and in each case nothing it started is left
//! running afterwards, not even what left its process group.
//!
//! A cold check runs under a supervisor (`pylings __supervise`, see [`supervise`]) that owns
//! the program's whole tree. A warm check is a fork of a [`worker`]. Both are watched by the
//! same [`monitor`], so limits and verdicts can't differ between them.

mod group;
pub mod scratch;
#[cfg(unix)]
pub mod supervise;
#[cfg(unix)]
pub mod worker;

use std::io::{Read, Write};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

#[cfg(unix)]
pub use group::stop_all;
pub use group::{stopping, sweep_orphans};

/// How long a stopped program may take to go after SIGTERM before it gets SIGKILL.
const TERM_GRACE: Duration = Duration::from_millis(150);
/// After the program exits, how long we wait for the pipes to close before giving up on any
/// process that escaped and still holds them.
const DRAIN_GRACE: Duration = Duration::from_millis(300);
/// How often a running check looks at its cancel flag.
const CANCEL_POLL: Duration = Duration::from_millis(25);
/// The file descriptor a test check's report channel has in the child (Unix).
pub const REPORT_FD: i32 = 3;

/// Set from another thread to stop a running check: a newer save, or quitting.
#[derive(Clone, Default, Debug)]
pub struct Cancel(Arc<AtomicBool>);

impl Cancel {
    pub fn cancel(&self) {
        self.0.store(true, Ordering::SeqCst);
    }
    pub fn is_cancelled(&self) -> bool {
        self.0.load(Ordering::SeqCst)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// The program exited by itself.
    Exited,
    TimedOut,
    /// It printed more than the cap and was stopped.
    OutputCut,
    Cancelled,
    /// The warm worker running it died; the caller runs the check again the cold way.
    WorkerLost,
}

#[derive(Debug)]
pub struct Finished {
    pub end: End,
    pub status: Option<ExitStatus>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    /// What came over the report channel (test checks).
    pub report: Vec<u8>,
    pub duration: Duration,
}

#[derive(Debug, Clone)]
pub struct Limits {
    pub timeout: Duration,
    /// Bytes kept of each of stdout and stderr.
    pub output_cap: usize,
    /// The most memory the program may use (`None`: no limit). Unix only.
    #[cfg_attr(windows, allow(dead_code))]
    pub memory_mb: Option<u64>,
}

/// What the program reads and where it reports.
#[derive(Debug, Clone, Default)]
pub struct Input {
    /// Its whole standard input; `None` gives it no input at all.
    pub stdin: Option<Vec<u8>>,
    /// Open a report channel at [`REPORT_FD`] (Unix; elsewhere reports go through a file).
    #[cfg_attr(windows, allow(dead_code))]
    pub report: bool,
}

/// Which stream a reader thread reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stream {
    Stdout,
    Stderr,
    Report,
}

enum Event {
    Exited(std::io::Result<ExitStatus>),
    #[cfg_attr(windows, allow(dead_code))]
    WorkerLost,
    Eof,
    CapReached,
}

/// A program that has started, however it was started.
struct Started {
    /// Its process group (Unix) or process (Windows): what stopping it signals.
    group: u32,
    readers: Vec<(Stream, Box<dyn Read + Send>)>,
    stdin: Option<Box<dyn Write + Send>>,
    /// Sends exactly one `Exited` or `WorkerLost`.
    waiter: Box<dyn FnOnce(mpsc::Sender<Event>) + Send>,
}

/// Runs `cmd` the cold way: a new process under the supervisor, in a process group of its own.
pub fn run(cmd: Command, input: &Input, limits: &Limits, cancel: &Cancel) -> Result<Finished> {
    let started = group::start(cmd, input, limits, true)?;
    let finished = monitor(started, input.stdin.clone(), limits, cancel);
    group::after_check();
    finished
}

/// Watches a started program to its end, applying the limits; stops its whole group when it
/// must, and waits for it exactly once.
fn monitor(
    started: Started,
    stdin: Option<Vec<u8>>,
    limits: &Limits,
    cancel: &Cancel,
) -> Result<Finished> {
    let start = Instant::now();
    let Started {
        group,
        readers,
        stdin: stdin_pipe,
        waiter,
    } = started;
    let (tx, rx) = mpsc::channel();
    if let (Some(mut pipe), Some(data)) = (stdin_pipe, stdin) {
        // The program may exit without reading everything: a broken pipe is not our error.
        thread::spawn(move || {
            let _ = pipe.write_all(&data);
        });
    }
    let streams = readers.len();
    let mut buffers = Vec::new();
    for (stream, pipe) in readers {
        let buf = Arc::new(Mutex::new(Vec::new()));
        // The report is ours, not the program's output: it is never what gets cut.
        let cap = if stream == Stream::Report {
            usize::MAX
        } else {
            limits.output_cap
        };
        spawn_reader(pipe, Arc::clone(&buf), cap, tx.clone());
        buffers.push((stream, buf));
    }
    waiter(tx);

    let deadline = start + limits.timeout;
    let mut end = None;
    let mut status = None;
    let mut eofs = 0;
    // Phase 1: until the program exits or must be stopped.
    while status.is_none() && end.is_none() {
        let now = Instant::now();
        if cancel.is_cancelled() {
            end = Some(End::Cancelled);
            break;
        }
        if now >= deadline {
            end = Some(End::TimedOut);
            break;
        }
        match rx.recv_timeout((deadline - now).min(CANCEL_POLL)) {
            Ok(Event::Exited(result)) => {
                status = Some(result.context("failed to wait for the program")?);
            }
            Ok(Event::WorkerLost) => end = Some(End::WorkerLost),
            Ok(Event::Eof) => eofs += 1,
            Ok(Event::CapReached) => end = Some(End::OutputCut),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    let duration = start.elapsed();
    if group::stopping() {
        // pylings is exiting on a signal and stopped it: not the program's doing.
        end = Some(End::Cancelled);
    }

    if status.is_none() && end != Some(End::WorkerLost) {
        // Stop the whole group: terminate, a short grace, then kill.
        group::signal(group, group::Signal::Term);
        status = wait_exit(&rx, Instant::now() + TERM_GRACE, &mut eofs);
        if status.is_none() {
            group::signal(group, group::Signal::Kill);
            status = wait_exit(&rx, Instant::now() + Duration::from_secs(5), &mut eofs);
        }
    } else {
        // The program is gone; anything it left running in its group goes too.
        group::signal(group, group::Signal::Kill);
    }
    let drain_end = Instant::now() + DRAIN_GRACE;
    while eofs < streams {
        let now = Instant::now();
        if now >= drain_end {
            break;
        }
        match rx.recv_timeout(drain_end - now) {
            Ok(Event::Eof) => eofs += 1,
            Ok(Event::CapReached) => {
                end.get_or_insert(End::OutputCut);
            }
            Ok(Event::Exited(_) | Event::WorkerLost) => {}
            Err(_) => break,
        }
    }
    let take = |wanted: Stream| {
        buffers
            .iter()
            .find(|(stream, _)| *stream == wanted)
            .map(|(_, buf)| std::mem::take(&mut *buf.lock().unwrap_or_else(|e| e.into_inner())))
            .unwrap_or_default()
    };
    Ok(Finished {
        end: end.unwrap_or(End::Exited),
        status,
        stdout: take(Stream::Stdout),
        stderr: take(Stream::Stderr),
        report: take(Stream::Report),
        duration,
    })
}

fn wait_exit(rx: &mpsc::Receiver<Event>, until: Instant, eofs: &mut usize) -> Option<ExitStatus> {
    loop {
        let now = Instant::now();
        if now >= until {
            return None;
        }
        match rx.recv_timeout(until - now) {
            Ok(Event::Exited(result)) => return result.ok(),
            Ok(Event::WorkerLost) => return None,
            Ok(Event::Eof) => *eofs += 1,
            Ok(Event::CapReached) => {}
            Err(_) => return None,
        }
    }
}

fn spawn_reader(
    mut pipe: Box<dyn Read + Send>,
    buf: Arc<Mutex<Vec<u8>>>,
    cap: usize,
    tx: mpsc::Sender<Event>,
) {
    thread::spawn(move || {
        let mut chunk = [0u8; 8192];
        loop {
            match pipe.read(&mut chunk) {
                Ok(0) => break,
                Ok(n) => {
                    let mut buf = buf.lock().unwrap_or_else(|e| e.into_inner());
                    let room = cap.saturating_sub(buf.len());
                    buf.extend_from_slice(&chunk[..n.min(room)]);
                    if n > room {
                        // Dropping the pipe makes further writes fail; the group is stopped too.
                        let _ = tx.send(Event::CapReached);
                        break;
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                Err(_) => break,
            }
        }
        let _ = tx.send(Event::Eof);
    });
}

/// Runs a short helper command (a probe, `python -m venv`) to completion with a timeout, its
/// output captured; for commands that are ours rather than the learner's.
pub fn run_helper(mut cmd: Command, timeout: Duration) -> Result<Finished> {
    cmd.stdin(Stdio::null());
    let limits = Limits {
        timeout,
        output_cap: 4 * 1024 * 1024,
        memory_mb: None,
    };
    // Ours, not the learner's: no supervisor, so a missing program is an error of its own.
    let started = group::start(cmd, &Input::default(), &limits, false)?;
    monitor(started, None, &limits, &Cancel::default())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    fn sh(script: &str) -> Command {
        let mut cmd = Command::new("sh");
        cmd.args(["-c", script]);
        cmd
    }

    fn limits(ms: u64) -> Limits {
        Limits {
            timeout: Duration::from_millis(ms),
            output_cap: 1000,
            memory_mb: None,
        }
    }

    fn run_sh(script: &str, ms: u64) -> Finished {
        run(
            sh(script),
            &Input::default(),
            &limits(ms),
            &Cancel::default(),
        )
        .unwrap()
    }

    #[test]
    fn captures_output_and_status() {
        let done = run_sh("echo out; echo err >&2; exit 3", 5000);
        assert_eq!(done.end, End::Exited);
        assert_eq!(done.stdout, b"out\n");
        assert_eq!(done.stderr, b"err\n");
        assert_eq!(done.status.unwrap().code(), Some(3));
    }

    #[test]
    fn feeds_stdin_and_closes_it() {
        let input = Input {
            stdin: Some(b"abc".to_vec()),
            report: false,
        };
        let done = run(sh("cat"), &input, &limits(5000), &Cancel::default()).unwrap();
        assert_eq!(done.stdout, b"abc");
    }

    #[test]
    fn the_report_channel_is_fd_3() {
        let input = Input {
            stdin: None,
            report: true,
        };
        let done = run(
            sh("echo report >&3; echo out"),
            &input,
            &limits(5000),
            &Cancel::default(),
        )
        .unwrap();
        assert_eq!(done.report, b"report\n");
        assert_eq!(done.stdout, b"out\n");
    }

    #[test]
    fn without_stdin_reading_gets_end_of_file() {
        let done = run_sh("read x; echo \"got:$?\"", 5000);
        assert_eq!(done.stdout, b"got:1\n");
    }

    #[test]
    fn timeout_stops_grandchildren_holding_the_pipe() {
        let start = Instant::now();
        let done = run_sh("sleep 30 & sleep 30", 300);
        assert_eq!(done.end, End::TimedOut);
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{:?}",
            start.elapsed()
        );
    }

    #[test]
    fn endless_output_is_cut_at_the_cap() {
        let done = run_sh("yes", 20_000);
        assert_eq!(done.end, End::OutputCut);
        assert_eq!(done.stdout.len(), 1000);
    }

    #[test]
    fn cancel_stops_a_running_program() {
        let cancel = Cancel::default();
        let trigger = cancel.clone();
        thread::spawn(move || {
            thread::sleep(Duration::from_millis(100));
            trigger.cancel();
        });
        let done = run(sh("sleep 30"), &Input::default(), &limits(20_000), &cancel).unwrap();
        assert_eq!(done.end, End::Cancelled);
        assert!(done.duration < Duration::from_secs(5));
    }

    #[test]
    fn a_background_child_left_behind_does_not_block() {
        let start = Instant::now();
        let done = run_sh("sleep 30 & echo started", 20_000);
        assert_eq!(done.end, End::Exited);
        assert_eq!(done.stdout, b"started\n");
        assert!(start.elapsed() < Duration::from_secs(5));
    }
}
