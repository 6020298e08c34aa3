//! Output mode: `python FILE` (a folder runs its `__main__.py`), its output compared with the
//! expected output.

use anyhow::Result;

use super::stage::Staged;
use super::verdict::{CheckResult, Verdict, normalize_output};
use super::{Checker, show_paths};
use crate::info::Exercise;
use crate::process::{self, Cancel, End, Finished, Input};

pub fn check(
    checker: &Checker,
    ex: &Exercise,
    staged: &Staged,
    cancel: &Cancel,
) -> Result<CheckResult> {
    let mut cmd = checker.command(&staged.cwd);
    cmd.arg(&staged.target);
    let input = Input {
        stdin: ex.stdin.as_ref().map(|s| s.as_bytes().to_vec()),
        report: false,
    };
    let done = process::run(cmd, &input, &Checker::limits(ex), cancel)?;
    let mut result = from_run(ex, &done, staged);
    result.verdict = match ended_early(ex, done.end) {
        Some(verdict) => verdict,
        None => match done.status.and_then(|s| s.code()) {
            Some(0) => {
                let expected = normalize_output(ex.expected_output.as_deref().unwrap_or(""));
                if normalize_output(&result.stdout) == expected {
                    Verdict::Passed
                } else {
                    Verdict::WrongOutput
                }
            }
            code if ran_out_of_memory(&result.stderr) => {
                let _ = code;
                Verdict::MemoryLimit { mb: ex.memory_mb }
            }
            code => Verdict::Crashed {
                code,
                signal: signal_of(&done),
                no_input: ex.stdin.is_none() && result.stderr.contains("EOFError"),
            },
        },
    };
    Ok(result)
}

/// A result with what the program printed (paths shown as the learner knows them); the
/// verdict is decided by the caller.
pub fn from_run(ex: &Exercise, done: &Finished, staged: &Staged) -> CheckResult {
    CheckResult {
        duration: done.duration,
        stdout: show_paths(&String::from_utf8_lossy(&done.stdout), staged),
        stderr: show_paths(&String::from_utf8_lossy(&done.stderr), staged),
        ..CheckResult::new(ex, Verdict::Passed)
    }
}

/// The verdict of a check that didn't end by itself.
pub fn ended_early(ex: &Exercise, end: End) -> Option<Verdict> {
    match end {
        End::Exited | End::WorkerLost => None,
        End::TimedOut => Some(Verdict::TimedOut {
            secs: ex.timeout.as_secs(),
        }),
        End::OutputCut => Some(Verdict::OutputCut),
        End::Cancelled => Some(Verdict::Cancelled),
    }
}

/// Python says `MemoryError` when an allocation fails under the memory limit.
pub fn ran_out_of_memory(text: &str) -> bool {
    text.lines()
        .rev()
        .take(30)
        .any(|line| line.trim_start().starts_with("MemoryError"))
}

#[cfg(unix)]
pub fn signal_of(done: &Finished) -> Option<i32> {
    use std::os::unix::process::ExitStatusExt;
    done.status.and_then(|s| s.signal())
}

#[cfg(not(unix))]
pub fn signal_of(_done: &Finished) -> Option<i32> {
    None
}
