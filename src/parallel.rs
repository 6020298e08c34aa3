//! A small worker pool: runs a function over items on every core, reporting progress.

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Maps `f` over `items` on as many threads as there are cores, keeping the order of the
/// results. `progress` is called (from one thread at a time) with the number finished.
pub fn map<T: Sync, R: Send>(
    items: Vec<T>,
    f: impl Fn(&T) -> R + Sync,
    progress: impl Fn(usize) + Sync,
) -> Vec<R> {
    let jobs = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .min(items.len().max(1));
    let next = AtomicUsize::new(0);
    let finished = Mutex::new(0usize);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::SeqCst);
                    let Some(item) = items.get(i) else { break };
                    let result = f(item);
                    results.lock().unwrap_or_else(|e| e.into_inner())[i] = Some(result);
                    let mut count = finished.lock().unwrap_or_else(|e| e.into_inner());
                    *count += 1;
                    progress(*count);
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .map(|r| r.expect("every item is processed"))
        .collect()
}

/// [`map`] with a progress line (`label 12/140 ███░░`) on stderr, when `show` is set and
/// stderr is a terminal; the line is cleared at the end.
pub fn map_with_progress_line<T: Sync, R: Send>(
    items: Vec<T>,
    label: &str,
    show: bool,
    f: impl Fn(&T) -> R + Sync,
) -> Vec<R> {
    let total = items.len();
    let show = show && std::io::stderr().is_terminal();
    let results = map(items, f, |done| {
        if show {
            let mut err = std::io::stderr();
            let bar = crate::report::progress_bar(done, total, 20);
            let _ = write!(err, "\r{label} {done}/{total} {bar}");
            let _ = err.flush();
        }
    });
    if show {
        eprint!("\r\x1b[2K");
    }
    results
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_order_and_reports_every_item() {
        let seen = Mutex::new(Vec::new());
        let out = map(
            (0..50).collect(),
            |x: &i32| x * 2,
            |n| seen.lock().unwrap().push(n),
        );
        assert_eq!(out, (0..50).map(|x| x * 2).collect::<Vec<_>>());
        let mut seen = seen.into_inner().unwrap();
        seen.sort();
        assert_eq!(seen, (1..=50).collect::<Vec<_>>());
    }
}
