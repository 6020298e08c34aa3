import collections
from datetime import date
from math import ceil


def pages_needed(items, per_page):
    return ceil(items / per_page)


def most_common_word(words):
    return collections.Counter(words).most_common(1)[0][0]


def days_between(start, end):
    return (date.fromisoformat(end) - date.fromisoformat(start)).days
