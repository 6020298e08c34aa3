//! What watch mode draws: the exercise with its result, hints and keys, the list, the reset
//! question and the check-all progress and summary.

use colored::Colorize;

use super::{App, View, terminal};
use crate::commands::format_hints;
use crate::report;
use crate::report::progress_bar;

impl App {
    fn header(&self) -> Vec<String> {
        let done = self.ws.state.done_count();
        let total = self.ws.course.exercises.len();
        let index = self.ws.state.current;
        let rel = self.ws.rel_path(index);
        let chapter = self.ws.course.chapter_title(&self.current().dir);
        vec![
            format!(
                "{} {done}/{total} {}  {}",
                "pylings".bold(),
                progress_bar(done, total, 24),
                chapter.dimmed()
            ),
            format!(
                "{} {}",
                "Exercise:".bold(),
                terminal::link(&self.target(index), &rel.display().to_string()).cyan()
            ),
            String::new(),
        ]
    }

    fn exercise_body(&self) -> Vec<String> {
        let mut body = self.header();
        if self.show_welcome {
            body.extend(
                self.ws
                    .course
                    .welcome_message
                    .trim_end()
                    .lines()
                    .map(str::to_string),
            );
            body.push(String::new());
        }
        let index = self.ws.state.current;
        let ex = self.current();
        let mut details = String::new();
        match &self.result {
            None => body.push(format!("{}", "Checking…".dimmed())),
            Some(Err(err)) => body.push(format!("{} {err}", "error:".red().bold())),
            Some(Ok(result)) => {
                let summary = report::summary(result);
                body.push(if result.passed() {
                    format!("{} {}", "✓".green().bold(), summary.green())
                } else {
                    format!("{} {}", "✗".red().bold(), summary.red())
                });
                details = report::details(result);
                if result.passed() {
                    body.push(format!("{}", "Done! Well solved.".green().bold()));
                    if let Some(solution) = &self.solution {
                        body.push(format!(
                            "Compare with the solution: {}",
                            terminal::link(
                                &self.ws.course.root.join(solution),
                                &solution.display().to_string()
                            )
                        ));
                    }
                    if self.ws.state.next_pending(index).is_some() {
                        body.push(format!("Press {} for the next exercise.", "n".bold()));
                    } else {
                        body.push(String::new());
                        body.extend(
                            self.ws
                                .course
                                .final_message
                                .trim_end()
                                .lines()
                                .map(str::to_string),
                        );
                    }
                }
            }
        }
        let seen = self.ws.state.hints_seen(&ex.name);
        if seen > 0 {
            body.push(String::new());
            body.extend(format_hints(ex, seen).lines().map(str::to_string));
        }
        if !details.is_empty() {
            body.push(String::new());
            body.extend(details.lines().map(str::to_string));
        }
        body
    }

    fn footer(&self) -> Vec<String> {
        let mut footer = Vec::new();
        if let Some(message) = &self.message {
            footer.extend(message.lines().map(|l| l.yellow().to_string()));
        }
        if let Some(note) = &self.watch_note {
            footer.push(note.dimmed().to_string());
        }
        let ex = self.current();
        let seen = self.ws.state.hints_seen(&ex.name);
        let hint = if seen < ex.hints.len() {
            format!("h hint ({}/{})", seen, ex.hints.len())
        } else {
            "h all hints shown".to_string()
        };
        let check = if self.manual || self._watcher.is_none() {
            "enter check · "
        } else {
            ""
        };
        footer.push(
            format!("{check}n next · {hint} · l list · c check all · r reset · q quit")
                .dimmed()
                .to_string(),
        );
        footer
    }

    pub(super) fn draw(&mut self) -> anyhow::Result<()> {
        let (body, footer) = match &mut self.view {
            View::Exercise => (self.exercise_body(), self.footer()),
            View::List(list) => {
                let size = crossterm::terminal::size()
                    .map_or((80, 24), |(w, h)| (usize::from(w), usize::from(h)));
                let (body, mut footer) = list.render(&self.ws, size, self.edit_cmd.is_some());
                if let Some(message) = &self.message {
                    footer.insert(0, message.yellow().to_string());
                }
                (body, footer)
            }
            View::ConfirmReset { index, .. } => {
                let ex = self.ws.exercise(*index);
                let body = vec![
                    format!("Reset `{}` to how it was at the start?", ex.name.bold()),
                    String::new(),
                    format!(
                        "Your version of {} is saved in .pylings/backups/ first.",
                        self.ws.rel_path(*index).display()
                    ),
                ];
                (
                    body,
                    vec!["y reset · any other key: keep it".dimmed().to_string()],
                )
            }
            View::Verifying { done } => {
                let total = self.ws.course.exercises.len();
                let body = vec![format!(
                    "Checking every exercise… {done}/{total} {}",
                    progress_bar(*done, total, 30)
                )];
                (body, vec!["q quit".dimmed().to_string()])
            }
            View::VerifySummary(lines) => (
                lines.clone(),
                vec![
                    "any key: back to the exercise · q quit"
                        .dimmed()
                        .to_string(),
                ],
            ),
        };
        self.screen.draw(&body, &footer)
    }
}
