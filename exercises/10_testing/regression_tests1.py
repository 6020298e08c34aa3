"""Why testing matters: a fixed bug gets a test, so it can never come back unnoticed.

`slugify` turns a title into the last part of a web address. It is correct now,
but each of these bugs was fixed once and came back later, after someone "cleaned
up" the code:

    #14  "Hello,  World" gave "hello---world": a run of spaces and punctuation
         must become ONE dash.
    #21  "Ready? Go!" gave "ready-go-": no dash at the start or at the end.
    #30  "Top 10 tips" gave "top-tips": digits are kept.
    #33  "Café au lait" gave "caf-au-lait": letters with accents are kept.

Nothing stopped them, because there were no tests. Write one regression test per
bug report (the one for #14 is done), so that none of them can come back.
"""


def slugify(title):
    """Lowercase words of letters and digits from `title`, joined by dashes."""
    words = "".join(ch if ch.isalnum() else " " for ch in title.lower()).split()
    return "-".join(words)


def test_bug_14_a_run_of_separators_gives_one_dash():
    assert slugify("Hello,  World") == "hello-world"


# TODO: a test for bug #21


# TODO: a test for bug #30


# TODO: a test for bug #33


# --- tests: read them, don't change them ---
# How your tests are checked: they must pass on the `slugify` above. Then each old,
# broken `slugify` below is put in its place in turn, and your tests run again:
# for every one of them at least one of your tests must fail, or that bug could
# come back unnoticed.

import string
import sys

import pytest

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


def slugify_of_bug_14(title):
    return "".join(ch if ch.isalnum() else "-" for ch in title.lower()).strip("-")


def slugify_of_bug_21(title):
    slug = ""
    for ch in title.lower():
        if ch.isalnum():
            slug += ch
        elif not slug.endswith("-"):
            slug += "-"
    return slug


def slugify_of_bug_30(title):
    words = "".join(ch if ch.isalpha() else " " for ch in title.lower()).split()
    return "-".join(words)


def slugify_of_bug_33(title):
    kept = string.ascii_lowercase + string.digits
    words = "".join(ch if ch in kept else " " for ch in title.lower()).split()
    return "-".join(words)


BROKEN = {
    "bug #14 (one dash per separator character)": slugify_of_bug_14,
    "bug #21 (a dash at the end)": slugify_of_bug_21,
    "bug #30 (digits dropped)": slugify_of_bug_30,
    "bug #33 (letters with accents dropped)": slugify_of_bug_33,
}


def test_your_tests_pass_on_the_correct_code(tmp_path):
    assert_tests_exist(THIS, tmp_path)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(THIS, tmp_path, {(THIS, "slugify"): BROKEN[bug]}, bug)
