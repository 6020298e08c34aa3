//! Warm workers for test checks: Python processes that have imported pytest (and the
//! packages exercises need) and fork one child per check (`pylings_worker.py`). A check sent to
//! a worker is watched by the same monitor as a cold one; a worker that dies mid-check makes
//! the check end with [`End::WorkerLost`], and the caller runs it again the cold way.

use std::collections::{BTreeMap, HashSet};
use std::ffi::OsString;
use std::io::{BufRead, BufReader, Write};
use std::os::fd::{AsRawFd, OwnedFd, RawFd};
use std::os::unix::net::UnixStream;
use std::os::unix::process::{CommandExt, ExitStatusExt};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use serde::Deserialize;
use serde_json::json;

use super::group::{self, CHECK_MARKER, pipe};
use super::{Cancel, Event, Finished, Input, Limits, Started, Stream, monitor};

/// How long a new worker may take to import pytest and say it is ready.
const START_TIMEOUT: Duration = Duration::from_secs(30);
/// A pool whose workers fail to start this many times in a row gives up: cold checks only.
const MAX_START_FAILURES: usize = 2;

/// What a check sends to a worker besides its streams.
pub struct Request {
    /// `pylings_check.py`'s configuration (its report channel is added here).
    pub config: serde_json::Value,
    pub cwd: PathBuf,
    /// Variables to set on top of pylings' own environment, and names to remove.
    pub env: Vec<(OsString, Option<OsString>)>,
    /// Top-level module names the exercise brings: the worker forgets any module of the same
    /// name it imported, so the exercise's own is the one found.
    pub fresh: Vec<String>,
    /// Third-party packages the exercise needs: imported in the worker first (once per
    /// worker), so the fork has them.
    pub requires: Vec<String>,
}

#[derive(Deserialize)]
struct Reply {
    pid: Option<u32>,
    status: Option<i32>,
    missing: Option<Vec<String>>,
    ready: Option<bool>,
}

struct Worker {
    child: Child,
    reader: BufReader<UnixStream>,
    writer: UnixStream,
    /// Modules this worker has imported (or found missing) already.
    imported: HashSet<String>,
}

impl Worker {
    fn reply(&mut self) -> Result<Reply> {
        let mut line = String::new();
        let n = self
            .reader
            .read_line(&mut line)
            .context("the worker stopped answering")?;
        if n == 0 {
            bail!("the worker is gone");
        }
        serde_json::from_str(&line).context("the worker sent something unreadable")
    }

    fn send(&mut self, value: &serde_json::Value, fds: &[RawFd]) -> Result<()> {
        let mut line = serde_json::to_vec(value)?;
        line.push(b'\n');
        send_with_fds(&self.writer, &line, fds).context("failed to talk to the worker")
    }

    fn kill(mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        group::unregister(self.child.id());
    }
}

/// Sends `data` with `fds` attached (SCM_RIGHTS) to the first byte.
fn send_with_fds(sock: &UnixStream, data: &[u8], fds: &[RawFd]) -> std::io::Result<()> {
    let fd_bytes = std::mem::size_of_val(fds);
    // SAFETY: CMSG_SPACE and CMSG_LEN are pure size computations.
    let space = unsafe { libc::CMSG_SPACE(fd_bytes as u32) } as usize;
    let mut control = vec![0u8; space.max(1)];
    let mut iov = libc::iovec {
        iov_base: data.as_ptr() as *mut libc::c_void,
        iov_len: data.len(),
    };
    // SAFETY: a zeroed msghdr is valid; every pointer we set outlives the sendmsg call, and
    // the control buffer is exactly CMSG_SPACE bytes for `fds`.
    let sent = unsafe {
        let mut msg: libc::msghdr = std::mem::zeroed();
        msg.msg_iov = &mut iov;
        msg.msg_iovlen = 1;
        if !fds.is_empty() {
            msg.msg_control = control.as_mut_ptr() as *mut libc::c_void;
            msg.msg_controllen = space as _;
            let cmsg = libc::CMSG_FIRSTHDR(&msg);
            (*cmsg).cmsg_level = libc::SOL_SOCKET;
            (*cmsg).cmsg_type = libc::SCM_RIGHTS;
            (*cmsg).cmsg_len = libc::CMSG_LEN(fd_bytes as u32) as _;
            std::ptr::copy_nonoverlapping(
                fds.as_ptr() as *const u8,
                libc::CMSG_DATA(cmsg),
                fd_bytes,
            );
        }
        libc::sendmsg(sock.as_raw_fd(), &msg, libc::MSG_NOSIGNAL)
    };
    if sent < 0 {
        return Err(std::io::Error::last_os_error());
    }
    // The descriptors went with the first byte; the rest of a long line follows plainly.
    (&*sock).write_all(&data[sent as usize..])
}

