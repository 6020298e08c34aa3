//! Starting a program in a process group of its own, signalling that group, and — on Linux —
//! collecting what escapes it.
//!
//! On Linux pylings is a child subreaper: a process whose parent dies is handed to pylings
//! rather than to init. Every process of a check carries `PYLINGS_CHECK=<pylings' pid>` in its
//! environment, so [`sweep_orphans`] can tell a check's leftovers (killed) from anything else
//! that ends up here, such as an editor that `--edit-cmd` started (left alone). Other Unixes
//! have no subreaper: there the process group and the supervisor are all we have.

use std::process::{Command, Stdio};
use std::sync::Mutex;

use anyhow::{Context, Result};

use super::{Event, Input, Limits, Started, Stream};

/// The environment variable that marks every process of a check.
pub const CHECK_MARKER: &str = "PYLINGS_CHECK";

/// The process groups of the checks and workers running now, so that a signal to pylings (a
/// closed terminal, SIGTERM, Ctrl-C in `pylings run`) stops them too: they live in their own
/// groups and would not get it otherwise. Also the direct children a sweep must not touch.
static RUNNING: Mutex<Vec<u32>> = Mutex::new(Vec::new());

pub enum Signal {
    Term,
    Kill,
}

pub fn marker_value() -> String {
    std::process::id().to_string()
}

fn running() -> std::sync::MutexGuard<'static, Vec<u32>> {
    RUNNING.lock().unwrap_or_else(|e| e.into_inner())
}

pub fn register(pid: u32) {
    running().push(pid);
}

pub fn unregister(pid: u32) {
    running().retain(|p| *p != pid);
}

/// Set once pylings is stopping on a signal: checks that end now were stopped, not failed.
static STOPPING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn stopping() -> bool {
    STOPPING.load(std::sync::atomic::Ordering::SeqCst)
}

/// Stops every running check's process group at once (for exiting on a signal).
#[cfg(unix)]
pub fn stop_all() {
    STOPPING.store(true, std::sync::atomic::Ordering::SeqCst);
    let groups: Vec<u32> = running().clone();
    for group in groups {
        signal(group, Signal::Kill);
    }
    sweep_orphans();
}

/// Called after every check: on Linux, kills and reaps what the check left behind that
/// reached pylings (its supervisor or worker died before it could do that itself).
pub fn after_check() {
    sweep_orphans();
}

#[cfg(unix)]
pub use unix::{signal, start, sweep_orphans};
#[cfg(windows)]
pub use windows::{signal, start, sweep_orphans};

#[cfg(unix)]
mod unix {
    use std::fs::File;
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
    use std::os::unix::process::CommandExt;

    use super::*;

