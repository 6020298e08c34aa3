//! One check of one exercise with the learner's Python: the single function that `run`, watch
//! mode, `verify` and `dev check` all go through, so they can never disagree.

use std::collections::HashSet;
use std::path::Path;
use std::process::Command;
use std::sync::Mutex;
use std::time::Duration;

use anyhow::{Context, Result};
use serde::Deserialize;

use crate::info::{Exercise, Mode};
use crate::process::{self, Cancel, End, Limits};
use crate::python::Python;

/// Bytes kept of each of stdout and stderr; past that the program is stopped.
pub const OUTPUT_CAP: usize = 512 * 1024;

const PLUGIN_NAME: &str = "pylings_plugin";
const PLUGIN_SOURCE: &str = include_str!("python/pylings_plugin.py");
/// Lists the `requires` import names that can't be found, without importing them.
const FIND_MISSING: &str = "import importlib.util, sys\n\
    print(' '.join(m for m in sys.argv[1:] if importlib.util.find_spec(m) is None))";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Passed,
    /// Output mode: it ran, but printed something else.
    WrongOutput,
    /// Output mode: it stopped with an error. `no_input` when it tried to read input that the
    /// exercise doesn't give.
    Crashed {
        code: Option<i32>,
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
    MissingPackages(Vec<String>),
    /// pytest itself failed before reporting anything.
    PytestFailed,
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
            Verdict::MissingPackages(_) => "missing_packages",
            Verdict::PytestFailed => "pytest_failed",
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
    pub fn failed(&self) -> bool {
        matches!(self.outcome.as_str(), "failed" | "error" | "xpassed")
    }
}

#[derive(Deserialize)]
struct PluginReport {
    tests: Vec<TestCase>,
    errors: Vec<PluginError>,
}

#[derive(Deserialize)]
struct PluginError {
    details: String,
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
}

impl CheckResult {
    pub fn passed(&self) -> bool {
        self.verdict == Verdict::Passed
    }

    pub fn tests_passed(&self) -> usize {
        self.tests.iter().filter(|t| !t.failed()).count()
    }

    /// A result with what the program printed; the verdict is decided by the caller.
    fn from_run(ex: &Exercise, done: &process::Finished) -> CheckResult {
        CheckResult {
            duration: done.duration,
            stdout: String::from_utf8_lossy(&done.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&done.stderr).into_owned(),
            ..CheckResult::new(ex, Verdict::Passed)
        }
    }

    fn new(ex: &Exercise, verdict: Verdict) -> CheckResult {
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

/// Checks exercises with one interpreter. Shared by the threads of `verify` and `dev check`.
pub struct Checker {
    python: Python,
    /// Holds the pytest plugin and an empty config file for the whole life of pylings.
    support: tempfile::TempDir,
    /// Packages already found importable, so `requires` is looked up once per package.
    present: Mutex<HashSet<String>>,
    /// The course's own Python helpers for its tests (`support/`), when it has them.
    course_support: Option<std::path::PathBuf>,
}

impl Checker {
    pub fn new(python: Python, course_root: &Path) -> Result<Checker> {
        let support = tempfile::Builder::new()
            .prefix("pylings-")
            .tempdir()
            .context("failed to create a temporary folder")?;
        std::fs::write(
            support.path().join(format!("{PLUGIN_NAME}.py")),
            PLUGIN_SOURCE,
        )
        .context("failed to write pylings' pytest plugin")?;
        std::fs::write(support.path().join("pytest.ini"), "[pytest]\n")
            .context("failed to write pylings' pytest config")?;
        Ok(Checker {
            python,
            support,
            present: Mutex::new(HashSet::new()),
            course_support: Some(course_root.join(crate::info::SUPPORT_DIR)).filter(|p| p.is_dir()),
        })
    }

    pub fn python(&self) -> &Python {
        &self.python
    }

    /// Checks `ex` as it is at `target` (the learner's file or folder, or a copy with a
    /// solution laid over it).
    pub fn check(&self, ex: &Exercise, target: &Path, cancel: &Cancel) -> Result<CheckResult> {
        if !target.exists() {
            anyhow::bail!(
                "`{}` is missing: run `pylings reset {}` to get the exercise back",
                target.display(),
                ex.name
            );
        }
        let missing = self.missing_packages(&ex.requires)?;
        if !missing.is_empty() {
            return Ok(CheckResult::new(ex, Verdict::MissingPackages(missing)));
        }
        // A fresh working directory: relative writes land there, not in the course, and an
        // exercise can't depend on where pylings was started.
        let work = tempfile::Builder::new()
            .prefix("pylings-run-")
            .tempdir()
            .context("failed to create a temporary folder")?;
        match ex.mode {
            Mode::Output => self.check_output(ex, target, work.path(), cancel),
            Mode::Test => self.check_tests(ex, target, work.path(), cancel),
        }
    }

    fn command(&self, work: &Path, python_path: &[&Path]) -> Result<Command> {
        let mut cmd = self.python.command();
        cmd.current_dir(work)
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .env("PYTHONUTF8", "1")
            .env("PYTHONIOENCODING", "utf-8")
            .env("PYTHONUNBUFFERED", "1")
            .env("PYTEST_DISABLE_PLUGIN_AUTOLOAD", "1")
            .env_remove("PYTEST_ADDOPTS")
            .env_remove("PYTEST_PLUGINS")
            .env_remove("PYTHONSTARTUP");
        let mut paths: Vec<std::path::PathBuf> =
            python_path.iter().map(|p| p.to_path_buf()).collect();
        if let Some(existing) = std::env::var_os("PYTHONPATH") {
            paths.extend(std::env::split_paths(&existing));
        }
        if !paths.is_empty() {
            cmd.env(
                "PYTHONPATH",
                std::env::join_paths(paths).context("a folder name can't be put in PYTHONPATH")?,
            );
        }
        Ok(cmd)
    }

    fn missing_packages(&self, requires: &[String]) -> Result<Vec<String>> {
        let wanted: Vec<&String> = {
            let present = self.present.lock().unwrap_or_else(|e| e.into_inner());
            requires.iter().filter(|r| !present.contains(*r)).collect()
        };
        if wanted.is_empty() {
            return Ok(Vec::new());
        }
        let output = self
            .python
            .command()
            .args(["-c", FIND_MISSING])
            .args(&wanted)
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .stdin(std::process::Stdio::null())
            .output()
            .context("failed to ask Python which packages it has")?;
        let stdout = String::from_utf8_lossy(&output.stdout);
        let missing: Vec<String> = stdout.split_whitespace().map(str::to_string).collect();
        let mut present = self.present.lock().unwrap_or_else(|e| e.into_inner());
        for name in wanted {
            if !missing.contains(name) {
                present.insert(name.clone());
            }
        }
        Ok(missing)
    }

    fn limits(ex: &Exercise) -> Limits {
        Limits {
            timeout: ex.timeout,
            output_cap: OUTPUT_CAP,
        }
    }

    fn check_output(
        &self,
        ex: &Exercise,
        target: &Path,
        work: &Path,
        cancel: &Cancel,
    ) -> Result<CheckResult> {
        let mut cmd = self.command(work, &[])?;
        cmd.arg(target);
        let done = process::run(
            cmd,
            ex.stdin.as_deref().map(str::as_bytes),
            &Self::limits(ex),
            cancel,
        )?;
        let mut result = CheckResult::from_run(ex, &done);
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
                code => Verdict::Crashed {
                    code,
                    no_input: ex.stdin.is_none() && result.stderr.contains("EOFError"),
                },
            },
        };
        Ok(result)
    }

