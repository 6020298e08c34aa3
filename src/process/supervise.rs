//! The supervisor: `pylings __supervise [--memory-mb N] -- PROGRAM ARGS…`, the parent of every
//! cold check's program. It stands between the learner's program and pylings, so that:
//! - a program that kills its parent (`os.kill(os.getppid(), 9)`) kills the supervisor, not
//!   pylings — and its own death signal then takes the program down;
//! - on Linux it is a child subreaper: what the program starts and abandons, even outside its
//!   process group (`setsid`, a double fork), comes back here and is killed when the program
//!   ends, when pylings stops the check (SIGTERM), or when pylings dies (its death signal).
//!
//! Its exit mirrors the program's: the same code, or death by the same signal.

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// The hidden first argument that makes pylings a supervisor.
pub const ARG: &str = "__supervise";

static EXE: OnceLock<PathBuf> = OnceLock::new();

/// Makes cold checks run under a supervisor: this binary, started again.
pub fn enable() {
    if let Ok(exe) = std::env::current_exe() {
        let _ = EXE.set(exe);
    }
}

pub fn exe() -> Option<&'static Path> {
    EXE.get().map(PathBuf::as_path)
}

/// `cmd`, run under the supervisor at `exe`: the same program, arguments, folder and
/// environment.
pub fn wrap(exe: &Path, cmd: &Command, memory: Option<u64>) -> Command {
    let mut wrapped = Command::new(exe);
    wrapped.arg(ARG);
    if let Some(bytes) = memory {
        wrapped.arg("--memory").arg(bytes.to_string());
    }
    wrapped
        .arg("--")
        .arg(cmd.get_program())
        .args(cmd.get_args());
    if let Some(dir) = cmd.get_current_dir() {
        wrapped.current_dir(dir);
    }
    for (key, value) in cmd.get_envs() {
        match value {
            Some(value) => wrapped.env(key, value),
            None => wrapped.env_remove(key),
        };
    }
    wrapped
}

/// The supervisor's `main`. Never returns.
pub fn main(args: &[OsString]) -> ! {
    let mut memory = None;
    let mut rest = args;
    while let Some((first, tail)) = rest.split_first() {
        rest = tail;
        match first.to_str() {
            Some("--memory") => {
                memory = tail.first().and_then(|v| v.to_str()?.parse::<u64>().ok());
                rest = tail.get(1..).unwrap_or_default();
            }
            Some("--") => break,
            _ => fail("unknown supervisor argument"),
        }
    }
    let Some((program, program_args)) = rest.split_first() else {
        fail("no program to run");
    };
    #[cfg(target_os = "linux")]
    // SAFETY: prctl with constant arguments only changes this process's own attributes.
    unsafe {
        libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
    }
    let mut cmd = Command::new(program);
    cmd.args(program_args);
    // SAFETY: only async-signal-safe calls between fork and exec.
    unsafe {
        use std::os::unix::process::CommandExt;
        cmd.pre_exec(move || {
            #[cfg(target_os = "linux")]
            libc::prctl(
                libc::PR_SET_PDEATHSIG,
                libc::SIGKILL as libc::c_ulong,
                0,
                0,
                0,
            );
            if let Some(bytes) = memory {
                super::group::set_memory_limit(bytes);
            }
            Ok(())
        });
    }
    let child = match cmd.spawn() {
        Ok(child) => child,
        Err(err) => {
            eprintln!(
                "pylings: failed to start `{}`: {err}",
                Path::new(program).display()
            );
            std::process::exit(127);
        }
    };
    let pid = child.id() as libc::pid_t;
    // The program's streams are the program's: holding them open here would keep pylings
    // waiting for an end of file after the program is gone.
    close_streams();
    // Signals arrive as messages on a socket, handled below, not in a signal handler. Made
    // after fd 3 (the report channel) is closed, so that closing it can't close the socket.
    let signals = signal_hook::iterator::Signals::new([libc::SIGTERM, libc::SIGINT, libc::SIGHUP]);
    let (tx, rx) = std::sync::mpsc::channel();
    let waiter = tx.clone();
    std::thread::spawn(move || {
        let mut status = 0;
        // SAFETY: waits for our own child; the only place it is reaped.
        let rc = unsafe { libc::waitpid(pid, &mut status, 0) };
        let _ = waiter.send(Some(if rc == pid { status } else { 0 }));
    });
    if let Ok(mut signals) = signals {
        std::thread::spawn(move || {
            if signals.forever().next().is_some() {
                let _ = tx.send(None);
            }
        });
    }
    let status = rx.recv().ok().flatten();
    // A reaped program's pid may already be someone else's: only a running one is killed.
    kill_tree(status.is_none().then_some(pid));
    match status {
        Some(status) => mirror(status),
        // Stopped by pylings (or pylings died): everything is gone now.
        None => std::process::exit(143),
    }
}

fn fail(message: &str) -> ! {
    eprintln!("pylings: {message} (this mode is for pylings' own use)");
    std::process::exit(2);
}

fn close_streams() {
    // SAFETY: replaces our standard streams and fd 3 with /dev/null or closes them; nothing
    // in this process reads or writes them afterwards.
    unsafe {
        let null = libc::open(c"/dev/null".as_ptr(), libc::O_RDWR);
        if null >= 0 {
            for fd in 0..3 {
                libc::dup2(null, fd);
            }
            if null > 2 {
                libc::close(null);
            }
        }
        libc::close(super::REPORT_FD);
    }
}

/// Kills the program and everything that came back to us from it, until nothing is left.
fn kill_tree(program: Option<libc::pid_t>) {
    if let Some(program) = program {
        // SAFETY: the program is still running (not reaped), so the pid is still its.
        unsafe {
            libc::kill(program, libc::SIGKILL);
        }
    }
    #[cfg(target_os = "linux")]
    for _ in 0..50 {
        let children = super::group::children_of_self();
        if children.is_empty() {
            break;
        }
        for pid in &children {
            // SAFETY: as above.
            unsafe {
                libc::kill(*pid, libc::SIGKILL);
            }
        }
        for pid in &children {
            let mut status = 0;
            // SAFETY: reaping our own children; the program's waiter may get ECHILD instead.
            unsafe {
                libc::waitpid(*pid, &mut status, 0);
            }
        }
    }
}

/// Ends this process the way the program ended.
fn mirror(status: libc::c_int) -> ! {
    if libc::WIFSIGNALED(status) {
        let signal = libc::WTERMSIG(status);
        // SAFETY: restores the default action and raises the same signal on ourselves.
        unsafe {
            libc::signal(signal, libc::SIG_DFL);
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            libc::sigaddset(&mut set, signal);
            libc::pthread_sigmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
            libc::raise(signal);
        }
        std::process::exit(128 + signal);
    }
    std::process::exit(libc::WEXITSTATUS(status));
}
