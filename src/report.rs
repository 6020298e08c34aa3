//! How results and progress are shown: the same text for `run`, `verify` and watch mode, and
//! JSON for scripts, graders and editor plugins. Nothing here prints; callers write it.

use std::io::{IsTerminal, Write};

use colored::Colorize;
use serde_json::{Value, json};

use crate::check::{CheckResult, OUTPUT_CAP, Verdict, normalize_output};
use crate::diff;
use crate::info::{Exercise, Mode};
use crate::session::Session;

/// How much of a result to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// For a screen that has to fit (watch mode): the first lines and tracebacks.
    Brief,
    /// Everything (`pylings run`).
    Full,
}

impl Detail {
    fn lines(self) -> usize {
        match self {
            Detail::Brief => 40,
            Detail::Full => usize::MAX,
        }
    }

    fn tracebacks(self) -> usize {
        match self {
            Detail::Brief => 3,
            Detail::Full => usize::MAX,
        }
    }
}

/// A line longer than this is cut, with a note of how much was left out.
const LONGEST_LINE: usize = 400;

/// One line: what happened.
pub fn summary(result: &CheckResult) -> String {
    let total = result.tests.len();
    match &result.verdict {
        Verdict::Passed if result.mode == Mode::Test => {
            format!("all {total} test{} passed", plural(total))
        }
        Verdict::Passed => "the output is right".to_string(),
        Verdict::WrongOutput => "the output is not what was expected".to_string(),
        Verdict::Crashed { code, signal, .. } => match (code, signal) {
            (Some(code), _) => format!("your program stopped with an error (exit code {code})"),
            (None, Some(signal)) => format!("your program was stopped by signal {signal}"),
            (None, None) => "your program was stopped by a signal".to_string(),
        },
        Verdict::TestsFailed => format!(
            "{} of {total} test{} passed",
            result.tests_passed(),
            plural(total)
        ),
        Verdict::DoesNotImport => "the file doesn't run, so no test could start".to_string(),
        Verdict::NoTests => "pytest found no tests".to_string(),
        Verdict::TimedOut { secs } => {
            format!("your program ran for more than {secs} s — is there a loop that never ends?")
        }
        Verdict::OutputCut => format!(
            "your program printed more than {} KiB, so it was stopped — is there a loop that never ends?",
            OUTPUT_CAP / 1024
        ),
        Verdict::MemoryLimit { mb } => format!(
            "your program used more than {mb} MiB of memory — is something growing without end?"
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
        Verdict::EndedEarly(why) => why.clone(),
        Verdict::Untrusted(why) => format!("the check can't be trusted: {why}"),
        Verdict::Refused(why) => why.clone(),
        Verdict::Cancelled => "the check was stopped".to_string(),
    }
}

/// `✓ all 3 tests passed` (or ✗), coloured; with a `path`, `✓ exercises/x.py: …`.
pub fn headline(path: Option<&str>, result: &CheckResult) -> String {
    let summary = summary(result);
    let (mark, summary) = if result.passed() {
        ("✓".green().bold(), summary.green())
    } else {
        ("✗".red().bold(), summary.red())
    };
    match path {
        Some(path) => format!("{mark} {}: {summary}", path.bold()),
        None => format!("{mark} {summary}"),
    }
}

/// A bar of `width` cells, `done` of `total` filled.
pub fn progress_bar(done: usize, total: usize, width: usize) -> String {
    let filled = (done * width).checked_div(total).unwrap_or(0).min(width);
    format!("{}{}", "█".repeat(filled), "░".repeat(width - filled))
}

pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}

