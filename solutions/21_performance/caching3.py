"""Caching strategies: predict what an LRU cache keeps.

`@functools.lru_cache(maxsize=2)` remembers the results for the two argument values used
most recently: a hit makes its entry the most recently used one, and a miss when the cache
is full throws out the LEAST recently used entry. `cache_info()` counts hits and misses,
`cache_clear()` empties the cache and resets the counts. Read `main`, then write in
PREDICTION exactly what it prints, one line per print.
"""
import functools

LOOKUPS = []  # the names that reached the slow lookup


@functools.lru_cache(maxsize=2)
def resolve(name: str) -> str:
    LOOKUPS.append(name)
    return f"10.0.0.{len(name)}"


def main():
    resolve.cache_clear()
    LOOKUPS.clear()
    for name in ["web1", "db1", "web1", "cache", "db1", "web1"]:
        resolve(name)
    print(LOOKUPS)
    info = resolve.cache_info()
    print(info.hits, info.misses, info.currsize)
    resolve.cache_clear()
    resolve("web1")
    print(len(LOOKUPS), resolve.cache_info().hits)


PREDICTION = """
['web1', 'db1', 'cache', 'db1', 'web1']
1 5 2
6 0
"""


# --- tests: read them, don't change them ---
import sys

from coursekit import assert_literal, assert_prediction

THIS = sys.modules[__name__]


def test_prediction_is_written_out():
    assert_literal(THIS, "PREDICTION")


def test_prediction_matches_the_output(capsys):
    main()
    assert_prediction(PREDICTION, capsys.readouterr().out)
