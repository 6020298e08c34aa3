//! The terminal in watch mode: raw mode on the alternate screen, full redraws, key input on a
//! thread of its own, and a way back to a normal terminal from anywhere (even a signal).

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::Sender;

use anyhow::{Context, Result};
use crossterm::event::{self, Event as TermEvent, KeyEventKind};
use crossterm::{cursor, execute, queue, terminal};

use super::Event;

static ACTIVE: AtomicBool = AtomicBool::new(false);

/// Raw mode and the alternate screen for as long as it lives.
pub struct Screen;

impl Screen {
    pub fn enter() -> Result<Screen> {
        terminal::enable_raw_mode().context("failed to put the terminal in raw mode")?;
        ACTIVE.store(true, Ordering::SeqCst);
        execute!(io::stdout(), terminal::EnterAlternateScreen, cursor::Hide)
            .context("failed to switch to the alternate screen")?;
        Ok(Screen)
    }

    /// Clears the screen and draws `body` from the top and `footer` on the last rows. The body
    /// is cut to fit, with a note of how much was left out.
    pub fn draw(&self, body: &[String], footer: &[String]) -> Result<()> {
        let (width, height) = terminal::size().unwrap_or((80, 24));
        let width = usize::from(width.max(20));
        let height = usize::from(height.max(5));
        let footer_rows: usize = footer.iter().map(|l| rows(l, width)).sum();
        let room = height.saturating_sub(footer_rows + 1);
        let mut out = io::stdout().lock();
        queue!(
            out,
            terminal::BeginSynchronizedUpdate,
            cursor::MoveTo(0, 0),
            terminal::Clear(terminal::ClearType::All)
        )?;
        let mut used = 0;
        for (i, line) in body.iter().enumerate() {
            let needed = rows(line, width);
            if used + needed > room {
                let left = body.len() - i;
                let note = format!(
                    "… {left} more line{} (`pylings run` shows everything)",
                    if left == 1 { "" } else { "s" }
                );
                write!(out, "{}\r\n", colored::Colorize::dimmed(note.as_str()))?;
                break;
            }
            write!(out, "{line}\r\n")?;
            used += needed;
        }
        queue!(out, cursor::MoveTo(0, (height - footer_rows) as u16))?;
        for (i, line) in footer.iter().enumerate() {
            write!(out, "{line}")?;
            if i + 1 < footer.len() {
                write!(out, "\r\n")?;
            }
        }
        queue!(out, terminal::EndSynchronizedUpdate)?;
        out.flush()?;
        Ok(())
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        restore_terminal();
    }
}

/// Leaves raw mode and the alternate screen if watch mode had entered them. Safe to call twice
/// and from any thread.
pub fn restore_terminal() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let _ = execute!(io::stdout(), cursor::Show, terminal::LeaveAlternateScreen);
        let _ = terminal::disable_raw_mode();
    }
}

/// Display width of a line without its colour codes.
pub fn visible_width(line: &str) -> usize {
    let mut width = 0;
    let mut chars = line.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            // Skip a CSI (`ESC [ … letter`) or OSC (`ESC ] … ESC \`) sequence.
            match chars.next() {
                Some('[') => {
                    for c in chars.by_ref() {
                        if c.is_ascii_alphabetic() {
                            break;
                        }
                    }
                }
                Some(']') => {
                    while let Some(c) = chars.next() {
                        if c == '\x1b' {
                            chars.next();
                            break;
                        }
                    }
                }
                _ => {}
            }
        } else {
            width += 1;
        }
    }
    width
}

/// How many terminal rows a line takes when it wraps at `width`.
fn rows(line: &str, width: usize) -> usize {
    visible_width(line).div_ceil(width).max(1)
}

/// A file path the terminal can open on click (OSC 8), shown as `text`.
pub fn link(path: &std::path::Path, text: &str) -> String {
    if !colored::control::SHOULD_COLORIZE.should_colorize() {
        return text.to_string();
    }
    format!(
        "\x1b]8;;file://{}\x1b\\{text}\x1b]8;;\x1b\\",
        path.display()
    )
}

/// Reads keys and resizes on a thread of its own, so a running check never blocks them.
pub fn spawn_input(tx: Sender<Event>) {
    std::thread::spawn(move || {
        loop {
            let event = match event::read() {
                Ok(TermEvent::Key(key)) if key.kind != KeyEventKind::Release => Event::Key(key),
                Ok(TermEvent::Resize(..)) => Event::Resize,
                Ok(_) => continue,
                // The terminal is gone (closed window, lost session): leave as on `q`.
                Err(_) => Event::InputClosed,
            };
            let closed = matches!(event, Event::InputClosed);
            if tx.send(event).is_err() || closed {
                break;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_ignores_colour_and_link_codes() {
        assert_eq!(visible_width("\x1b[31mred\x1b[0m"), 3);
        assert_eq!(visible_width("\x1b]8;;file:///x\x1b\\ab\x1b]8;;\x1b\\"), 2);
        assert_eq!(rows("abcdef", 4), 2);
        assert_eq!(rows("", 4), 1);
    }
}
