//! What a check found: the verdict, the tests, what the program printed.

use std::time::Duration;

use serde::Deserialize;

use crate::info::{Exercise, Mode};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Passed,
    /// Output mode: it ran, but printed something else.
    WrongOutput,
    /// It stopped with an error. `no_input` when it tried to read input that the exercise
    /// doesn't give.
    Crashed {
        code: Option<i32>,
        signal: Option<i32>,
        no_input: bool,
    },
    TestsFailed,
    /// Test mode: the file doesn't import (syntax error, NameError at import, ImportError).
    DoesNotImport,
    NoTests,
    TimedOut {
        secs: u64,
    },
    OutputCut,
    /// It used more memory than the exercise allows.
    MemoryLimit {
        mb: u64,
    },
    MissingPackages(Vec<String>),
    /// pytest itself failed before reporting anything.
    PytestFailed,
    /// The learner's code ended the process before pytest could report: `sys.exit()` or
    /// `os._exit()` while being imported, or during a test. The text says when.
    EndedEarly(String),
    /// The run can't be trusted: pytest was changed from inside, a plugin was registered by
    /// the exercise, the course's tests didn't all run, or the report wasn't pytest's own.
    Untrusted(String),
    /// pylings would not run it (a named pipe instead of a file, `pytest_plugins`): the text
    /// says why and what to do.
    Refused(String),
    Cancelled,
}

impl Verdict {
    pub fn key(&self) -> &'static str {
        match self {
            Verdict::Passed => "passed",
            Verdict::WrongOutput => "wrong_output",
            Verdict::Crashed { .. } => "crashed",
            Verdict::TestsFailed => "tests_failed",
            Verdict::DoesNotImport => "does_not_import",
            Verdict::NoTests => "no_tests",
            Verdict::TimedOut { .. } => "timed_out",
            Verdict::OutputCut => "output_cut",
            Verdict::MemoryLimit { .. } => "memory_limit",
            Verdict::MissingPackages(_) => "missing_packages",
            Verdict::PytestFailed => "pytest_failed",
            Verdict::EndedEarly(_) => "ended_early",
            Verdict::Untrusted(_) => "untrusted",
            Verdict::Refused(_) => "refused",
            Verdict::Cancelled => "cancelled",
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct TestCase {
    /// The test's node id without the file part: `test_add`, `test_p[2]`.
    #[serde(rename = "nodeid")]
    pub name: String,
    pub outcome: String,
    pub message: String,
    pub details: String,
}

impl TestCase {
    /// Anything but a pass: a skip, an xfail or a deselected test never counts.
    pub fn failed(&self) -> bool {
        self.outcome != "passed"
    }

    /// The test function's name: `test_p` for `tests/test_x.py::TestA::test_p[2]`.
    pub fn function(&self) -> &str {
        let last = self.name.rsplit("::").next().unwrap_or(&self.name);
        last.split('[').next().unwrap_or(last)
    }
}

/// Which way a check ran: in a fresh interpreter, or forked from a warm worker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Runner {
    Cold,
    #[cfg_attr(windows, allow(dead_code))]
    Warm,
}

impl Runner {
    pub fn as_str(self) -> &'static str {
        match self {
            Runner::Cold => "cold",
            Runner::Warm => "warm",
        }
    }
}

#[derive(Debug, Clone)]
pub struct CheckResult {
    pub name: String,
    pub mode: Mode,
    pub verdict: Verdict,
    pub duration: Duration,
    pub stdout: String,
    pub stderr: String,
    pub expected_output: Option<String>,
    pub tests: Vec<TestCase>,
    /// Errors that stopped the tests from being collected (the file doesn't import).
    pub errors: Vec<String>,
    /// The learner changed the course's tests: the lines that differ. The check ran the
    /// original tests.
    pub tests_changed: Option<String>,
    /// Things the learner should know that don't change the verdict.
    pub notes: Vec<String>,
    pub runner: Runner,
}

impl CheckResult {
    pub fn passed(&self) -> bool {
        self.verdict == Verdict::Passed
    }

    pub fn tests_passed(&self) -> usize {
        self.tests.iter().filter(|t| !t.failed()).count()
    }

    pub fn new(ex: &Exercise, verdict: Verdict) -> CheckResult {
        CheckResult {
            name: ex.name.clone(),
            mode: ex.mode,
            verdict,
            duration: Duration::ZERO,
            stdout: String::new(),
            stderr: String::new(),
            expected_output: ex.expected_output.clone(),
            tests: Vec::new(),
            errors: Vec::new(),
            tests_changed: None,
            notes: Vec::new(),
            runner: Runner::Cold,
        }
    }
}

/// Normalizes output for comparison: CRLF and one trailing newline don't count.
pub fn normalize_output(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    match text.strip_suffix('\n') {
        Some(stripped) => stripped.to_string(),
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_ignores_crlf_and_one_trailing_newline() {
        assert_eq!(normalize_output("a\r\nb\r\n"), "a\nb");
        assert_eq!(normalize_output("a\n\n"), "a\n");
        assert_eq!(normalize_output("a"), "a");
    }

    #[test]
    fn only_a_pass_is_a_pass() {
        let case = |outcome: &str| TestCase {
            name: "tests/test_x.py::TestA::test_p[2]".into(),
            outcome: outcome.into(),
            message: String::new(),
            details: String::new(),
        };
        for outcome in [
            "skipped",
            "xfailed",
            "xpassed",
            "deselected",
            "error",
            "failed",
        ] {
            assert!(case(outcome).failed(), "{outcome}");
        }
        assert!(!case("passed").failed());
        assert_eq!(case("passed").function(), "test_p");
    }
}
