//! Keys as data: what a key means in each view is a lookup, tested without a terminal; the
//! watch loop applies the resulting [`Action`] in one place.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Which view has the keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Exercise,
    List,
    /// The list, typing a search after `/`.
    ListSearch,
    /// A y/n question.
    Question,
    CheckingAll,
    Summary,
}

/// How the list selection moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    /// The next pending exercise (asking first when this one is unsolved).
    Next,
    Hint,
    OpenList,
    CheckAll,
    /// Ask, then reset the current exercise.
    Reset,
    CheckAgain,
    Move(Move),
    /// Show only done (`true`) or pending (`false`) exercises; again for all.
    FilterDone(bool),
    /// Show only the next kind of practice, in turn; after the last, all again.
    CyclePractice,
    StartSearch,
    Type(char),
    Backspace,
    KeepSearch,
    ClearSearch,
    /// Make the selected exercise current.
    Select,
    ResetSelected,
    OpenSelected,
    /// Leave the list, the summary, or stop checking all.
    Back,
    Yes,
    No,
    Nothing,
}

pub fn action(focus: Focus, key: KeyEvent) -> Action {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == KeyCode::Char('c') {
        return Action::Quit;
    }
    match focus {
        Focus::Exercise => match key.code {
            KeyCode::Char('q') => Action::Quit,
            KeyCode::Char('n') => Action::Next,
            KeyCode::Char('h') => Action::Hint,
            KeyCode::Char('l') => Action::OpenList,
            KeyCode::Char('c') => Action::CheckAll,
            KeyCode::Char('r') => Action::Reset,
            KeyCode::Enter => Action::CheckAgain,
            _ => Action::Nothing,
        },
        Focus::List => match key.code {
            KeyCode::Char('q') | KeyCode::Esc => Action::Back,
            KeyCode::Down | KeyCode::Char('j') => Action::Move(Move::Down),
            KeyCode::Up | KeyCode::Char('k') => Action::Move(Move::Up),
            KeyCode::Char('g') | KeyCode::Home => Action::Move(Move::Top),
            KeyCode::Char('G') | KeyCode::End => Action::Move(Move::Bottom),
            KeyCode::PageDown => Action::Move(Move::PageDown),
            KeyCode::PageUp => Action::Move(Move::PageUp),
            KeyCode::Char('d') => Action::FilterDone(true),
            KeyCode::Char('p') => Action::FilterDone(false),
            KeyCode::Char('t') => Action::CyclePractice,
            KeyCode::Char('/') => Action::StartSearch,
            KeyCode::Enter => Action::Select,
            KeyCode::Char('r') => Action::ResetSelected,
            KeyCode::Char('o') => Action::OpenSelected,
            _ => Action::Nothing,
        },
        Focus::ListSearch => match key.code {
            KeyCode::Enter => Action::KeepSearch,
            KeyCode::Esc => Action::ClearSearch,
            KeyCode::Backspace => Action::Backspace,
            KeyCode::Char(c) if !ctrl => Action::Type(c),
            _ => Action::Nothing,
        },
        Focus::Question => match key.code {
            KeyCode::Char('y') | KeyCode::Char('Y') => Action::Yes,
            _ => Action::No,
        },
        Focus::CheckingAll => match key.code {
            KeyCode::Char('q') => Action::Quit,
            KeyCode::Esc => Action::Back,
            _ => Action::Nothing,
        },
        Focus::Summary => match key.code {
            KeyCode::Char('q') => Action::Quit,
            _ => Action::Back,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn the_same_key_means_different_things_per_view() {
        let r = key(KeyCode::Char('r'));
        assert_eq!(action(Focus::Exercise, r), Action::Reset);
        assert_eq!(action(Focus::List, r), Action::ResetSelected);
        assert_eq!(action(Focus::ListSearch, r), Action::Type('r'));
        assert_eq!(action(Focus::Question, r), Action::No);
        let q = key(KeyCode::Char('q'));
        assert_eq!(action(Focus::List, q), Action::Back);
        assert_eq!(action(Focus::CheckingAll, q), Action::Quit);
    }

    #[test]
    fn ctrl_c_quits_everywhere_and_only_y_says_yes() {
        let ctrl_c = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for focus in [
            Focus::Exercise,
            Focus::List,
            Focus::ListSearch,
            Focus::Question,
            Focus::CheckingAll,
            Focus::Summary,
        ] {
            assert_eq!(action(focus, ctrl_c), Action::Quit, "{focus:?}");
        }
        assert_eq!(
            action(Focus::Question, key(KeyCode::Char('y'))),
            Action::Yes
        );
        assert_eq!(action(Focus::Question, key(KeyCode::Enter)), Action::No);
    }
}
