"""Memory management: which code holds the whole log?

Each function below reads an access log, given as an iterable of lines such as
    "10.0.0.7 GET /api/hosts 200 0.042"   (client, method, path, status, seconds)
A log can have millions of lines, so it often comes as a generator that reads the file line
by line. Read the functions (don't run them to find out: reason about what each one keeps),
then answer with literals:
1. GROWS: the names of the functions whose memory grows with the number of lines in the
   log (a function that keeps one value per distinct client doesn't: there are only so many
   clients);
2. FAILS_ON_A_GENERATOR: the name of the function that can't work on a generator at all.
"""
from collections import Counter, deque


def error_count(lines) -> int:
    return len([line for line in lines if line.split()[3].startswith("5")])


def slow_count(lines) -> int:
    return sum(1 for line in lines if float(line.split()[4]) > 1.0)


def busiest_client(lines) -> str:
    clients = Counter(line.split()[0] for line in lines)
    return clients.most_common(1)[0][0]


def median_seconds(lines) -> float:
    seconds = sorted(float(line.split()[4]) for line in lines)
    return seconds[len(seconds) // 2]


def last_errors(lines, n: int = 5) -> list[str]:
    kept = deque((line for line in lines if line.split()[3].startswith("5")), maxlen=n)
    return list(kept)


def error_rate(lines) -> float:
    errors = sum(1 for line in lines if line.split()[3].startswith("5"))
    return errors / len(lines)


# Your answers, written as literals.
GROWS = ["error_count", "median_seconds"]
FAILS_ON_A_GENERATOR = "error_rate"


# --- tests: read them, don't change them ---
import sys
import tracemalloc

import pytest

FUNCTIONS = [error_count, slow_count, busiest_client, median_seconds, last_errors, error_rate]


def log(count):
    for i in range(count):
        status = 503 if i % 4 == 0 else 200
        yield f"10.0.0.{i % 250} GET /api/hosts/{i} {status} {(i % 1500) / 1000:.3f}"


def peak(function, count):
    tracemalloc.start()
    try:
        function(log(count))
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def works_on_a_generator(function):
    try:
        function(log(10))
    except TypeError:
        return False
    return True


@pytest.mark.parametrize("name", ["GROWS", "FAILS_ON_A_GENERATOR"])
def test_answers_are_written_out(name):
    from coursekit import assert_literal

    assert_literal(sys.modules[__name__], name)


def test_grows():
    # 2,000 more lines are about 80 kB of text: a function that keeps all lines, or one value
    # per line, needs tens of kB more for them; one that keeps a few values needs no more.
    growing = set()
    for function in FUNCTIONS:
        if not works_on_a_generator(function):
            continue
        if peak(function, 3_000) - peak(function, 1_000) > 20_000:
            growing.add(function.__name__)
    assert isinstance(GROWS, (list, tuple, set)), "GROWS is a list of function names"
    answer = set(GROWS)
    assert not answer - {f.__name__ for f in FUNCTIONS}, "GROWS names a function that isn't here"
    missed, wrong = len(growing - answer), len(answer - growing)
    assert (missed, wrong) == (0, 0), (
        f"GROWS misses {missed} function(s) and wrongly names {wrong}")


def test_fails_on_a_generator():
    failing = [f.__name__ for f in FUNCTIONS if not works_on_a_generator(f)]
    assert FAILS_ON_A_GENERATOR in failing, "that function works on a generator"
