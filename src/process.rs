//! Runs one child process (the learner's Python) to completion, a timeout, an output cap or a
//! cancellation — and in each case stops its whole process group, so that pytest's or
//! multiprocessing's children can't keep the pipes open.

use std::io::{Read, Write};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};

/// How long a stopped program may take to go after SIGTERM before it gets SIGKILL.
const TERM_GRACE: Duration = Duration::from_millis(150);
/// After the program exits, how long we wait for the pipes to close before giving up on any
/// process that escaped the group and still holds them.
const DRAIN_GRACE: Duration = Duration::from_millis(300);
/// How often a running check looks at its cancel flag.
const CANCEL_POLL: Duration = Duration::from_millis(25);

/// The process groups of the checks running now, so that a signal to pylings (a closed
/// terminal, SIGTERM, Ctrl-C in `pylings run`) stops them too: they live in their own groups
/// and would not get it otherwise.
static RUNNING: Mutex<Vec<u32>> = Mutex::new(Vec::new());

/// Stops every running check's process group at once (for exiting on a signal).
#[cfg(unix)]
pub fn stop_all() {
    let running = RUNNING.lock().unwrap_or_else(|e| e.into_inner());
    for pid in running.iter() {
        signal_group(*pid, Signal::Kill);
    }
}

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
}

#[derive(Debug)]
pub struct Finished {
    pub end: End,
    pub status: Option<ExitStatus>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub duration: Duration,
}

pub struct Limits {
    pub timeout: Duration,
    /// Bytes kept of each of stdout and stderr.
    pub output_cap: usize,
}

enum Event {
    Exited(std::io::Result<ExitStatus>),
    Eof,
    CapReached,
}

/// Runs `cmd` with `stdin` as its whole input (or no input at all), capturing its output.
pub fn run(
    mut cmd: Command,
    stdin: Option<&[u8]>,
    limits: &Limits,
    cancel: &Cancel,
) -> Result<Finished> {
    cmd.stdin(if stdin.is_some() {
        Stdio::piped()
    } else {
        Stdio::null()
    })
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    new_process_group(&mut cmd);
    let start = Instant::now();
    let program = cmd.get_program().to_string_lossy().into_owned();
    let mut child = cmd
        .spawn()
        .with_context(|| format!("failed to start `{program}`"))?;
    let pid = child.id();
    RUNNING.lock().unwrap_or_else(|e| e.into_inner()).push(pid);

    let (tx, rx) = mpsc::channel();
    if let (Some(mut pipe), Some(data)) = (child.stdin.take(), stdin) {
        let data = data.to_vec();
        // The program may exit without reading everything: a broken pipe is not our error.
        thread::spawn(move || {
            let _ = pipe.write_all(&data);
        });
    }
    let stdout = Arc::new(Mutex::new(Vec::new()));
    let stderr = Arc::new(Mutex::new(Vec::new()));
    let out_pipe = child.stdout.take().context("stdout was not captured")?;
    let err_pipe = child.stderr.take().context("stderr was not captured")?;
    spawn_reader(out_pipe, Arc::clone(&stdout), limits.output_cap, tx.clone());
    spawn_reader(err_pipe, Arc::clone(&stderr), limits.output_cap, tx.clone());
    spawn_waiter(child, tx);

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
            Ok(Event::Eof) => eofs += 1,
            Ok(Event::CapReached) => end = Some(End::OutputCut),
            Err(RecvTimeoutError::Timeout) => {}
            Err(RecvTimeoutError::Disconnected) => break,
        }
    }
    let duration = start.elapsed();

    if status.is_none() {
        // Stop the whole group: terminate, a short grace, then kill.
        signal_group(pid, Signal::Term);
        let grace_end = Instant::now() + TERM_GRACE;
        status = wait_exit(&rx, grace_end, &mut eofs);
        if status.is_none() {
            signal_group(pid, Signal::Kill);
            status = wait_exit(&rx, Instant::now() + Duration::from_secs(5), &mut eofs);
        }
    } else {
        // The program is gone; anything it left running in its group goes too.
        signal_group(pid, Signal::Kill);
    }
    let drain_end = Instant::now() + DRAIN_GRACE;
    while eofs < 2 {
        let now = Instant::now();
        if now >= drain_end {
            break;
        }
        match rx.recv_timeout(drain_end - now) {
            Ok(Event::Eof) => eofs += 1,
            Ok(Event::CapReached) => {
                end.get_or_insert(End::OutputCut);
            }
            Ok(Event::Exited(_)) => {}
            Err(_) => break,
        }
    }
    RUNNING
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .retain(|p| *p != pid);
    let take = |buf: &Arc<Mutex<Vec<u8>>>| {
        std::mem::take(&mut *buf.lock().unwrap_or_else(|e| e.into_inner()))
    };
    Ok(Finished {
        end: end.unwrap_or(End::Exited),
        status,
        stdout: take(&stdout),
        stderr: take(&stderr),
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
            Ok(Event::Eof) => *eofs += 1,
            Ok(Event::CapReached) => {}
            Err(_) => return None,
        }
    }
}

