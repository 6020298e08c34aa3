//! JUnit XML for `verify --junit FILE`: one `testcase` per exercise, a `testsuite` per chapter,
//! failures with the verdict's message and details. GitHub Actions, GitLab and Jenkins show it
//! as they show any test report.

use std::fmt::Write as _;
use std::time::Duration;

use crate::check::CheckResult;
use crate::report::{self, Detail};
use crate::session::Session;

/// Escapes text for XML, dropping the characters XML 1.0 can't hold at all.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{fffe}' || c == '\u{ffff}' => {}
            c => out.push(c),
        }
    }
    out
}

/// Colour codes have no place in a report file.
fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\x1b' && chars.peek() == Some(&'[') {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn secs(duration: Duration) -> String {
    format!("{:.3}", duration.as_secs_f64())
}

/// The report for a check of every exercise (`results` in course order).
pub fn report(session: &Session, results: &[Result<CheckResult, String>]) -> String {
    let mut chapters: Vec<(&str, Vec<usize>)> = Vec::new();
    for (i, ex) in session.course.exercises.iter().enumerate() {
        match chapters.iter_mut().find(|(dir, _)| *dir == ex.dir) {
            Some((_, indices)) => indices.push(i),
            None => chapters.push((&ex.dir, vec![i])),
        }
    }
    let failed = |i: &usize| !matches!(&results[*i], Ok(r) if r.passed());
    let time = |i: &usize| match &results[*i] {
        Ok(r) => r.duration,
        Err(_) => Duration::ZERO,
    };
    let total_failures = (0..results.len()).filter(failed).count();
    let total_time: Duration = (0..results.len()).map(|i| time(&i)).sum();
    let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        xml,
        "<testsuites name=\"pylings\" tests=\"{}\" failures=\"{total_failures}\" time=\"{}\">",
        results.len(),
        secs(total_time)
    );
    for (dir, indices) in chapters {
        let failures = indices.iter().filter(|i| failed(i)).count();
        let suite_time: Duration = indices.iter().map(time).sum();
        let _ = writeln!(
            xml,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" time=\"{}\">",
            escape(session.course.chapter_title(dir)),
            indices.len(),
            secs(suite_time)
        );
        for i in indices {
            let ex = session.exercise(i);
            let path = ex.path.display().to_string();
            let _ = write!(
                xml,
                "    <testcase classname=\"{}\" name=\"{}\" file=\"{}\" time=\"{}\"",
                escape(dir),
                escape(&ex.name),
                escape(&path),
                secs(time(&i))
            );
            match &results[i] {
                Ok(result) if result.passed() => xml.push_str("/>\n"),
                Ok(result) => {
                    let _ = write!(
                        xml,
                        ">\n      <failure type=\"{}\" message=\"{}\">{}</failure>\n    </testcase>\n",
                        result.verdict.key(),
                        escape(&report::summary(result)),
                        escape(&plain(&report::details(result, Detail::Full)))
                    );
                }
                Err(err) => {
                    let _ = write!(
                        xml,
                        ">\n      <error message=\"{}\"/>\n    </testcase>\n",
                        escape(err)
                    );
                }
            }
        }
        xml.push_str("  </testsuite>\n");
    }
    xml.push_str("</testsuites>\n");
    xml
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_drops_what_xml_cannot_hold() {
        assert_eq!(escape("a<b & \"c\"\x07"), "a&lt;b &amp; &quot;c&quot;");
        assert_eq!(plain("\x1b[31mred\x1b[0m"), "red");
    }
}
