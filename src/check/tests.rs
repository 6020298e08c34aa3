//! Test mode: pytest runs the course's tests against the learner's code, in a warm worker's
//! fork or a fresh interpreter, and reports over a channel with a nonce. pylings, not the
//! learner's process, decides the verdict: it cross-checks the report with pytest's exit
//! status and with the tests the course expects to run.

use anyhow::Result;
use serde::Deserialize;
use serde_json::json;

use super::output::{ended_early, from_run, ran_out_of_memory, signal_of};
use super::stage::Staged;
use super::verdict::{CheckResult, Runner, TestCase, Verdict};
use super::{Checker, Depth, nonce, show_paths};
use crate::info::Exercise;
use crate::process::{self, Cancel, Finished, Input};

#[derive(Deserialize)]
struct Line {
    nonce: String,
    event: String,
    #[serde(default)]
    nodeid: Option<String>,
    #[serde(default)]
    exitstatus: Option<i32>,
    #[serde(default)]
    tests: Vec<TestCase>,
    #[serde(default)]
    errors: Vec<CollectError>,
    #[serde(default)]
    tampered: Vec<String>,
    #[serde(default)]
    internal: Option<Internal>,
}

#[derive(Deserialize)]
struct CollectError {
    details: String,
}

#[derive(Deserialize)]
struct Internal {
    phase: String,
    #[serde(rename = "type")]
    kind: String,
}

pub fn check(
    checker: &Checker,
    ex: &Exercise,
    staged: &Staged,
    cancel: &Cancel,
    depth: Depth,
) -> Result<CheckResult> {
    checker.python.require_pytest()?;
    let test_support = checker.test_support()?;
    let nonce = nonce();
    let mut sys_path = Vec::new();
    if let Some(course_support) = &test_support.course_support {
        sys_path.push(course_support.display().to_string());
    }
    if ex.folder {
        // The folder is importable, as pytest's usual layout has it. Given here rather than in
        // PYTHONPATH, which can't carry a path with the separator in it.
        sys_path.push(staged.target.display().to_string());
    }
    let support = test_support.dir.path();
    // pylings_check.py adds `-p no:…` for the pytest plugins no check needs.
    let mut args: Vec<String> = Vec::new();
    args.extend([
        "-q".to_string(),
        "--no-header".into(),
        "--tb=short".into(),
        "-rN".into(),
        "--color=no".into(),
        // Full assertion diffs: `'we...b01'` and "use -v" help no learner.
        "-o".into(),
        "verbosity_assertions=2".into(),
        "-c".into(),
        support.join("pytest.ini").display().to_string(),
        format!("--rootdir={}", staged.rootdir.display()),
        format!("--confcutdir={}", staged.rootdir.display()),
        format!("--basetemp={}", staged.basetemp.display()),
    ]);
    if depth == Depth::FirstFailure {
        args.extend(["--exitfirst".to_string(), "--tb=no".into()]);
    }
    args.push(staged.target.display().to_string());
    let report_path = staged.work.path().join("report.jsonl");
    let mut config = json!({
        "nonce": nonce,
        "sys_path": sys_path,
        "args": args,
        "conftests": staged.conftests,
    });
    let limits = Checker::limits(ex);

    #[cfg(unix)]
    if let Some(pool) = test_support.pool.as_ref().filter(|p| p.usable()) {
        let request = process::worker::Request {
            config: config.clone(),
            cwd: staged.cwd.clone(),
            env: super::base_env(),
            fresh: module_names(&staged.rootdir),
            requires: ex.requires.clone(),
        };
        let input = Input {
            stdin: None,
            report: true,
        };
        if let Ok(done) = pool.run(request, &input, &limits, cancel)
            && done.end != process::End::WorkerLost
        {
            return Ok(decode(
                ex,
                staged,
                &done,
                &done.report,
                &nonce,
                Runner::Warm,
            ));
        }
        // The worker died or failed: the same check, the cold way.
    }

    if cfg!(unix) {
        config["report_fd"] = json!(process::REPORT_FD);
    } else {
        config["report_path"] = json!(report_path);
    }
    let mut cmd = checker.command(&staged.cwd);
    cmd.arg(support.join("pylings_check.py"));
    let mut line = serde_json::to_vec(&config)?;
    line.push(b'\n');
    let input = Input {
        stdin: Some(line),
        report: cfg!(unix),
    };
    let done = process::run(cmd, &input, &limits, cancel)?;
    let report = if cfg!(unix) {
        done.report.clone()
    } else {
        std::fs::read(&report_path).unwrap_or_default()
    };
    Ok(decode(ex, staged, &done, &report, &nonce, Runner::Cold))
}

/// The top-level modules and packages in `dir`: what the exercise could import as its own.
#[cfg(unix)]
fn module_names(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            if entry.path().is_dir() {
                Some(name)
            } else {
                name.strip_suffix(".py").map(str::to_string)
            }
        })
        .collect()
}