/// Workers for one interpreter. Checks borrow a worker, one check at a time each.
pub struct Pool {
    python: PathBuf,
    support: PathBuf,
    /// Changes to pylings' environment that every check gets (set once for the worker).
    env: Vec<(OsString, Option<OsString>)>,
    size: usize,
    state: Mutex<PoolState>,
    available: Condvar,
    broken: AtomicBool,
    spawner: Spawner,
}

#[derive(Default)]
struct PoolState {
    idle: Vec<Worker>,
    live: usize,
    failures: usize,
}

impl Pool {
    /// A pool of at most `size` workers running `python` with the files in `support`.
    pub fn new(
        python: &Path,
        support: &Path,
        env: Vec<(OsString, Option<OsString>)>,
        size: usize,
    ) -> Arc<Pool> {
        Arc::new(Pool {
            python: python.to_path_buf(),
            support: support.to_path_buf(),
            env,
            size: size.max(1),
            state: Mutex::new(PoolState::default()),
            available: Condvar::new(),
            broken: AtomicBool::new(false),
            spawner: Spawner::start(),
        })
    }

    /// False once workers failed to start: checks go the cold way.
    pub fn usable(&self) -> bool {
        !self.broken.load(Ordering::SeqCst)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, PoolState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn acquire(self: &Arc<Self>) -> Result<Worker> {
        let mut state = self.lock();
        loop {
            if let Some(worker) = state.idle.pop() {
                return Ok(worker);
            }
            if state.live < self.size {
                state.live += 1;
                drop(state);
                return match self.spawner.spawn(self.command()).and_then(handshake) {
                    Ok(worker) => {
                        self.lock().failures = 0;
                        Ok(worker)
                    }
                    Err(err) => {
                        let mut state = self.lock();
                        state.live -= 1;
                        state.failures += 1;
                        if state.failures >= MAX_START_FAILURES {
                            self.broken.store(true, Ordering::SeqCst);
                        }
                        self.available.notify_one();
                        Err(err)
                    }
                };
            }
            state = self
                .available
                .wait(state)
                .unwrap_or_else(|e| e.into_inner());
        }
    }

    fn release(&self, worker: Worker) {
        self.lock().idle.push(worker);
        self.available.notify_one();
    }

    fn discard(&self, worker: Worker) {
        worker.kill();
        self.lock().live -= 1;
        self.available.notify_one();
    }

    fn command(&self) -> Command {
        let mut cmd = Command::new(&self.python);
        cmd.arg("-c")
            // `-c` puts the working folder first on sys.path, where a cold check has the script's
            // folder: the support folder takes its place.
            .arg("import sys; sys.path[0] = sys.argv[1]; import pylings_worker; pylings_worker.main()")
            .arg(&self.support)
            .current_dir(&self.support)
            .env(CHECK_MARKER, group::marker_value());
        for (key, value) in &self.env {
            match value {
                Some(value) => cmd.env(key, value),
                None => cmd.env_remove(key),
            };
        }
        cmd.stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            // Its own group: a Ctrl-C meant for pylings is not for the worker.
            .process_group(0);
        cmd
    }

    /// Starts a worker now (and imports `modules` in it), so the first check is warm too.
    pub fn prewarm(self: &Arc<Self>, modules: Vec<String>) {
        let pool = Arc::clone(self);
        std::thread::spawn(move || {
            if let Ok(mut worker) = pool.acquire() {
                let _ = import(&mut worker, &modules);
                pool.release(worker);
            }
        });
    }

    /// Which of `modules` can't be imported, asked of a worker (which imports the rest, so
    /// the check that needs them starts warm).
    pub fn missing(self: &Arc<Self>, modules: &[String]) -> Result<Vec<String>> {
        let mut worker = self.acquire()?;
        match import(&mut worker, modules) {
            Ok(missing) => {
                self.release(worker);
                Ok(missing)
            }
            Err(err) => {
                self.discard(worker);
                Err(err)
            }
        }
    }

    /// Runs one test check in a worker.
    pub fn run(
        self: &Arc<Self>,
        request: Request,
        input: &Input,
        limits: &Limits,
        cancel: &Cancel,
    ) -> Result<Finished> {
        let mut worker = self.acquire()?;
        if let Err(err) = import(&mut worker, &request.requires) {
            self.discard(worker);
            return Err(err);
        }
        let started = match start_check(&mut worker, &request, input, limits) {
            Ok(pid) => pid,
            Err(err) => {
                self.discard(worker);
                return Err(err);
            }
        };
        let (pid, streams, stdin) = started;
        group::register(pid);
        let pool = Arc::clone(self);
        let finished = monitor(
            Started {
                group: pid,
                readers: streams,
                stdin,
                waiter: Box::new(move |tx: mpsc::Sender<Event>| {
                    std::thread::spawn(move || {
                        let reply = worker.reply();
                        group::unregister(pid);
                        match reply.ok().and_then(|r| r.status) {
                            Some(status) => {
                                pool.release(worker);
                                let _ = tx.send(Event::Exited(Ok(ExitStatus::from_raw(status))));
                            }
                            None => {
                                pool.discard(worker);
                                let _ = tx.send(Event::WorkerLost);
                            }
                        }
                    });
                }),
            },
            input.stdin.clone(),
            limits,
            cancel,
        );
        group::after_check();
        finished
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        let idle = std::mem::take(&mut self.lock().idle);
        for worker in idle {
            worker.kill();
        }
    }
}

fn handshake(mut worker: Worker) -> Result<Worker> {
    worker
        .reader
        .get_ref()
        .set_read_timeout(Some(START_TIMEOUT))
        .ok();
    let ready = worker.reply().map(|r| r.ready == Some(true));
    worker.reader.get_ref().set_read_timeout(None).ok();
    match ready {
        Ok(true) => Ok(worker),
        Ok(false) => {
            worker.kill();
            bail!("the worker did not start")
        }
        Err(err) => {
            worker.kill();
            Err(err.context("the worker did not start"))
        }
    }
}

fn import(worker: &mut Worker, modules: &[String]) -> Result<Vec<String>> {
    let wanted: Vec<&String> = modules
        .iter()
        .filter(|m| !worker.imported.contains(*m))
        .collect();
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    worker.send(&json!({"op": "import", "modules": wanted}), &[])?;
    let missing = worker.reply()?.missing.unwrap_or_default();
    for module in wanted {
        if !missing.contains(module) {
            worker.imported.insert(module.clone());
        }
    }
    Ok(missing)
}

type StartedCheck = (
    u32,
    Vec<(Stream, Box<dyn std::io::Read + Send>)>,
    Option<Box<dyn Write + Send>>,
);

fn start_check(
    worker: &mut Worker,
    request: &Request,
    input: &Input,
    limits: &Limits,
) -> Result<StartedCheck> {
    let (out_read, out_write) = pipe()?;
    let (err_read, err_write) = pipe()?;
    let (report_read, report_write) = pipe()?;
    let stdin = match &input.stdin {
        Some(_) => Some(pipe()?),
        None => None,
    };
    let mut names = Vec::new();
    let mut fds: Vec<OwnedFd> = Vec::new();
    let mut stdin_write = None;
    if let Some((read, write)) = stdin {
        names.push("stdin");
        fds.push(read);
        stdin_write = Some(write);
    }
    names.extend(["stdout", "stderr", "report"]);
    fds.extend([out_write, err_write, report_write]);
    let env = child_env(&request.env);
    let message = json!({
        "op": "check",
        "config": request.config,
        "cwd": request.cwd,
        "env": env,
        "memory_mb": limits.memory_mb,
        "fds": names,
        "fresh": request.fresh,
        "requires": request.requires,
    });
    let raw: Vec<RawFd> = fds.iter().map(AsRawFd::as_raw_fd).collect();
    worker.send(&message, &raw)?;
    // The worker holds its copies now; ours would keep the pipes open.
    drop(fds);
    let pid = worker
        .reply()?
        .pid
        .context("the worker did not start the check")?;
    let streams: Vec<(Stream, Box<dyn std::io::Read + Send>)> = vec![
        (Stream::Stdout, Box::new(std::fs::File::from(out_read))),
        (Stream::Stderr, Box::new(std::fs::File::from(err_read))),
        (Stream::Report, Box::new(std::fs::File::from(report_read))),
    ];
    let stdin = stdin_write.map(|w| Box::new(std::fs::File::from(w)) as Box<dyn Write + Send>);
    Ok((pid, streams, stdin))
}

/// pylings' environment with the check's changes, as the worker's child sets it whole.
/// Variables that aren't UTF-8 can't travel as JSON and are left out.
fn child_env(changes: &[(OsString, Option<OsString>)]) -> BTreeMap<String, String> {
    let mut env: BTreeMap<String, String> = std::env::vars_os()
        .filter_map(|(k, v)| Some((k.into_string().ok()?, v.into_string().ok()?)))
        .collect();
    for (key, value) in changes {
        let Some(key) = key.to_str() else { continue };
        match value.as_ref().and_then(|v| v.to_str()) {
            Some(value) => {
                env.insert(key.to_string(), value.to_string());
            }
            None => {
                env.remove(key);
            }
        }
    }
    env.insert(CHECK_MARKER.to_string(), group::marker_value());
    env
}

/// Starts workers from one long-lived thread: a child's death signal fires when the thread
/// that started it ends, and check threads come and go.
struct Spawner {
    tx: Mutex<mpsc::Sender<(Command, mpsc::Sender<Result<Worker>>)>>,
}

impl Spawner {
    fn start() -> Spawner {
        let (tx, rx) = mpsc::channel::<(Command, mpsc::Sender<Result<Worker>>)>();
        std::thread::spawn(move || {
            for (cmd, reply) in rx {
                let _ = reply.send(spawn_worker(cmd));
            }
        });
        Spawner { tx: Mutex::new(tx) }
    }

