"""Before optimizing, measure. cProfile records every function call and pstats reads the
record. Finish call_counts so it reports how often each function ran (recursive calls too),
then fix dedupe: profiling it shows record_key running far more often than there are records.
"""

import cProfile
import pstats


def record_key(record: dict) -> tuple[str, str]:
    """What makes two access-log records the same: the host (any case) and the path."""
    return record["host"].lower(), record["path"]


def dedupe(records: list[dict]) -> list[dict]:
    """The records in first-seen order, without repeats of the same key."""
    kept = []
    for record in records:
        # TODO: this builds the key of every kept record again for every new record;
        #       compute each record's key once and remember the keys seen
        if all(record_key(record) != record_key(other) for other in kept):
            kept.append(record)
    return kept


def call_counts(func, *args) -> dict[str, int]:
    """Run func(*args) under cProfile; return {function name: number of calls}."""
    profiler = cProfile.Profile()
    profiler.runcall(func, *args)
    counts = {}
    for (filename, line, name), row in pstats.Stats(profiler).stats.items():
        primitive_calls, total_calls, own_time, cumulative_time, callers = row
        # TODO: primitive_calls leaves out calls a function makes to itself
        counts[name] = counts.get(name, 0) + primitive_calls
    return counts


# --- tests: read them, don't change them ---
import pytest


def leaf():
    return 1


def five_leaves():
    return sum(leaf() for _ in range(5))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@pytest.fixture
def count_keys(monkeypatch):
    """Wrap record_key so the test can see how often it runs."""
    calls = [0]
    real = record_key

    def counting(record):
        calls[0] += 1
        return real(record)

    monkeypatch.setitem(globals(), "record_key", counting)
    return calls


RECORDS = [
    {"host": "WEB1", "path": "/"},
    {"host": "web1", "path": "/"},
    {"host": "web2", "path": "/"},
    {"host": "web1", "path": "/login"},
    {"host": "Web2", "path": "/"},
]


def test_call_counts_counts_plain_calls():
    assert call_counts(five_leaves)["leaf"] == 5


def test_call_counts_counts_recursive_calls():
    assert call_counts(fib, 10)["fib"] == 177


def test_dedupe_keeps_first_seen_records_in_order():
    assert dedupe(RECORDS) == [RECORDS[0], RECORDS[2], RECORDS[3]]


def test_dedupe_builds_each_key_once(count_keys):
    records = [{"host": f"web{i % 150}", "path": "/"} for i in range(300)]
    assert len(dedupe(records)) == 150
    assert count_keys[0] == len(records)
