"""Import what you need: a whole module, one name from a module, or a module under a short name.

The three helpers below use the standard library, but the imports are missing.
- `pages_needed` uses `math.ceil`: import the whole `math` module.
- `most_common_word` uses `Counter`: import just that name from `collections`.
- `days_between` uses `dt.date`: import `datetime` under the short name `dt`.
"""
import datetime as dt
import math
from collections import Counter


def pages_needed(items, per_page):
    """How many pages of per_page items are needed for items items."""
    return math.ceil(items / per_page)


def most_common_word(words):
    """The word that appears most often in words."""
    return Counter(words).most_common(1)[0][0]


def days_between(start, end):
    """Days from start to end, both "YYYY-MM-DD" strings."""
    return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days


# --- tests: read them, don't change them ---


def test_pages_round_up():
    assert pages_needed(101, 25) == 5
    assert pages_needed(100, 25) == 4


def test_most_common_word():
    assert most_common_word(["error", "ok", "error", "warn"]) == "error"


def test_days_between_dates():
    assert days_between("2024-02-27", "2024-03-01") == 3