    fn check_tests(
        &self,
        ex: &Exercise,
        target: &Path,
        work: &Path,
        cancel: &Cancel,
    ) -> Result<CheckResult> {
        self.python.require_pytest()?;
        let rootdir = if target.is_dir() {
            target
        } else {
            target.parent().context("exercise file has no folder")?
        };
        let support = self.support.path();
        let mut python_path = vec![support];
        if let Some(course_support) = &self.course_support {
            python_path.push(course_support);
        }
        if target.is_dir() {
            python_path.push(target);
        }
        let report_path = work.join("report.json");
        let mut cmd = self.command(work, &python_path)?;
        cmd.env("PYLINGS_REPORT", &report_path)
            .args(["-m", "pytest", "-p", PLUGIN_NAME, "-p", "no:cacheprovider"])
            .args(["-q", "--no-header", "--tb=short", "-rN", "--color=no"])
            // Full assertion diffs: `'we...b01'` and "use -v" help no learner.
            .args(["-o", "verbosity_assertions=2"])
            .arg("-c")
            .arg(support.join("pytest.ini"))
            .arg(format!("--rootdir={}", rootdir.display()))
            .arg(format!("--confcutdir={}", rootdir.display()))
            .arg(format!("--basetemp={}", work.join("tmp").display()))
            .arg(target);
        let done = process::run(cmd, None, &Self::limits(ex), cancel)?;
        let mut result = CheckResult::from_run(ex, &done);
        if let Some(verdict) = ended_early(ex, done.end) {
            result.verdict = verdict;
            return Ok(result);
        }
        let report: Option<PluginReport> = std::fs::read(&report_path)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok());
        let Some(report) = report else {
            result.verdict = Verdict::PytestFailed;
            return Ok(result);
        };
        result.tests = report
            .tests
            .into_iter()
            .map(|mut t| {
                // `exercises/x/y.py::test_a` → `test_a`; folder tests keep their file.
                if !target.is_dir()
                    && let Some((_, name)) = t.name.split_once("::")
                {
                    t.name = name.to_string();
                }
                t
            })
            .collect();
        // Paths relative to the exercise read better than long absolute ones.
        let prefix = format!("{}{}", rootdir.display(), std::path::MAIN_SEPARATOR);
        for test in &mut result.tests {
            test.details = test.details.replace(&prefix, "");
        }
        result.errors = report
            .errors
            .into_iter()
            .map(|e| e.details.replace(&prefix, ""))
            .collect();
        result.verdict = if !result.errors.is_empty() {
            Verdict::DoesNotImport
        } else if result.tests.is_empty() {
            Verdict::NoTests
        } else if result.tests.iter().any(TestCase::failed)
            || !done.status.is_some_and(|s| s.success())
        {
            Verdict::TestsFailed
        } else {
            Verdict::Passed
        };
        Ok(result)
    }
}

fn ended_early(ex: &Exercise, end: End) -> Option<Verdict> {
    match end {
        End::Exited => None,
        End::TimedOut => Some(Verdict::TimedOut {
            secs: ex.timeout_secs(),
        }),
        End::OutputCut => Some(Verdict::OutputCut),
        End::Cancelled => Some(Verdict::Cancelled),
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
}
