import datetime as dt, math
from collections import Counter, defaultdict


def pages_needed(items, per_page):
    """How many pages of per_page items are needed for items items."""
    return math.ceil(items / per_page)


def most_common_word(words):
    """The word that appears most often in words."""
    return Counter(words).most_common(1)[0][0]


def days_between(start, end):
    """Days from start to end, both "YYYY-MM-DD" strings."""
    return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days
