//! How a check's result is shown: as terminal text (the same for `run` and watch mode) and as
//! JSON for scripts and editor plugins.

use colored::Colorize;
use serde_json::{Value, json};

use crate::diff;
use crate::info::Mode;
use crate::runner::{CheckResult, OUTPUT_CAP, Verdict, normalize_output};

/// Lines of a program's output or error shown in the terminal.
const SHOWN_LINES: usize = 40;
/// Failing tests whose traceback is shown; the rest are listed by name.
const SHOWN_TRACEBACKS: usize = 3;

/// One line: what happened.
pub fn summary(result: &CheckResult) -> String {
    let total = result.tests.len();
    match &result.verdict {
        Verdict::Passed if result.mode == Mode::Test => {
            format!("all {total} test{} passed", plural(total))
        }
        Verdict::Passed => "the output is right".to_string(),
        Verdict::WrongOutput => "the output is not what was expected".to_string(),
        Verdict::Crashed { code, .. } => match code {
            Some(code) => format!("your program stopped with an error (exit code {code})"),
            None => "your program was stopped by a signal".to_string(),
        },
        Verdict::TestsFailed => format!("{} of {total} tests passed", result.tests_passed()),
        Verdict::DoesNotImport => "the file doesn't run, so no test could start".to_string(),
        Verdict::NoTests => "pytest found no tests".to_string(),
        Verdict::TimedOut { secs } => {
            format!("your program ran for more than {secs} s — is there a loop that never ends?")
        }
        Verdict::OutputCut => format!(
            "your program printed more than {} KiB, so it was stopped — is there a loop that never ends?",
            OUTPUT_CAP / 1024
        ),
        Verdict::MissingPackages(packages) => format!(
            "this exercise needs {} that your Python can't import",
            packages
                .iter()
                .map(|p| format!("`{p}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Verdict::PytestFailed => "pytest stopped before it could run the tests".to_string(),
        Verdict::Cancelled => "the check was stopped".to_string(),
    }
}

/// A bar of `width` cells, `done` of `total` filled.
pub fn progress_bar(done: usize, total: usize, width: usize) -> String {
    let filled = (done * width).checked_div(total).unwrap_or(0).min(width);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

fn head(text: &str, lines: usize) -> String {
    let mut out: Vec<&str> = text.lines().take(lines).collect();
    if text.lines().count() > lines {
        out.push("…");
    }
    out.join("\n")
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    let start = all.len().saturating_sub(lines);
    let mut out = Vec::new();
    if start > 0 {
        out.push("…");
    }
    out.extend(&all[start..]);
    out.join("\n")
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The result's details, the part that matters first on top.
pub fn details(result: &CheckResult) -> String {
    let mut out = String::new();
    let mut section = |title: &str, body: &str| {
        if !body.trim().is_empty() {
            if !title.is_empty() {
                out.push_str(&format!("{}\n", title.bold()));
            }
            out.push_str(&format!("{}\n\n", body.trim_end()));
        }
    };
    match &result.verdict {
        Verdict::Passed => {
            if result.mode == Mode::Output {
                section("Output:", &indent(&head(&result.stdout, SHOWN_LINES)));
            }
        }
        Verdict::WrongOutput => {
            let expected = normalize_output(result.expected_output.as_deref().unwrap_or(""));
            let actual = normalize_output(&result.stdout);
            section("", &diff::diff(&expected, &actual).render());
            if actual.is_empty() {
                section("", "Your program printed nothing.");
            }
            section(
                "It also wrote to stderr:",
                &tail(&result.stderr, SHOWN_LINES),
            );
        }
        Verdict::Crashed { no_input, .. } => {
            section("Error:", &tail(&result.stderr, SHOWN_LINES));
            if *no_input {
                section(
                    "",
                    &"This exercise takes no input: `input()` found nothing to read. Remove the \
                      `input()` call, or give the value directly in the code."
                        .yellow()
                        .to_string(),
                );
            }
            section(
                "Output before the error:",
                &head(&result.stdout, SHOWN_LINES),
            );
        }
        Verdict::TestsFailed => {
            let failing: Vec<_> = result.tests.iter().filter(|t| t.failed()).collect();
            let mut list = String::new();
            for test in &failing {
                let message = test.message.lines().next().unwrap_or("");
                list.push_str(&format!(
                    "{} {} — {}\n",
                    "✗".red(),
                    test.name.bold(),
                    message
                ));
            }
            section("Failing tests:", &list);
            for test in failing.iter().take(SHOWN_TRACEBACKS) {
                let body = if test.outcome == "xpassed" {
                    "expected to fail, but passed".to_string()
                } else {
                    tail(&test.details, SHOWN_LINES)
                };
                section(&format!("── {} ──", test.name), &body);
            }
            if failing.len() > SHOWN_TRACEBACKS {
                section(
                    "",
                    &format!(
                        "({} more failing tests; fixing the first ones often fixes them too)",
                        failing.len() - SHOWN_TRACEBACKS
                    )
                    .dimmed()
                    .to_string(),
                );
            }
        }
        Verdict::DoesNotImport => {
            for error in &result.errors {
                section("Python says:", &tail(error, SHOWN_LINES));
            }
        }
        Verdict::NoTests => section(
            "",
            &format!(
                "The tests at the bottom of the file are gone or were renamed. `pylings reset {}` \
                 brings the exercise back (your version is backed up first).",
                result.name
            ),
        ),
        Verdict::TimedOut { .. } => {
            section("Output so far:", &tail(&result.stdout, 10));
            section("Errors so far:", &tail(&result.stderr, 10));
        }
        Verdict::OutputCut => section("The first lines it printed:", &head(&result.stdout, 10)),
        Verdict::MissingPackages(_) => section(
            "",
            "Install the course's packages with `pylings setup` (it makes `.venv` in the course \
             and installs `requirements.txt`), then check again.",
        ),
        Verdict::PytestFailed => {
            section(
                "pytest said:",
                &tail(
                    &format!("{}\n{}", result.stdout, result.stderr),
                    SHOWN_LINES,
                ),
            );
        }
        Verdict::Cancelled => {}
    }
    out.trim_end().to_string()
}

/// One exercise's result as a JSON object.
pub fn to_json(result: &CheckResult, path: &str) -> Value {
    let diff = (result.verdict == Verdict::WrongOutput).then(|| {
        let expected = normalize_output(result.expected_output.as_deref().unwrap_or(""));
        diff::diff(&expected, &normalize_output(&result.stdout)).plain()
    });
    let missing = match &result.verdict {
        Verdict::MissingPackages(p) => p.clone(),
        _ => Vec::new(),
    };
    json!({
        "name": result.name,
        "path": path,
        "passed": result.passed(),
        "mode": result.mode.as_str(),
        "verdict": result.verdict.key(),
        "message": summary(result),
        "duration_ms": result.duration.as_millis() as u64,
        "tests": result.tests.iter().map(|t| json!({
            "name": t.name,
            "outcome": t.outcome,
            "message": t.message,
            "details": t.details,
        })).collect::<Vec<_>>(),
        "tests_passed": result.tests_passed(),
        "tests_total": result.tests.len(),
        "errors": result.errors,
        "missing_packages": missing,
        "output": result.stdout,
        "stderr": result.stderr,
        "expected_output": result.expected_output,
        "diff": diff,
    })
}