    /// A pipe whose two ends close on exec; the child gets the end it needs with dup2.
    pub fn pipe() -> Result<(OwnedFd, OwnedFd)> {
        let mut fds = [0; 2];
        // SAFETY: pipe2 fills both slots on success; we own the descriptors from then on.
        let rc = unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) };
        if rc != 0 {
            return Err(std::io::Error::last_os_error()).context("failed to make a pipe");
        }
        // SAFETY: both are fresh descriptors that nothing else owns.
        Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
    }

    /// Runs in the child between fork and exec: the death signal, the report channel at fd 3,
    /// the memory limit. Only async-signal-safe calls.
    fn child_setup(
        cmd: &mut Command,
        death_signal: libc::c_int,
        report_fd: Option<i32>,
        memory: Option<u64>,
    ) {
        // SAFETY: the closure only calls prctl, dup2, fcntl and setrlimit, which are
        // async-signal-safe, and allocates nothing.
        unsafe {
            cmd.pre_exec(move || {
                #[cfg(target_os = "linux")]
                libc::prctl(
                    libc::PR_SET_PDEATHSIG,
                    death_signal as libc::c_ulong,
                    0,
                    0,
                    0,
                );
                #[cfg(not(target_os = "linux"))]
                let _ = death_signal;
                if let Some(fd) = report_fd {
                    if fd == super::super::REPORT_FD {
                        let flags = libc::fcntl(fd, libc::F_GETFD);
                        libc::fcntl(fd, libc::F_SETFD, flags & !libc::FD_CLOEXEC);
                    } else if libc::dup2(fd, super::super::REPORT_FD) < 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                }
                if let Some(bytes) = memory {
                    set_memory_limit(bytes);
                }
                Ok(())
            });
        }
    }

    /// The data limit (Linux counts every private mapping in it, so big allocations hit it
    /// without breaking programs that merely reserve address space); the address space
    /// elsewhere.
    pub fn set_memory_limit(bytes: u64) {
        let limit = libc::rlimit {
            rlim_cur: bytes as libc::rlim_t,
            rlim_max: bytes as libc::rlim_t,
        };
        #[cfg(target_os = "linux")]
        let resource = libc::RLIMIT_DATA;
        #[cfg(not(target_os = "linux"))]
        let resource = libc::RLIMIT_AS;
        // SAFETY: setrlimit reads the struct we pass and nothing else.
        unsafe {
            libc::setrlimit(resource, &limit);
        }
    }

    pub fn start(
        cmd: Command,
        input: &Input,
        limits: &Limits,
        supervised: bool,
    ) -> Result<Started> {
        let memory = limits.memory_mb.map(|mb| mb * 1024 * 1024);
        let supervisor = super::super::supervise::exe().filter(|_| supervised);
        let (mut cmd, death_signal, memory_here) = match supervisor {
            Some(exe) => (
                super::super::supervise::wrap(exe, &cmd, memory),
                // The supervisor cleans up its whole tree on SIGTERM, even after pylings died.
                libc::SIGTERM,
                None,
            ),
            None => (cmd, libc::SIGKILL, memory),
        };
        cmd.env(CHECK_MARKER, marker_value())
            .stdin(if input.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .process_group(0);
        let report = if input.report { Some(pipe()?) } else { None };
        child_setup(
            &mut cmd,
            death_signal,
            report.as_ref().map(|(_, write)| write.as_raw_fd()),
            memory_here,
        );
        let program = cmd.get_program().to_string_lossy().into_owned();
        let mut child = {
            // Registered before anyone can sweep: a sweep holds the same lock.
            let mut running = running();
            let child = cmd
                .spawn()
                .with_context(|| format!("failed to start `{program}`"))?;
            running.push(child.id());
            child
        };
        let pid = child.id();
        let mut readers: Vec<(Stream, Box<dyn std::io::Read + Send>)> = vec![
            (
                Stream::Stdout,
                Box::new(child.stdout.take().context("stdout was not captured")?),
            ),
            (
                Stream::Stderr,
                Box::new(child.stderr.take().context("stderr was not captured")?),
            ),
        ];
        if let Some((read, write)) = report {
            drop(write);
            readers.push((Stream::Report, Box::new(File::from(read))));
        }
        let stdin = child
            .stdin
            .take()
            .map(|s| Box::new(s) as Box<dyn std::io::Write + Send>);
        Ok(Started {
            group: pid,
            readers,
            stdin,
            waiter: Box::new(move |tx| {
                std::thread::spawn(move || {
                    let status = child.wait();
                    unregister(pid);
                    let _ = tx.send(Event::Exited(status));
                });
            }),
        })
    }

    pub fn signal(group: u32, signal: Signal) {
        let sig = match signal {
            Signal::Term => libc::SIGTERM,
            Signal::Kill => libc::SIGKILL,
        };
        if let Ok(pgid) = libc::pid_t::try_from(group) {
            // SAFETY: killpg only sends a signal; the group is one a check leads.
            unsafe {
                libc::killpg(pgid, sig);
            }
        }
    }

    /// This process's children, as /proc lists them.
    #[cfg(target_os = "linux")]
    pub fn children_of_self() -> Vec<i32> {
        let mut pids = Vec::new();
        let tasks = std::fs::read_dir("/proc/self/task").into_iter().flatten();
        let mut listed = false;
        for task in tasks.flatten() {
            if let Ok(text) = std::fs::read_to_string(task.path().join("children")) {
                listed = true;
                pids.extend(
                    text.split_whitespace()
                        .filter_map(|p| p.parse::<i32>().ok()),
                );
            }
        }
        if !listed {
            // Kernels without CONFIG_PROC_CHILDREN: look for our pid as a parent.
            let me = std::process::id() as i32;
            for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
                let Some(pid) = entry
                    .file_name()
                    .to_str()
                    .and_then(|n| n.parse::<i32>().ok())
                else {
                    continue;
                };
                let stat = std::fs::read_to_string(entry.path().join("stat")).unwrap_or_default();
                // `pid (comm) state ppid …`: comm may hold spaces, so count from its end.
                let ppid = stat
                    .rsplit_once(')')
                    .and_then(|(_, rest)| rest.split_whitespace().nth(1))
                    .and_then(|p| p.parse::<i32>().ok());
                if ppid == Some(me) {
                    pids.push(pid);
                }
            }
        }
        pids.sort_unstable();
        pids.dedup();
        pids
    }

    #[cfg(target_os = "linux")]
    fn has_check_marker(pid: i32) -> bool {
        let wanted = format!("{CHECK_MARKER}={}", marker_value());
        std::fs::read(format!("/proc/{pid}/environ"))
            .map(|env| env.split(|b| *b == 0).any(|var| var == wanted.as_bytes()))
            .unwrap_or(false)
    }

    /// Kills and reaps the children of pylings that a check left behind.
    #[cfg(target_os = "linux")]
    pub fn sweep_orphans() {
        // Killing one may hand its own children to us: go round until nothing is left.
        for _ in 0..20 {
            let leftovers: Vec<i32> = {
                let running = running();
                let known: std::collections::HashSet<i32> =
                    running.iter().map(|p| *p as i32).collect();
                children_of_self()
                    .into_iter()
                    .filter(|pid| !known.contains(pid) && has_check_marker(*pid))
                    .collect()
            };
            if leftovers.is_empty() {
                return;
            }
            for pid in &leftovers {
                // SAFETY: kill and waitpid on a child of ours that no one else waits for.
                unsafe {
                    libc::kill(*pid, libc::SIGKILL);
                }
            }
            for pid in &leftovers {
                let mut status = 0;
                // SAFETY: as above; the child is ours and unregistered, so no one else reaps it.
                unsafe {
                    libc::waitpid(*pid, &mut status, 0);
                }
            }
        }
    }

    #[cfg(not(target_os = "linux"))]
    pub fn sweep_orphans() {}
}