fn decode(
    ex: &Exercise,
    staged: &Staged,
    done: &Finished,
    report: &[u8],
    nonce: &str,
    runner: Runner,
) -> CheckResult {
    let mut result = from_run(ex, done, staged);
    result.runner = runner;
    if let Some(verdict) = ended_early(ex, done.end) {
        result.verdict = verdict;
        return result;
    }
    // Only lines with this check's nonce are pytest's: anything else was written by someone
    // else.
    let lines: Vec<Line> = String::from_utf8_lossy(report)
        .lines()
        .filter_map(|l| serde_json::from_str::<Line>(l).ok())
        .filter(|l| l.nonce == nonce)
        .collect();
    let Some(last) = lines.iter().rev().find(|l| l.event == "done") else {
        result.verdict = without_report(ex, done, &lines, &result);
        return result;
    };
    result.tests = last
        .tests
        .iter()
        .cloned()
        .map(|mut t| {
            // `name.py::test_a` → `test_a`; folder tests keep their file.
            if !ex.folder
                && let Some((_, name)) = t.name.split_once("::")
            {
                t.name = name.to_string();
            }
            t.details = show_paths(&t.details, staged);
            t.message = show_paths(&t.message, staged);
            t
        })
        .collect();
    result.errors = last
        .errors
        .iter()
        .map(|e| show_paths(&e.details, staged))
        .collect();
    let code = done.status.and_then(|s| s.code());
    // Every test function of the course must have run. In a folder, only files pytest
    // collected count: a test file it never looked at (a sample project's tests, ignored by
    // the course's conftest) is data, not one of the checks.
    let collected = |file: &str| {
        result
            .tests
            .iter()
            .any(|t| t.name.split("::").next() == Some(file))
    };
    let missing: Vec<&String> = staged
        .expected_tests
        .iter()
        .filter(|(file, _)| file.as_deref().is_none_or(collected))
        .filter(|(file, name)| {
            !result.tests.iter().any(|t| {
                t.function() == name.as_str()
                    && file
                        .as_deref()
                        .is_none_or(|f| t.name.split("::").next() == Some(f))
            })
        })
        .map(|(_, name)| name)
        .collect();
    result.verdict = if !last.tampered.is_empty() {
        Verdict::Untrusted(last.tampered.join("; "))
    } else if last.internal.as_ref().is_some_and(|i| {
        i.kind == "SystemExit" && matches!(i.phase.as_str(), "collect" | "collected")
    }) {
        Verdict::EndedEarly(
            "your code called sys.exit() while it was being imported, so the tests never ran"
                .to_string(),
        )
    } else if last.exitstatus != code {
        Verdict::Untrusted(format!(
            "the process ended with {} while pytest reported {}",
            code.map_or("a signal".to_string(), |c| format!("exit code {c}")),
            last.exitstatus.unwrap_or(-1)
        ))
    } else if !result.errors.is_empty() {
        Verdict::DoesNotImport
    } else if result.tests.is_empty() {
        Verdict::NoTests
    } else if result.tests.iter().any(TestCase::failed) || last.exitstatus != Some(0) {
        if result
            .tests
            .iter()
            .filter(|t| t.failed())
            .any(|t| ran_out_of_memory(&t.details) || t.message.starts_with("MemoryError"))
        {
            Verdict::MemoryLimit { mb: ex.memory_mb }
        } else {
            Verdict::TestsFailed
        }
    } else if !missing.is_empty() {
        Verdict::Untrusted(format!(
            "the course's {} did not run",
            missing
                .iter()
                .map(|m| format!("`{m}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ))
    } else {
        Verdict::Passed
    };
    result
}

/// The verdict when pytest never reported its end: where the report stops tells why.
fn without_report(ex: &Exercise, done: &Finished, lines: &[Line], result: &CheckResult) -> Verdict {
    if ran_out_of_memory(&result.stderr) {
        return Verdict::MemoryLimit { mb: ex.memory_mb };
    }
    let how = match signal_of(done) {
        Some(signal) => format!("was stopped by signal {signal}"),
        None => "ended".to_string(),
    };
    match lines
        .last()
        .map(|l| (l.event.as_str(), l.nodeid.as_deref()))
    {
        Some(("collect", _)) => Verdict::EndedEarly(format!(
            "the process {how} while your code was being imported (`os._exit()`?), so the \
             tests never ran"
        )),
        Some(("test", Some(nodeid))) => Verdict::EndedEarly(format!(
            "the process {how} during `{}`, so pytest could not finish (`os._exit()`?)",
            nodeid.rsplit("::").next().unwrap_or(nodeid)
        )),
        Some(("collected", _)) => Verdict::EndedEarly(format!(
            "the process {how} before the first test could finish"
        )),
        _ => Verdict::PytestFailed,
    }
}
