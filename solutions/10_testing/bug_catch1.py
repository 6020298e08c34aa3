"""Why testing matters: a test catches a bug before a user does.

`average` has a bug nobody has noticed. Finish the test below so it checks that
the average of [2, 4, 6] is 4, run it and read pytest's report, then fix
`average` so your test passes.
"""


def average(numbers):
    """Return the arithmetic mean of a non-empty list of numbers."""
    total = 0
    for i in range(len(numbers)):
        total += numbers[i]
    return total / len(numbers)


def test_average_of_three_numbers():
    result = average([2, 4, 6])
    assert result == 4


# --- tests: read them, don't change them ---
# How your test is checked: the buggy `average` this file started with is put
# back in place of yours, and your test runs again. It must fail then: a test
# that passes on broken code would not protect anyone.

import inspect
import os
import sys

import pytest

CHECKS_START = inspect.currentframe().f_lineno  # the tests you write are above
TARGET = "average"


def average_as_shipped(numbers):
    total = 0
    for i in range(1, len(numbers)):
        total += numbers[i]
    return total / len(numbers)


BROKEN = {"the buggy average this exercise started with": average_as_shipped}

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


def test_average_is_fixed():
    assert average([2, 4, 6]) == 4
    assert average([7]) == 7
    assert average([1, 2]) == 1.5
