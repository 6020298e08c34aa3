"""Comprehensions: build a list in one expression.

Names typed into a sign-up form arrive messy: extra spaces, odd capitals, and
empty entries. `clean_names(raw)` must return the names stripped and
title-cased, leaving out entries that are empty (or only spaces). Keep it one
list comprehension: it can filter as well as transform.
"""


def clean_names(raw):
    return [name.strip().title() for name in raw if name.strip()]


# --- tests: read them, don't change them ---


def test_names_are_stripped_and_title_cased():
    assert clean_names(["  ada lovelace ", "GRACE"]) == ["Ada Lovelace", "Grace"]


def test_empty_entries_are_left_out():
    assert clean_names(["linus", "", "guido"]) == ["Linus", "Guido"]


def test_entries_of_only_spaces_are_left_out():
    assert clean_names(["   ", "margaret", "\t"]) == ["Margaret"]


def test_order_is_kept():
    assert clean_names(["zoe", "amy", "max"]) == ["Zoe", "Amy", "Max"]


def test_no_names():
    assert clean_names([]) == []
