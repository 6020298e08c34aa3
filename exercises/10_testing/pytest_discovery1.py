"""pytest introduction: how pytest finds tests and how a test fails.

pytest runs every function whose name starts with `test` (written `test_...` by
convention) and counts a test as failed when an `assert` in it is false or an
error escapes from it. Both tests below look fine but check nothing: make pytest
run the first one, and make the second one really check.
"""


def initials(full_name):
    """Return the capitalised initials of a name: "ada lovelace" -> "A.L."."""
    return "".join(word[0].upper() + "." for word in full_name.split())


# TODO: pytest never runs this function. Why not?
def check_initials_of_a_two_word_name():
    assert initials("Ada Lovelace") == "A.L."


def test_initials_are_uppercase():
    # TODO: pytest ignores what a test returns; this comparison decides nothing
    return initials("grace hopper") == "G.H."


# --- tests: read them, don't change them ---
# How your tests are checked: they must pass on the `initials` above. Then each
# broken `initials` below is put in its place in turn, and your tests run again:
# for every one of them at least one of your tests must fail, or that bug would
# slip through.

import sys

import pytest

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


def initials_without_dots(full_name):
    return "".join(word[0].upper() for word in full_name.split())


def initials_keeping_lowercase(full_name):
    return "".join(word[0] + "." for word in full_name.split())


def initials_swapping_case(full_name):
    return "".join(word[0].swapcase() + "." for word in full_name.split())


def initials_of_the_first_word_only(full_name):
    return full_name[0].upper() + "."


BROKEN = {
    "an initials that leaves out the dots": initials_without_dots,
    "an initials that keeps lowercase letters": initials_keeping_lowercase,
    "an initials that turns capital letters into small ones": initials_swapping_case,
    "an initials that only looks at the first word": initials_of_the_first_word_only,
}


def test_your_tests_pass_on_the_correct_code(tmp_path):
    assert_tests_exist(THIS, tmp_path)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(THIS, tmp_path, {(THIS, "initials"): BROKEN[bug]}, bug)
