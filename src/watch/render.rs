//! What watch mode draws: the exercise with its result, hints and keys, the list, the reset
//! question and the check-all progress and summary.

use colored::Colorize;

use super::{App, Question, View, terminal};
use crate::report::{self, Detail, progress_bar};

impl App {
    fn header(&self) -> Vec<String> {
        let done = self.session.state.done_count();
        let total = self.session.len();
        let index = self.session.state.current;
        let rel = &self.current().path;
        let chapter = self.session.course.chapter_title(&self.current().dir);
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
                terminal::link(&self.session.target(index), &rel.display().to_string()).cyan()
            ),
            String::new(),
        ]
    }

    fn exercise_body(&self) -> Vec<String> {
        let mut body = self.header();
        if self.show_welcome {
            body.extend(
                self.session
                    .course
                    .welcome_message
                    .trim_end()
                    .lines()
                    .map(str::to_string),
            );
            body.push(String::new());
        }
        let index = self.session.state.current;
        let ex = self.current();
        let mut details = String::new();
        match &self.result {
            None => body.push(format!("{}", "Checking…".dimmed())),
            Some(Err(err)) => body.push(format!("{} {err}", "error:".red().bold())),
            Some(Ok(result)) => {
                body.push(report::headline(None, result));
                details = report::details(result, Detail::Brief);
                if result.passed() {
                    body.push(format!("{}", "Done! Well solved.".green().bold()));
                    if let Some(solution) = &self.solution {
                        body.push(format!(
                            "Compare with the solution: {}",
                            terminal::link(
                                &self.session.course.root.join(solution),
                                &solution.display().to_string()
                            )
                        ));
                    }
                    if self.session.state.next_pending(index).is_some() {
                        body.push(format!("Press {} for the next exercise.", "n".bold()));
                    } else {
                        body.push(String::new());
                        body.extend(
                            self.session
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
        let seen = self.session.state.hints_seen(&ex.name);
        if seen > 0 {
            body.push(String::new());
            body.extend(report::hints(ex, seen).lines().map(str::to_string));
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
        let seen = self.session.state.hints_seen(&ex.name);
        let hint = if seen < ex.hints.len() {
            format!("h hint ({}/{})", seen, ex.hints.len())
        } else {
            "h all hints shown".to_string()
        };
        let check = if self.manual || self.watcher.is_none() {
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
        let current = self.current().name.clone();
        let (body, footer) = match &mut self.view {
            View::Exercise => (self.exercise_body(), self.footer()),
            View::List(list) => {
                let size = crossterm::terminal::size()
                    .map_or((80, 24), |(w, h)| (usize::from(w), usize::from(h)));
                let (body, mut footer) = list.render(&self.session, size, self.edit_cmd.is_some());
                if let Some(message) = &self.message {
                    footer.insert(0, message.yellow().to_string());
                }
                (body, footer)
            }
            View::Ask(Question::Reset { index, .. }) => {
                let ex = self.session.exercise(*index);
                let body = vec![
                    format!("Reset `{}` to how it was at the start?", ex.name.bold()),
                    String::new(),
                    format!(
                        "Your version of {} is saved in .pylings/backups/ first.",
                        ex.path.display()
                    ),
                ];
                (
                    body,
                    vec!["y reset · any other key: keep it".dimmed().to_string()],
                )
            }
            View::Ask(Question::Skip { to }) => {
                let body = vec![
                    format!(
                        "Skip `{}` unsolved and go on to `{}`?",
                        current.bold(),
                        self.session.exercise(*to).name
                    ),
                    String::new(),
                    "It stays pending; `l` lists every exercise.".to_string(),
                ];
                (
                    body,
                    vec!["y skip · any other key: stay".dimmed().to_string()],
                )
            }
            View::CheckingAll { done } => {
                let total = self.session.len();
                let body = vec![format!(
                    "Checking every exercise… {done}/{total} {}",
                    progress_bar(*done, total, 30)
                )];
                (body, vec!["Esc stop · q quit".dimmed().to_string()])
            }
            View::Summary(lines) => (
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
