//! The line diff of expected against actual output, with whitespace made visible where only
//! whitespace differs: the mistake a beginner can't see.

use colored::Colorize;
use similar::{ChangeTag, TextDiff};

/// Lines of context kept around each change.
const CONTEXT: usize = 3;
/// A diff longer than this many lines is cut (the rest is summarized).
const MAX_LINES: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    Same,
    Expected,
    Actual,
    /// A gap of unchanged lines left out.
    Skipped,
}

#[derive(Debug, Clone)]
pub struct Line {
    pub tag: Tag,
    pub text: String,
}

pub struct Diff {
    pub lines: Vec<Line>,
    /// True when the two outputs differ only in spaces and tabs.
    pub whitespace_only: bool,
}

fn squeeze(s: &str) -> String {
    s.chars().filter(|c| *c != ' ' && *c != '\t').collect()
}

/// Compares normalized expected and actual outputs.
pub fn diff(expected: &str, actual: &str) -> Diff {
    let whitespace_only = squeeze(expected) == squeeze(actual);
    // Every line ends with a newline here: otherwise the last line of the shorter text ("b")
    // differs from the same line in the longer one ("b\n"), and shows as removed and added.
    let (expected, actual) = (with_newline(expected), with_newline(actual));
    let text_diff = TextDiff::from_lines(&expected, &actual);
    let mut lines = Vec::new();
    for (i, group) in text_diff.grouped_ops(CONTEXT).iter().enumerate() {
        if i > 0 {
            lines.push(Line {
                tag: Tag::Skipped,
                text: String::new(),
            });
        }
        for op in group {
            for change in text_diff.iter_changes(op) {
                let tag = match change.tag() {
                    ChangeTag::Equal => Tag::Same,
                    ChangeTag::Delete => Tag::Expected,
                    ChangeTag::Insert => Tag::Actual,
                };
                let text = change.value().trim_end_matches(['\n', '\r']).to_string();
                lines.push(Line { tag, text });
            }
        }
    }
    Diff {
        lines,
        whitespace_only,
    }
}

fn with_newline(text: &str) -> String {
    if text.is_empty() || text.ends_with('\n') {
        text.to_string()
    } else {
        format!("{text}\n")
    }
}

/// Makes spaces (all of them, or only trailing ones) and tabs visible.
pub fn show_whitespace(text: &str, all_spaces: bool) -> String {
    let trimmed_len = text.trim_end_matches([' ', '\t']).len();
    text.char_indices()
        .map(|(i, c)| match c {
            '\t' => '→',
            ' ' if all_spaces || i >= trimmed_len => '·',
            c => c,
        })
        .collect()
}

impl Diff {
    /// The diff as terminal lines: `-` expected, `+` yours, with a legend.
    pub fn render(&self) -> String {
        let mut out = String::new();
        out.push_str(&format!(
            "{} {}\n",
            "- expected".red(),
            "+ your output".green()
        ));
        for (shown, line) in self.lines.iter().enumerate() {
            if shown == MAX_LINES {
                out.push_str(&format!(
                    "{}\n",
                    "  … (the rest of the differences is not shown)".dimmed()
                ));
                break;
            }
            let visible = |text: &str| {
                if text.is_empty() {
                    "(empty line)".dimmed().to_string()
                } else {
                    show_whitespace(text, self.whitespace_only)
                }
            };
            match line.tag {
                Tag::Same => out.push_str(&format!("  {}\n", line.text)),
                Tag::Expected => {
                    out.push_str(&format!("{}\n", format!("- {}", visible(&line.text)).red()))
                }
                Tag::Actual => out.push_str(&format!(
                    "{}\n",
                    format!("+ {}", visible(&line.text)).green()
                )),
                Tag::Skipped => out.push_str(&format!("{}\n", "  ⋮".dimmed())),
            }
        }
        let has_special = self
            .lines
            .iter()
            .any(|l| l.tag != Tag::Same && (l.text.contains('\t') || l.text.ends_with(' ')));
        if self.whitespace_only {
            out.push_str(&format!(
                "{}\n",
                "Only spaces or tabs differ: · is a space, → is a tab.".yellow()
            ));
        } else if has_special {
            out.push_str(&format!(
                "{}\n",
                "· marks a space at the end of a line, → a tab.".yellow()
            ));
        }
        out
    }

    /// The diff as plain unified-style text, for `--json`.
    pub fn plain(&self) -> String {
        self.lines
            .iter()
            .map(|l| match l.tag {
                Tag::Same => format!(" {}\n", l.text),
                Tag::Expected => format!("-{}\n", l.text),
                Tag::Actual => format!("+{}\n", l.text),
                Tag::Skipped => "@@\n".to_string(),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_changed_lines() {
        let d = diff("a\nb\nc", "a\nB\nc");
        let tags: Vec<Tag> = d.lines.iter().map(|l| l.tag).collect();
        assert_eq!(tags, [Tag::Same, Tag::Expected, Tag::Actual, Tag::Same]);
        assert!(!d.whitespace_only);
    }

    #[test]
    fn a_trailing_space_is_whitespace_only() {
        let d = diff("Hello", "Hello ");
        assert!(d.whitespace_only);
        colored::control::set_override(false);
        let text = d.render();
        assert!(text.contains("+ Hello·"), "{text}");
        assert!(text.contains("· is a space"), "{text}");
    }

    #[test]
    fn whitespace_is_made_visible() {
        assert_eq!(show_whitespace("a b\t ", false), "a b→·");
        assert_eq!(show_whitespace("a b", true), "a·b");
    }

    #[test]
    fn missing_lines_at_the_end_are_only_removed() {
        let d = diff("Hello\nWorld\nBye", "Hello");
        let tags: Vec<(Tag, &str)> = d.lines.iter().map(|l| (l.tag, l.text.as_str())).collect();
        assert_eq!(
            tags,
            [
                (Tag::Same, "Hello"),
                (Tag::Expected, "World"),
                (Tag::Expected, "Bye")
            ]
        );
    }

    #[test]
    fn long_unchanged_stretches_are_skipped() {
        let expected: String = (0..50).map(|i| format!("{i}\n")).collect();
        let actual = expected.replace("25\n", "x\n");
        let d = diff(&expected, &actual);
        assert!(d.lines.len() < 15, "{}", d.lines.len());
        assert!(d.plain().contains("-25\n+x\n"));
    }
}
