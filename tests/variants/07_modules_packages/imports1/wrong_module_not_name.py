import collections
import datetime as dt
import math


def pages_needed(items, per_page):
    return math.ceil(items / per_page)


def most_common_word(words):
    return Counter(words).most_common(1)[0][0]


def days_between(start, end):
    return (dt.date.fromisoformat(end) - dt.date.fromisoformat(start)).days