/// The first `seen` hints of `ex`, numbered.
pub fn hints(ex: &Exercise, seen: usize) -> String {
    let total = ex.hints.len();
    ex.hints
        .iter()
        .take(seen)
        .enumerate()
        .map(|(i, hint)| {
            format!(
                "{} {}",
                format!("Hint {} of {total} ({}):", i + 1, ex.name).bold(),
                hint.trim_end()
            )
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// A line cut to [`LONGEST_LINE`] characters, with a note of how much was cut.
fn clip(line: &str) -> String {
    let count = line.chars().count();
    if count <= LONGEST_LINE {
        return line.to_string();
    }
    let kept: String = line.chars().take(LONGEST_LINE).collect();
    format!(
        "{kept}{}",
        format!(" … ({} more characters on this line)", count - LONGEST_LINE).dimmed()
    )
}

fn head(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    let mut out: Vec<String> = all.iter().take(lines).map(|l| clip(l)).collect();
    if all.len() > lines {
        out.push(format!(
            "… {} more line{}",
            all.len() - lines,
            plural(all.len() - lines)
        ));
    }
    out.join("\n")
}

fn tail(text: &str, lines: usize) -> String {
    let all: Vec<&str> = text.lines().collect();
    let start = all.len().saturating_sub(lines);
    let mut out = Vec::new();
    if start > 0 {
        out.push(format!("… {start} line{} before", plural(start)));
    }
    out.extend(all[start..].iter().map(|l| clip(l)));
    out.join("\n")
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| format!("  {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The result's details, the part that matters first on top.
pub fn details(result: &CheckResult, detail: Detail) -> String {
    let mut out = String::new();
    let mut section = |title: &str, body: &str| {
        if !body.trim().is_empty() {
            if !title.is_empty() {
                out.push_str(&format!("{}\n", title.bold()));
            }
            out.push_str(&format!("{}\n\n", body.trim_end()));
        }
    };
    let lines = detail.lines();
    if let Some(changed) = &result.tests_changed {
        section(
            &format!(
                "The tests were changed — undo that, or `pylings reset {}` (your version is \
                 backed up first). The check ran the course's own tests:",
                result.name
            )
            .yellow()
            .to_string(),
            &indent(changed),
        );
    }
    for note in &result.notes {
        section("", &format!("{} {note}", "Note:".yellow()));
    }
    match &result.verdict {
        Verdict::Passed => {
            if result.mode == Mode::Output {
                section("Output:", &indent(&head(&result.stdout, lines)));
            }
        }
        Verdict::WrongOutput => {
            let expected = normalize_output(result.expected_output.as_deref().unwrap_or(""));
            let actual = normalize_output(&result.stdout);
            let diff = diff::diff(&expected, &actual).render();
            section("", &diff.lines().map(clip).collect::<Vec<_>>().join("\n"));
            if actual.is_empty() {
                section("", "Your program printed nothing.");
            }
            section("It also wrote to stderr:", &tail(&result.stderr, lines));
        }
        Verdict::Crashed { no_input, .. } => {
            section("Error:", &tail(&result.stderr, lines));
            if *no_input {
                section(
                    "",
                    &"This exercise takes no input: `input()` found nothing to read. Remove the \
                      `input()` call, or give the value directly in the code."
                        .yellow()
                        .to_string(),
                );
            }
            section("Output before the error:", &head(&result.stdout, lines));
        }
        Verdict::TestsFailed | Verdict::MemoryLimit { .. } if result.mode == Mode::Test => {
            let failing: Vec<_> = result.tests.iter().filter(|t| t.failed()).collect();
            let mut list = String::new();
            for test in &failing {
                let message = match test.outcome.as_str() {
                    "skipped" => format!(
                        "skipped ({}) — a skipped test never counts as passed",
                        test.message.trim()
                    ),
                    "xfailed" | "xpassed" => "marked xfail — a test must really pass".to_string(),
                    "deselected" => "deselected — every test of the course must run".to_string(),
                    _ => test.message.lines().next().unwrap_or("").to_string(),
                };
                list.push_str(&format!(
                    "{} {} — {}\n",
                    "✗".red(),
                    test.name.bold(),
                    clip(&message)
                ));
            }
            section("Failing tests:", &list);
            let with_traceback: Vec<_> = failing
                .iter()
                .filter(|t| matches!(t.outcome.as_str(), "failed" | "error"))
                .collect();
            for test in with_traceback.iter().take(detail.tracebacks()) {
                section(&format!("── {} ──", test.name), &tail(&test.details, lines));
            }
            let hidden = with_traceback.len().saturating_sub(detail.tracebacks());
            if hidden > 0 {
                section(
                    "",
                    &format!(
                        "({hidden} more failing test{}: `pylings run` shows every traceback; \
                         fixing the first ones often fixes them too)",
                        plural(hidden)
                    )
                    .dimmed()
                    .to_string(),
                );
            }
        }
        Verdict::TestsFailed | Verdict::MemoryLimit { .. } => {
            section("Error:", &tail(&result.stderr, lines));
        }
        Verdict::DoesNotImport => {
            for error in &result.errors {
                section("Python says:", &tail(error, lines));
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
        Verdict::PytestFailed | Verdict::EndedEarly(_) | Verdict::Untrusted(_) => {
            section(
                "What the program printed:",
                &tail(&format!("{}\n{}", result.stdout, result.stderr), lines),
            );
        }
        Verdict::Refused(_) | Verdict::Cancelled => {}
    }
    out.trim_end().to_string()
}

/// The exercise table of `pylings list` and watch mode's list: a header and a row per exercise
/// in `rows`, each starting with `▶` for the current one. With a `width`, rows fit it: the
/// chapter column gives way first, then the path is cut from the left; they never wrap.
pub fn exercise_table(
    session: &Session,
    rows: &[usize],
    width: Option<usize>,
) -> (String, Vec<String>) {
    let exercises = &session.course.exercises;
    let name_width = exercises
        .iter()
        .map(|e| e.name.len())
        .max()
        .unwrap_or(4)
        .max(4);
    // STATE, the marks and the PRACTICE column, with their spaces.
    const FIXED: usize = 28;
    let chapter_width = session
        .course
        .chapters
        .iter()
        .map(|c| c.title.chars().count())
        .max()
        .unwrap_or(7)
        .min(34);
    let chapter_width = match width {
        // On a narrow terminal the chapter gives way first: the path matters more.
        Some(width) => chapter_width
            .min(width.saturating_sub(name_width + FIXED + 30))
            .max(6),
        None => chapter_width,
    };
    let header = format!(
        "  {:<7} {:<name_width$}  {:<11} {:<chapter_width$}  PATH",
        "STATE", "NAME", "PRACTICE", "CHAPTER"
    )
    .bold()
    .to_string();
    let lines = rows
        .iter()
        .map(|&i| {
            let ex = session.exercise(i);
            let marker = if i == session.state.current {
                "▶"
            } else {
                " "
            };
            let state = if session.state.is_done(i) {
                "done".green()
            } else {
                "pending".yellow()
            };
            let chapter: String = session
                .course
                .chapter_title(&ex.dir)
                .chars()
                .take(chapter_width)
                .collect();
            let mut path = ex.path.display().to_string();
            if let Some(width) = width {
                let room = width
                    .saturating_sub(chapter_width + name_width + FIXED)
                    .max(8);
                let count = path.chars().count();
                if count > room {
                    path = format!(
                        "…{}",
                        path.chars().skip(count + 1 - room).collect::<String>()
                    );
                }
            }
            format!(
                "{marker} {state:<7} {:<name_width$}  {:<11} {chapter:<chapter_width$}  {path}",
                ex.name,
                ex.practice.map_or("", crate::info::Practice::as_str)
            )
        })
        .collect();
    (header, lines)
}

/// The ✗ lines of a check of every exercise, one per failing exercise.
pub fn failing_lines(session: &Session, results: &[Result<CheckResult, String>]) -> Vec<String> {
    results
        .iter()
        .enumerate()
        .filter_map(|(i, result)| {
            let path = session.exercise(i).path.display();
            match result {
                Ok(r) if r.passed() => None,
                Ok(r) => Some(format!("{} {path} — {}", "✗".red(), summary(r))),
                Err(err) => Some(format!("{} {path} — {err}", "✗".red())),
            }
        })
        .collect()
}

/// `N of M exercises pass`, with a ✓ when all do.
pub fn tally_line(passed: usize, total: usize) -> String {
    let text = format!("{passed} of {total} exercises pass");
    if passed == total {
        format!("{} {}", "✓".green().bold(), text.green().bold())
    } else {
        format!("{} {text}", "✗".red().bold())
    }
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
        "runner": result.runner.as_str(),
        "tests": result.tests.iter().map(|t| json!({
            "name": t.name,
            "outcome": t.outcome,
            "message": t.message,
            "details": t.details,
        })).collect::<Vec<_>>(),
        "tests_passed": result.tests_passed(),
        "tests_total": result.tests.len(),
        "tests_changed": result.tests_changed,
        "notes": result.notes,
        "errors": result.errors,
        "missing_packages": missing,
        "output": result.stdout,
        "stderr": result.stderr,
        "expected_output": result.expected_output,
        "diff": diff,
    })
}

/// A progress line on stderr (`label 12/140 ███░░`) while many checks run, when stderr is a
/// terminal; cleared at the end. Write errors are ignored: it is decoration.
pub struct ProgressLine {
    label: String,
    total: usize,
    show: bool,
}

impl ProgressLine {
    pub fn new(label: &str, total: usize, show: bool) -> ProgressLine {
        ProgressLine {
            label: label.to_string(),
            total,
            show: show && std::io::stderr().is_terminal(),
        }
    }

    pub fn update(&self, done: usize) {
        if self.show {
            let mut err = std::io::stderr();
            let bar = progress_bar(done, self.total, 20);
            let _ = write!(err, "\r{} {done}/{} {bar}", self.label, self.total);
            let _ = err.flush();
        }
    }
}

impl Drop for ProgressLine {
    fn drop(&mut self) {
        if self.show {
            let _ = write!(std::io::stderr(), "\r\x1b[2K");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_huge_line_is_cut_with_a_note() {
        colored::control::set_override(false);
        let line = "x".repeat(100_000);
        let shown = head(&line, 10);
        assert!(shown.len() < 1000, "{}", shown.len());
        assert!(shown.contains("99600 more characters"), "{shown}");
    }

    #[test]
    fn one_more_line_is_singular() {
        assert_eq!(head("a\nb", 1), "a\n… 1 more line");
        assert_eq!(tail("a\nb\nc", 1), "… 2 lines before\nc");
    }
}
