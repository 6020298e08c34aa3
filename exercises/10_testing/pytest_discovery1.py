"""pytest introduction: how pytest finds tests and how a test fails.

pytest runs every function whose name starts with `test_` and counts a test as
failed when an `assert` in it is false. Both tests below look fine but check
nothing: make pytest run the first one, and make the second one really check.
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
# How your tests are checked: each broken `initials` below is put in place of
# the real one, then your tests run again. For every one of them at least one
# of your tests must fail, or that bug would slip through.

import inspect
import os
import sys

import pytest

CHECKS_START = inspect.currentframe().f_lineno  # the tests you write are above
TARGET = "initials"


def initials_without_dots(full_name):
    return "".join(word[0].upper() for word in full_name.split())


def initials_keeping_lowercase(full_name):
    return "".join(word[0] + "." for word in full_name.split())


def initials_of_the_first_word_only(full_name):
    return full_name[0].upper() + "."


BROKEN = {
    "an initials that leaves out the dots": initials_without_dots,
    "an initials that keeps lowercase letters": initials_keeping_lowercase,
    "an initials that only looks at the first word": initials_of_the_first_word_only,
}

THIS_MODULE = sys.modules[__name__]


def _run_your_tests(tmp_path):
    """Run pytest again on the tests you wrote above; count passes and failures."""
    counts = {"passed": 0, "failed": 0}

    class Recorder:
        def pytest_collection_modifyitems(self, items):
            items[:] = [it for it in items if it.location[1] < CHECKS_START]

        def pytest_runtest_logreport(self, report):
            if report.failed:
                counts["failed"] += 1
            elif report.when == "call":
                counts["passed"] += 1

    here = os.path.dirname(os.path.abspath(__file__))
    args = [__file__, "-c", os.devnull, f"--rootdir={here}", f"--confcutdir={here}",
            "-p", "no:terminal", "-p", "no:cacheprovider", f"--basetemp={tmp_path / 'run'}"]
    pytest.main(args, plugins=[Recorder()])
    return counts


def test_your_tests_exist(tmp_path):
    counts = _run_your_tests(tmp_path)
    if counts["passed"] + counts["failed"] == 0:
        pytest.fail("pytest found none of your tests: write functions named test_...")


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, monkeypatch, tmp_path):
    monkeypatch.setattr(THIS_MODULE, TARGET, BROKEN[bug])
    counts = _run_your_tests(tmp_path)
    if counts["failed"] == 0:
        pytest.fail(f"your tests did not catch: {bug}")