    fn spawn(&self, cmd: Command) -> Result<Worker> {
        let (reply_tx, reply_rx) = mpsc::channel();
        self.tx
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .send((cmd, reply_tx))
            .context("the worker spawner is gone")?;
        reply_rx.recv().context("the worker spawner is gone")?
    }
}

fn spawn_worker(mut cmd: Command) -> Result<Worker> {
    let (ours, theirs) = UnixStream::pair().context("failed to make a socket pair")?;
    let fd = theirs.as_raw_fd();
    // SAFETY: between fork and exec only dup2, fcntl and prctl, which are async-signal-safe.
    unsafe {
        cmd.pre_exec(move || {
            #[cfg(target_os = "linux")]
            libc::prctl(
                libc::PR_SET_PDEATHSIG,
                libc::SIGTERM as libc::c_ulong,
                0,
                0,
                0,
            );
            if fd == super::REPORT_FD {
                let flags = libc::fcntl(fd, libc::F_GETFD);
                libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC);
            } else if libc::dup2(fd, super::REPORT_FD) < 0 {
                return Err(std::io::Error::last_os_error());
            }
            Ok(())
        });
    }
    let child = cmd.spawn().context("failed to start a Python worker")?;
    group::register(child.id());
    drop(theirs);
    let writer = ours
        .try_clone()
        .context("failed to share the worker socket")?;
    Ok(Worker {
        child,
        reader: BufReader::new(ours),
        writer,
        imported: HashSet::new(),
    })
}