fn spawn_reader(
    mut pipe: impl Read + Send + 'static,
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

/// The only place the child is waited for.
fn spawn_waiter(mut child: Child, tx: mpsc::Sender<Event>) {
    thread::spawn(move || {
        let _ = tx.send(Event::Exited(child.wait()));
    });
}

enum Signal {
    Term,
    Kill,
}

#[cfg(unix)]
fn new_process_group(cmd: &mut Command) {
    use std::os::unix::process::CommandExt;
    cmd.process_group(0);
}

#[cfg(unix)]
fn signal_group(pid: u32, signal: Signal) {
    let sig = match signal {
        Signal::Term => libc::SIGTERM,
        Signal::Kill => libc::SIGKILL,
    };
    if let Ok(pgid) = libc::pid_t::try_from(pid) {
        // SAFETY: killpg only sends a signal; the group is the one the child leads.
        unsafe {
            libc::killpg(pgid, sig);
        }
    }
}

/// On Windows the child stays in pylings' console group: Ctrl-C reaches it as it reaches
/// pylings, and `taskkill /T` below stops its whole tree on a timeout.
#[cfg(windows)]
fn new_process_group(_cmd: &mut Command) {}

#[cfg(windows)]
fn signal_group(pid: u32, _signal: Signal) {
    // taskkill /T stops the whole tree of the process.
    let _ = Command::new("taskkill")
        .args(["/T", "/F", "/PID", &pid.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status();
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
        }
    }

    #[test]
    fn captures_output_and_status() {
        let done = run(
            sh("echo out; echo err >&2; exit 3"),
            None,
            &limits(5000),
            &Cancel::default(),
        )
        .unwrap();
        assert_eq!(done.end, End::Exited);
        assert_eq!(done.stdout, b"out\n");
        assert_eq!(done.stderr, b"err\n");
        assert_eq!(done.status.unwrap().code(), Some(3));
    }

    #[test]
    fn feeds_stdin_and_closes_it() {
        let done = run(sh("cat"), Some(b"abc"), &limits(5000), &Cancel::default()).unwrap();
        assert_eq!(done.stdout, b"abc");
    }

    #[test]
    fn without_stdin_reading_gets_end_of_file() {
        let done = run(
            sh("read x; echo \"got:$?\""),
            None,
            &limits(5000),
            &Cancel::default(),
        )
        .unwrap();
        assert_eq!(done.stdout, b"got:1\n");
    }

    #[test]
    fn timeout_stops_grandchildren_holding_the_pipe() {
        let start = Instant::now();
        let done = run(
            sh("sleep 30 & sleep 30"),
            None,
            &limits(300),
            &Cancel::default(),
        )
        .unwrap();
        assert_eq!(done.end, End::TimedOut);
        assert!(
            start.elapsed() < Duration::from_secs(5),
            "{:?}",
            start.elapsed()
        );
    }

    #[test]
    fn endless_output_is_cut_at_the_cap() {
        let done = run(sh("yes"), None, &limits(20_000), &Cancel::default()).unwrap();
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
        let done = run(sh("sleep 30"), None, &limits(20_000), &cancel).unwrap();
        assert_eq!(done.end, End::Cancelled);
        assert!(done.duration < Duration::from_secs(5));
    }

    #[test]
    fn a_background_child_left_behind_does_not_block() {
        let start = Instant::now();
        let done = run(
            sh("sleep 30 & echo started"),
            None,
            &limits(20_000),
            &Cancel::default(),
        )
        .unwrap();
        assert_eq!(done.end, End::Exited);
        assert_eq!(done.stdout, b"started\n");
        assert!(start.elapsed() < Duration::from_secs(5));
    }
}
