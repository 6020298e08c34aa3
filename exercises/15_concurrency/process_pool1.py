"""CPU-bound work: use processes, not threads.

Counting primes keeps a CPU busy, and in CPython only one thread runs Python
code at a time (the GIL), so threads don't help here - processes do.
`parallel_map(func, items, workers=2)` must run `func` on every item in a
concurrent.futures.ProcessPoolExecutor and return the results in order.
`prime_counts(limits)` uses it to return {limit: number of primes below limit}.
Work sent to another process is pickled, so it must be a top-level function.
"""
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def count_primes(limit):
    count = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n**0.5) + 1)):
            count += 1
    return count


def parallel_map(func, items, workers=2):
    # TODO: threads share one interpreter; CPU-bound work needs processes
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(func, items))


def prime_counts(limits):
    # TODO: a lambda can't be pickled and sent to another process
    counts = parallel_map(lambda limit: count_primes(limit), limits)
    return dict(zip(limits, counts))


# --- tests: read them, don't change them ---
import os


def worker_pid(_):
    """Runs in a worker: tells which process it ran in."""
    return os.getpid()


def square(n):
    return n * n


def test_results_come_back_in_order():
    assert parallel_map(square, [3, 1, 2, 10]) == [9, 1, 4, 100]


def test_work_runs_in_other_processes():
    pids = parallel_map(worker_pid, range(4))
    assert os.getpid() not in pids, "the work ran in this very process: use processes"


def test_prime_counts():
    assert prime_counts([10, 100, 1000, 5000]) == {10: 4, 100: 25, 1000: 168, 5000: 669}


def test_no_work():
    assert prime_counts([]) == {}
