//! A small worker pool: runs a function over items on every core, reporting progress.

use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How many checks run at once: one per core, or `PYLINGS_JOBS`.
pub fn jobs() -> usize {
    std::env::var("PYLINGS_JOBS")
        .ok()
        .and_then(|v| v.parse::<usize>().ok())
        .filter(|n| *n > 0)
        .unwrap_or_else(|| {
            std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(2)
        })
}

/// Maps `f` over `items` on as many threads as there are cores, taking the items in the order
/// of `order` (indices into `items`; the slowest first keeps the cores busy to the end) and
/// returning the results in the order of `items`. `progress` is called (from one thread at a
/// time) with the number finished.
pub fn map_in_order<T: Sync, R: Send>(
    items: Vec<T>,
    order: &[usize],
    f: impl Fn(&T) -> R + Sync,
    progress: impl Fn(usize) + Sync,
) -> Vec<R> {
    let threads = jobs().min(items.len().max(1));
    let next = AtomicUsize::new(0);
    let finished = Mutex::new(0usize);
    let results: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let n = next.fetch_add(1, Ordering::SeqCst);
                    let Some(&i) = order.get(n) else { break };
                    let Some(item) = items.get(i) else { continue };
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
        .map(|r| r.expect("every item is in the order"))
        .collect()
}

/// [`map_in_order`] in the items' own order.
#[cfg(test)]
pub fn map<T: Sync, R: Send>(
    items: Vec<T>,
    f: impl Fn(&T) -> R + Sync,
    progress: impl Fn(usize) + Sync,
) -> Vec<R> {
    let order: Vec<usize> = (0..items.len()).collect();
    map_in_order(items, &order, f, progress)
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

    #[test]
    fn takes_items_in_the_given_order_but_returns_them_in_theirs() {
        let taken = Mutex::new(Vec::new());
        let order = [3, 1, 0, 2];
        let out = map_in_order(
            vec!['a', 'b', 'c', 'd'],
            &order,
            |c| {
                taken.lock().unwrap().push(*c);
                c.to_ascii_uppercase()
            },
            |_| {},
        );
        assert_eq!(out, ['A', 'B', 'C', 'D']);
        let taken = taken.into_inner().unwrap();
        // With at least one thread the first item taken is the first of the order.
        assert!(taken.contains(&'d'));
        assert_eq!(taken.len(), 4);
    }
}