#[cfg(windows)]
mod windows {
    use super::*;

    /// On Windows the child stays in pylings' console group: Ctrl-C reaches it as it reaches
    /// pylings, and `taskkill /T` below stops its whole tree on a timeout. The report comes
    /// through a file instead of an inherited handle.
    pub fn start(
        mut cmd: Command,
        input: &Input,
        limits: &Limits,
        _supervised: bool,
    ) -> Result<Started> {
        let _ = limits;
        cmd.env(CHECK_MARKER, marker_value())
            .stdin(if input.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        let program = cmd.get_program().to_string_lossy().into_owned();
        let mut child = cmd
            .spawn()
            .with_context(|| format!("failed to start `{program}`"))?;
        let pid = child.id();
        register(pid);
        let readers: Vec<(Stream, Box<dyn std::io::Read + Send>)> = vec![
            (
                Stream::Stdout,
                Box::new(child.stdout.take().context("stdout was not captured")?),
            ),
            (
                Stream::Stderr,
                Box::new(child.stderr.take().context("stderr was not captured")?),
            ),
        ];
        let stdin = child
            .stdin
            .take()
            .map(|s| Box::new(s) as Box<dyn std::io::Write + Send>);
        Ok(Started {
            group: pid,
            readers,
            stdin,
            waiter: Box::new(move |tx| {
                std::thread::spawn(move || {
                    let status = child.wait();
                    unregister(pid);
                    let _ = tx.send(Event::Exited(status));
                });
            }),
        })
    }

    pub fn signal(pid: u32, _signal: Signal) {
        // taskkill /T stops the whole tree of the process.
        let _ = Command::new("taskkill")
            .args(["/T", "/F", "/PID", &pid.to_string()])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
    }

    pub fn sweep_orphans() {}
}

#[cfg(target_os = "linux")]
pub use unix::children_of_self;
#[cfg(unix)]
pub use unix::{pipe, set_memory_limit};
