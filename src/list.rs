//! The exercise list of watch mode (`l`): a full-screen table to move through, filter, search,
//! and pick or reset an exercise.

use colored::Colorize;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::commands::{Workspace, milestones};
use crate::report::progress_bar;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Filter {
    All,
    Done,
    Pending,
}

/// What the watch loop should do after a key in the list.
pub enum Action {
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
    search: String,
    /// Typing a search (after `/`).
    typing: bool,
}

impl ListView {
    pub fn new(ws: &Workspace) -> ListView {
        let mut view = ListView {
            selected: 0,
            scroll: 0,
            filter: Filter::All,
            search: String::new(),
            typing: false,
        };
        view.select_exercise(ws, ws.state.current);
        view
    }

    fn rows(&self, ws: &Workspace) -> Vec<usize> {
        let needle = self.search.to_lowercase();
        (0..ws.course.exercises.len())
            .filter(|&i| match self.filter {
                Filter::All => true,
                Filter::Done => ws.state.is_done(i),
                Filter::Pending => !ws.state.is_done(i),
            })
            .filter(|&i| needle.is_empty() || ws.exercise(i).name.to_lowercase().contains(&needle))
            .collect()
    }

    fn select_exercise(&mut self, ws: &Workspace, index: usize) {
        if let Some(pos) = self.rows(ws).iter().position(|&i| i == index) {
            self.selected = pos;
        }
    }

    fn selected_exercise(&self, ws: &Workspace) -> Option<usize> {
        self.rows(ws).get(self.selected).copied()
    }

    pub fn handle_key(&mut self, ws: &Workspace, key: KeyEvent, page: usize) -> Action {
        if self.typing {
            match key.code {
                KeyCode::Enter => self.typing = false,
                KeyCode::Esc => {
                    self.typing = false;
                    self.search.clear();
                }
                KeyCode::Backspace => {
                    self.search.pop();
                }
                KeyCode::Char(c) if !key.modifiers.contains(KeyModifiers::CONTROL) => {
                    self.search.push(c)
                }
                _ => {}
            }
            self.selected = 0;
            return Action::Stay;
        }
        let count = self.rows(ws).len();
        let last = count.saturating_sub(1);
        match key.code {
            KeyCode::Char('q') | KeyCode::Esc => return Action::Back,
            KeyCode::Down | KeyCode::Char('j') => self.selected = (self.selected + 1).min(last),
            KeyCode::Up | KeyCode::Char('k') => self.selected = self.selected.saturating_sub(1),
            KeyCode::Char('g') | KeyCode::Home => self.selected = 0,
            KeyCode::Char('G') | KeyCode::End => self.selected = last,
            KeyCode::PageDown => self.selected = (self.selected + page).min(last),
            KeyCode::PageUp => self.selected = self.selected.saturating_sub(page),
            KeyCode::Char(c @ ('d' | 'p')) => {
                let keep = self.selected_exercise(ws);
                let wanted = if c == 'd' {
                    Filter::Done
                } else {
                    Filter::Pending
                };
                self.filter = if self.filter == wanted {
                    Filter::All
                } else {
                    wanted
                };
                self.selected = 0;
                if let Some(keep) = keep {
                    self.select_exercise(ws, keep);
                }
            }
            KeyCode::Char('/') => {
                self.typing = true;
                self.search.clear();
            }
            KeyCode::Enter => {
                if let Some(i) = self.selected_exercise(ws) {
                    return Action::Select(i);
                }
            }
            KeyCode::Char('r') => {
                if let Some(i) = self.selected_exercise(ws) {
                    return Action::Reset(i);
                }
            }
            KeyCode::Char('o') => {
                if let Some(i) = self.selected_exercise(ws) {
                    return Action::Open(i);
                }
            }
            _ => {}
        }
        Action::Stay
    }

    /// The table for a screen `height` rows high, and its footer.
    pub fn render(
        &mut self,
        ws: &Workspace,
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
        let name_width = ws
            .course
            .exercises
            .iter()
            .map(|e| e.name.len())
            .max()
            .unwrap_or(4);
        let chapter_width = ws
            .course
            .chapters
            .iter()
            .map(|c| c.title.chars().count())
            .max()
            .unwrap_or(7)
            .min(34)
            // On a narrow terminal the chapter gives way first: the path matters more.
            .min(width.saturating_sub(name_width + 16 + 30))
            .max(6);
        let mut body = vec![format!(
            "{}",
            format!(
                "   {:<7} {:<chapter_width$}  {:<name_width$}  PATH",
                "STATE", "CHAPTER", "NAME"
            )
            .bold()
        )];
        if rows.is_empty() {
            body.push("   (no exercise matches)".dimmed().to_string());
        }
        for (pos, &i) in rows.iter().enumerate().skip(self.scroll).take(visible) {
            let ex = ws.exercise(i);
            let marker = if i == ws.state.current { "▶" } else { " " };
            let state = if ws.state.is_done(i) {
                "done".green()
            } else {
                "pending".yellow()
            };
            let chapter: String = ws
                .course
                .chapter_title(&ex.dir)
                .chars()
                .take(chapter_width)
                .collect();
            // The path gets what is left of the row, so a row never wraps.
            let room = width.saturating_sub(chapter_width + name_width + 16).max(8);
            let path = ws.rel_path(i).display().to_string();
            let count = path.chars().count();
            let path = if count > room {
                let tail: String = path.chars().skip(count + 1 - room).collect();
                format!("…{tail}")
            } else {
                path
            };
            let line = format!(
                " {marker} {state:<7} {chapter:<chapter_width$}  {:<name_width$}  {path}",
                ex.name
            );
            body.push(if pos == self.selected {
                line.reversed().to_string()
            } else {
                line
            });
        }

        let done = ws.state.done_count();
        let total = ws.course.exercises.len();
        let reached: Vec<String> = milestones(ws)
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
        let filter = match self.filter {
            Filter::All => "",
            Filter::Done => "  [showing done]",
            Filter::Pending => "  [showing pending]",
        };
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
        let keys = if width >= 110 {
            format!(
                "↑↓/jk move · g/G top/bottom · d done · p pending · / search · Enter make current · r reset{open} · q back"
            )
        } else {
            format!(
                "jk move · g/G ends · d/p filter · / search · Enter pick · r reset{open} · q back"
            )
        };
        footer.push(keys.dimmed().to_string());
        (body, footer)
    }
}
