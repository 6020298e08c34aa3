"""The harness of write-tests exercises: the learner's tests run against the correct code
(they must pass) and against named broken versions (each must be caught by a failing test),
so an empty or always-true test never counts."""

import inspect
import os
import types

import pytest

from coursekit.source import TESTS_MARKER


def _marker_line(path: str) -> int:
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if line.startswith(TESTS_MARKER):
                return number
    return 10**9


def run_your_tests(target, tmp_path, replace=None) -> dict:
    """Runs the learner's tests again, in this process, and counts them.

    `target` is the exercise module (its tests above the tests marker run) or the path of a
    test file the learner wrote (all of its tests run). `replace` maps (object, attribute
    name) to a stand-in put in place for the run: a broken version of the code under test.
    Returns {"passed": int, "failed": int, "names": [...]} with the learner's tests only.
    """
    if isinstance(target, types.ModuleType):
        path = inspect.getsourcefile(target)
        last_line = _marker_line(path)
    else:
        path = os.fspath(target)
        last_line = 10**9
    counts = {"passed": 0, "failed": 0, "names": []}

    class Recorder:
        def pytest_collection_modifyitems(self, items):
            items[:] = [
                item for item in items
                if os.path.samefile(item.path, path) and (item.location[1] or 0) + 1 < last_line
            ]
            counts["names"] = [item.name for item in items]

        def pytest_runtest_logreport(self, report):
            if report.failed:
                counts["failed"] += 1
            elif report.when == "call" and report.passed:
                counts["passed"] += 1

    here = os.path.dirname(os.path.abspath(path))
    args = [path, "-c", os.devnull, f"--rootdir={here}", f"--confcutdir={here}",
            "-p", "no:terminal", "-p", "no:cacheprovider",
            f"--basetemp={os.fspath(tmp_path)}/your-tests-{len(os.listdir(tmp_path))}"]
    with pytest.MonkeyPatch.context() as patch:
        for (owner, name), value in (replace or {}).items():
            patch.setattr(owner, name, value)
        code = pytest.main(args, plugins=[Recorder()])
    if code not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED,
                    pytest.ExitCode.NO_TESTS_COLLECTED):
        pytest.fail(f"your tests could not run (pytest exit code {int(code)})", pytrace=False)
    return counts


def assert_tests_exist(target, tmp_path, at_least: int = 1) -> dict:
    """Fails unless the learner wrote at least `at_least` tests and they pass on the correct
    code."""
    counts = run_your_tests(target, tmp_path)
    found = counts["passed"] + counts["failed"]
    if found < at_least:
        pytest.fail(f"pytest found {found} of your tests; write at least {at_least} "
                    "function(s) named test_...", pytrace=False)
    if counts["failed"]:
        pytest.fail(f"{counts['failed']} of your tests fail on the correct code: a test must "
                    "pass when the code is right", pytrace=False)
    return counts


def assert_tests_catch(target, tmp_path, replace, bug: str) -> None:
    """Fails unless at least one of the learner's tests fails when `replace` is in place."""
    counts = run_your_tests(target, tmp_path, replace)
    if counts["passed"] + counts["failed"] == 0:
        pytest.fail("pytest found none of your tests: write functions named test_...",
                    pytrace=False)
    if counts["failed"] == 0:
        pytest.fail(f"your tests did not catch {bug}", pytrace=False)
