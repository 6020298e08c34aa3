//! The exercise list of watch mode (`l`): a full-screen table to move through, filter by state
//! or kind of practice, search, and pick or reset an exercise.

use colored::Colorize;

use super::keys::{Action, Move};
use crate::info::Practice;
use crate::report::{self, progress_bar};
use crate::session::Session;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Filter {
    All,
    Done,
    Pending,
}

/// What the watch loop should do after a key in the list.
pub enum Outcome {
    Stay,
    Back,
    /// Make this exercise the current one.
    Select(usize),
    /// Ask, then reset this exercise.
    Reset(usize),
    /// Open it in the learner's editor.
    Open(usize),
}

pub struct ListView {
    /// Position in the filtered rows.
    selected: usize,
    /// First row shown.
    scroll: usize,
    filter: Filter,
    practice: Option<Practice>,
    search: String,
    /// Typing a search (after `/`).
    pub typing: bool,
}

impl ListView {
    pub fn new(ws: &Session) -> ListView {
        let mut view = ListView {
            selected: 0,
            scroll: 0,
            filter: Filter::All,
            practice: None,
            search: String::new(),
            typing: false,
        };
        view.select_exercise(ws, ws.state.current);
        view
    }

    fn rows(&self, ws: &Session) -> Vec<usize> {
        let needle = self.search.to_lowercase();
        (0..ws.course.exercises.len())
            .filter(|&i| match self.filter {
                Filter::All => true,
                Filter::Done => ws.state.is_done(i),
                Filter::Pending => !ws.state.is_done(i),
            })
            .filter(|&i| self.practice.is_none() || ws.exercise(i).practice == self.practice)
            .filter(|&i| needle.is_empty() || ws.exercise(i).name.to_lowercase().contains(&needle))
            .collect()
    }

    fn select_exercise(&mut self, ws: &Session, index: usize) {
        if let Some(pos) = self.rows(ws).iter().position(|&i| i == index) {
            self.selected = pos;
        }
    }

    fn selected_exercise(&self, ws: &Session) -> Option<usize> {
        self.rows(ws).get(self.selected).copied()
    }

    /// Applies a key's action; `page` is how many rows a page moves.
    pub fn apply(&mut self, ws: &Session, action: Action, page: usize) -> Outcome {
        if self.typing {
            match action {
                Action::KeepSearch => self.typing = false,
                Action::ClearSearch => {
                    self.typing = false;
                    self.search.clear();
                }
                Action::Backspace => {
                    self.search.pop();
                }
                Action::Type(c) => self.search.push(c),
                _ => {}
            }
            self.selected = 0;
            return Outcome::Stay;
        }
        let count = self.rows(ws).len();
        let last = count.saturating_sub(1);
        let keep = self.selected_exercise(ws);
        match action {
            Action::Back => return Outcome::Back,
            Action::Move(Move::Down) => self.selected = (self.selected + 1).min(last),
            Action::Move(Move::Up) => self.selected = self.selected.saturating_sub(1),
            Action::Move(Move::Top) => self.selected = 0,
            Action::Move(Move::Bottom) => self.selected = last,
            Action::Move(Move::PageDown) => self.selected = (self.selected + page).min(last),
            Action::Move(Move::PageUp) => self.selected = self.selected.saturating_sub(page),
            Action::FilterDone(done) => {
                let wanted = if done { Filter::Done } else { Filter::Pending };
                self.filter = if self.filter == wanted {
                    Filter::All
                } else {
                    wanted
                };
                self.reselect(ws, keep);
            }
            Action::CyclePractice => {
                let all = Practice::ALL;
                self.practice = match self.practice {
                    None => Some(all[0]),
                    Some(p) => all
                        .iter()
                        .position(|x| *x == p)
                        .and_then(|i| all.get(i + 1))
                        .copied(),
                };
                self.reselect(ws, keep);
            }
            Action::StartSearch => {
                self.typing = true;
                self.search.clear();
            }
            Action::Select => {
                if let Some(i) = keep {
                    return Outcome::Select(i);
                }
            }
            Action::ResetSelected => {
                if let Some(i) = keep {
                    return Outcome::Reset(i);
                }
            }
            Action::OpenSelected => {
                if let Some(i) = keep {
                    return Outcome::Open(i);
                }
            }
            _ => {}
        }
        Outcome::Stay
    }

    fn reselect(&mut self, ws: &Session, keep: Option<usize>) {
        self.selected = 0;
        if let Some(keep) = keep {
            self.select_exercise(ws, keep);
        }
    }

    /// The table for a screen `height` rows high, and its footer.
    pub fn render(
        &mut self,
        ws: &Session,
        (width, height): (usize, usize),
        can_open: bool,
    ) -> (Vec<String>, Vec<String>) {
        let rows = self.rows(ws);
        let visible = height.saturating_sub(6).max(3);
        self.selected = self.selected.min(rows.len().saturating_sub(1));
        if self.selected < self.scroll {
            self.scroll = self.selected;
        } else if self.selected >= self.scroll + visible {
            self.scroll = self.selected + 1 - visible;
        }
        let shown: Vec<usize> = rows
            .iter()
            .skip(self.scroll)
            .take(visible)
            .copied()
            .collect();
        let (header, lines) = report::exercise_table(ws, &shown, Some(width));
        let mut body = vec![format!(" {header}")];
        if rows.is_empty() {
            body.push("   (no exercise matches)".dimmed().to_string());
        }
        for (pos, line) in lines.into_iter().enumerate() {
            let line = format!(" {line}");
            body.push(if self.scroll + pos == self.selected {
                line.reversed().to_string()
            } else {
                line
            });
        }

        let done = ws.state.done_count();
        let total = ws.course.exercises.len();
        let reached: Vec<String> = ws
            .milestones()
            .into_iter()
            .filter(|(_, r)| *r)
            .map(|(n, _)| n)
            .collect();
        let mut footer = vec![format!(
            "{done}/{total} done {}  {}",
            progress_bar(done, total, 20),
            if reached.is_empty() {
                String::new()
            } else {
                format!("★ {}", reached.join(" ★ ")).yellow().to_string()
            }
        )];
        let mut filter = match self.filter {
            Filter::All => String::new(),
            Filter::Done => "  [showing done]".to_string(),
            Filter::Pending => "  [showing pending]".to_string(),
        };
        if let Some(practice) = self.practice {
            filter.push_str(&format!("  [practice: {}]", practice.as_str()));
        }
        if self.typing || !self.search.is_empty() {
            footer.push(format!(
                "search: {}{}{filter}",
                self.search,
                if self.typing {
                    "▏ (Enter to keep, Esc to clear)"
                } else {
                    ""
                }
            ));
        } else if !filter.is_empty() {
            footer.push(filter.trim().to_string());
        }
        let open = if can_open { " · o open" } else { "" };
        let long = format!(
            "↑↓/jk move · g/G top/bottom · d done · p pending · t practice · / search · Enter make current · r reset{open} · q back"
        );
        // The long line only where it fits: a footer that wraps pushes the table up.
        let keys = if long.chars().count() < width {
            long
        } else {
            format!(
                "jk move · g/G ends · d/p/t filter · / search · Enter pick · r reset{open} · q back"
            )
        };
        footer.push(keys.dimmed().to_string());
        (body, footer)
    }
}
