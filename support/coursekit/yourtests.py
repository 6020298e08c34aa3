"""The harness of write-tests exercises: the learner's tests run against the correct code
(they must pass) and against named broken versions (each must be caught by a failing test),
so an empty or always-true test never counts.

Where the learner's tests are:
- in a single-file exercise, above the tests marker: pass the exercise module
  (`sys.modules[__name__]`) as `target`;
- in a folder exercise, in a test file the learner writes (listed in `learner_tests` in
  info.toml): pass its path, for example `Path(__file__).parent / "test_mine.py"`.

A typical tests section:

    THIS = sys.modules[__name__]
    BROKEN = {"a chunk that drops the leftover items": chunk_dropping_leftovers, ...}

    def test_your_tests_pass_on_the_correct_code(tmp_path):
        assert_tests_exist(THIS, tmp_path, at_least=3)

    @pytest.mark.parametrize("bug", BROKEN)
    def test_your_tests_catch(bug, tmp_path):
        assert_tests_catch(THIS, tmp_path, {(THIS, "chunk"): BROKEN[bug]}, bug)
"""

import ast
import inspect
import itertools
import logging
import os
import shutil
import sys
import tempfile
import types
from pathlib import Path

import pytest

from coursekit.source import TESTS_MARKER

_HERE = os.path.dirname(os.path.abspath(__file__))
_RUNS = itertools.count(1)
# Results of the learner's tests on the correct code, by (file, root, mtime, size): every
# check of a bug compares with them, and they don't change while the file doesn't.
_CORRECT_RUNS: dict = {}


def _marker_line(path: str) -> int:
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, start=1):
            if line.startswith(TESTS_MARKER):
                return number
    return 10**9


def _shadowed_names(path: str, last_line: int) -> list:
    """Top-level names defined above the tests marker and defined again below it: the
    later definition replaces the learner's, so pytest never sees the learner's test."""
    with open(path, encoding="utf-8") as f:
        tree = ast.parse(f.read())
    above, below = set(), []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if node.lineno < last_line:
                above.add(node.name)
            elif node.name in above:
                below.append(node.name)
    return below


def _inside(path, folder) -> bool:
    try:
        Path(path).resolve().relative_to(Path(folder).resolve())
    except ValueError:
        return False
    return True


def _caller_file():
    """The file of the course test that called the harness (the first frame outside it)."""
    frame = inspect.currentframe()
    while frame is not None:
        name = frame.f_code.co_filename
        if not os.path.abspath(name).startswith(_HERE + os.sep) and not name.startswith("<"):
            return os.path.abspath(name)
        frame = frame.f_back
    return None


def _outer_rootdir(path: str):
    """The rootdir of the pytest run the course test is part of: the exercise's folder, where
    its conftest.py files are. PYTEST_CURRENT_TEST holds the course test's id relative to it."""
    node_file = os.environ.get("PYTEST_CURRENT_TEST", "").split("::", 1)[0]
    caller = _caller_file()
    if node_file and caller:
        node_parts = Path(node_file).parts
        caller_parts = Path(caller).parts
        if ".." not in node_parts and caller_parts[-len(node_parts):] == node_parts:
            root = Path(*caller_parts[:-len(node_parts)]) if len(caller_parts) > len(node_parts) \
                else Path(caller).parent
            if _inside(path, root):
                return str(root)
    folder = Path(path).parent
    if folder.name == "tests" and (folder.parent / "conftest.py").exists():
        return str(folder.parent)
    return str(folder)


class _Target:
    def __init__(self, target, root):
        if isinstance(target, types.ModuleType):
            self.path = os.path.abspath(inspect.getsourcefile(target))
            self.last_line = _marker_line(self.path)
            self.root = os.fspath(root) if root else os.path.dirname(self.path)
            self.where = "above the tests line"
        else:
            self.path = os.path.abspath(os.fspath(target))
            self.last_line = 10**9
            self.root = os.fspath(root) if root else _outer_rootdir(self.path)
            self.where = f"in {os.path.relpath(self.path, self.root)}"
        if not os.path.exists(self.path):
            pytest.fail(f"your test file {os.path.basename(self.path)} is missing",
                        pytrace=False)

    def key(self):
        stat = os.stat(self.path)
        return (self.path, self.root, stat.st_mtime_ns, stat.st_size)


def _short(text: str, limit: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _message(report) -> str:
    lookup = getattr(report.longrepr, "errorstring", None)  # a fixture that doesn't exist
    if lookup:
        return _short(lookup.splitlines()[0])
    crash = getattr(report.longrepr, "reprcrash", None)
    if crash is not None and crash.message:
        lines = crash.message.removeprefix("AssertionError: ").splitlines()
        # `assert False` says little without the pytest line under it that explains it.
        shown = [lines[0]] + [line for line in lines[1:2] if line.lstrip().startswith("+")]
        return _short(" ".join(shown))
    if isinstance(report.longrepr, tuple) and len(report.longrepr) == 3:
        return _short(str(report.longrepr[2]))
    lines = [line for line in (report.longreprtext or "").splitlines() if line.strip()]
    return _short(lines[-1]) if lines else ""


def _stand_ins(replace: dict, root: str) -> list:
    """Where each stand-in goes: the named attribute, and every other name bound to the same
    original in the exercise's own modules (`from shop import Cart` in a test file or
    conftest.py, a package that re-exports it), so the learner's tests meet the broken version
    however they imported it."""
    folders = {os.path.abspath(root) + os.sep, os.path.realpath(root) + os.sep}
    ours = []
    for module in list(sys.modules.values()):
        file = getattr(module, "__file__", None)
        if file and any(os.path.abspath(file).startswith(f) for f in folders) \
                and not os.path.abspath(file).startswith(_HERE + os.sep):
            ours.append(module)
    patches = []
    for (owner, name), value in replace.items():
        original = getattr(owner, name)
        patches.append((owner, name, value))
        for module in ours:
            if module is owner:
                continue
            for attr, bound in list(vars(module).items()):
                if bound is original and not attr.startswith("__"):
                    patches.append((module, attr, value))
    return patches


def _rename(replace: dict) -> list:
    """Gives each broken version the name of the real one, so it looks the same from outside.
    Returns what to undo."""
    undo = []
    for (owner, name), value in replace.items():
        original = getattr(owner, name)
        for dunder in ("__name__", "__qualname__"):
            try:
                old, new = getattr(value, dunder), getattr(original, dunder)
                setattr(value, dunder, new)
            except (AttributeError, TypeError):
                continue
            undo.append((value, dunder, old))
    return undo


def _run(t: _Target, tmp_path, replace) -> dict:
    results: dict = {}
    errors: list = []

    def short_name(nodeid: str) -> str:
        return nodeid.split("::", 1)[1] if "::" in nodeid else nodeid

    class Recorder:
        def pytest_configure(self, config):
            # Only the first line of a failure is used: Python's own traceback is much
            # quicker to make than pytest's long one, with its source lines.
            config.option.tbstyle = "native"

        def pytest_collection_modifyitems(self, items):
            mine = []
            for item in items:
                try:
                    same = os.path.samefile(item.path, t.path)
                except OSError:
                    same = False
                line = item.location[1]
                if same and (line is None or line + 1 < t.last_line):
                    mine.append(item)
            items[:] = mine
            for item in mine:
                results[short_name(item.nodeid)] = ["passed", ""]

        def pytest_collectreport(self, report):
            if report.failed:
                errors.append(report.longreprtext or "")

        def pytest_runtest_logreport(self, report):
            entry = results.setdefault(short_name(report.nodeid), ["passed", ""])
            if entry[0] != "passed":
                return
            if hasattr(report, "wasxfail"):
                entry[:] = ["skipped", "it is marked xfail"]
            elif report.failed:
                entry[:] = ["failed", _message(report)]
            elif report.skipped:
                entry[:] = ["skipped", _message(report)]

    basetemp = Path(tmp_path) / f"your-tests-{next(_RUNS)}"
    # In memory where there is a tmpfs: a test that commits to an SQLite file under tmp_path
    # waits for the disk (fsync) at every commit, and these runs happen once per broken version.
    memory = None
    if os.path.isdir("/dev/shm") and os.access("/dev/shm", os.W_OK):
        memory = tempfile.mkdtemp(prefix="coursekit-your-tests-", dir="/dev/shm")
        basetemp = Path(memory) / basetemp.name
    # unraisableexception runs gc.collect() twice a run (~10 ms each): it only adds warnings.
    args = [t.path, "-c", os.devnull, f"--rootdir={t.root}", f"--confcutdir={t.root}",
            "-p", "no:terminal", "-p", "no:cacheprovider", "-p", "no:unraisableexception",
            f"--basetemp={basetemp}"]
    current_test = os.environ.get("PYTEST_CURRENT_TEST")
    # What the learner's tests log is theirs: keep it out of the course test's own report.
    root_logger = logging.getLogger()
    outer_handlers = root_logger.handlers[:]
    root_logger.handlers = []
    try:
        with pytest.MonkeyPatch.context() as patch:
            for owner, name, value in _stand_ins(replace or {}, t.root):
                patch.setattr(owner, name, value)
            renamed = _rename(replace or {})
            try:
                code = pytest.main(args, plugins=[Recorder()])
            finally:
                for value, dunder, old in reversed(renamed):
                    setattr(value, dunder, old)
    finally:
        root_logger.handlers = outer_handlers
        if current_test is not None:
            os.environ["PYTEST_CURRENT_TEST"] = current_test
        if memory is not None:
            shutil.rmtree(memory, ignore_errors=True)
    if errors:
        lines = [line for line in errors[0].splitlines() if line.strip()]
        pytest.fail(f"your tests {t.where} could not be collected: "
                    f"{_short(lines[-1] if lines else '')}", pytrace=False)
    if code not in (pytest.ExitCode.OK, pytest.ExitCode.TESTS_FAILED,
                    pytest.ExitCode.NO_TESTS_COLLECTED):
        pytest.fail(f"your tests {t.where} could not run (pytest exit code {int(code)})",
                    pytrace=False)
    outcomes = {name: entry[0] for name, entry in results.items()}
    return {
        "passed": sum(o == "passed" for o in outcomes.values()),
        "failed": sum(o == "failed" for o in outcomes.values()),
        "skipped": sum(o == "skipped" for o in outcomes.values()),
        "names": list(results),
        "outcomes": outcomes,
        "messages": {name: entry[1] for name, entry in results.items()},
    }


def run_your_tests(target, tmp_path, replace=None, *, root=None, cached=True) -> dict:
    """Runs the learner's tests again, in this process, and reports on each of them.

    `target` is the exercise module (its tests above the tests marker run) or the path of a
    test file the learner wrote (all of its tests run, with the conftest.py files between the
    exercise's folder and it). `replace` maps (object, attribute name) to a stand-in put in
    place for the run: a broken version of the code under test; names the learner's modules
    bound to the same object (`from shop import Cart`) get it too. `root` is the exercise's
    folder; by default the folder of the running course test's pytest run. A run without
    `replace` is done once and remembered; `cached=False` runs the tests again (for a check
    of what they do, such as the files they leave in the working folder).

    Returns {"passed": int, "failed": int, "skipped": int, "names": [...], "outcomes":
    {name: "passed" | "failed" | "skipped"}, "messages": {name: first line of the failure}}
    with the learner's tests only (a test marked xfail counts as skipped).
    """
    t = _Target(target, root)
    if not replace and cached:
        key = t.key()
        if key not in _CORRECT_RUNS:
            _CORRECT_RUNS[key] = _run(t, tmp_path, None)
        return _CORRECT_RUNS[key]
    return _run(t, tmp_path, replace)


def _names(names) -> str:
    names = list(names)
    shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
    return shown


def _none_found(t: _Target, found: int, at_least: int) -> str:
    if not found:
        return (f"pytest found none of your tests {t.where}: write functions whose name "
                "starts with test_")
    return (f"pytest found {found} of your tests {t.where}; write at least {at_least} "
            "functions whose name starts with test_")


def assert_tests_exist(target, tmp_path, at_least: int = 1, *, root=None,
                       against: str = "the correct code") -> dict:
    """Fails unless the learner wrote at least `at_least` tests and every one of them passes
    on the correct code (a skipped or xfail-marked test doesn't count as a pass). The message
    names a test that fails and says why; `against` names the code they ran on, for an
    exercise where the learner also fixes it ("your fixed average")."""
    t = _Target(target, root)
    if t.last_line < 10**9:
        shadowed = _shadowed_names(t.path, t.last_line)
        if shadowed:
            pytest.fail(f"your {shadowed[0]} has the name of something below the tests line, "
                        "which replaces it: give yours another name", pytrace=False)
    counts = run_your_tests(target, tmp_path, root=t.root)
    found = len(counts["names"])
    if found < at_least:
        pytest.fail(_none_found(t, found, at_least), pytrace=False)
    failing = [n for n, o in counts["outcomes"].items() if o == "failed"]
    if failing:
        first = failing[0]
        pytest.fail(
            f"your test {first} fails on {against} ({counts['messages'][first]}): "
            "a test must pass when the code is right"
            + (f" (also failing: {_names(failing[1:])})" if failing[1:] else ""),
            pytrace=False)
    skipped = [n for n, o in counts["outcomes"].items() if o == "skipped"]
    if skipped:
        pytest.fail(f"your test {skipped[0]} did not run ({counts['messages'][skipped[0]]}): "
                    "a skipped or xfail test checks nothing, so remove the skip or xfail",
                    pytrace=False)
    return counts


def assert_tests_catch(target, tmp_path, replace, bug: str, *, root=None,
                       against: str = "the correct code") -> None:
    """Fails unless at least one of the learner's tests that passes on the correct code fails
    with `replace` in place. `bug` describes the broken version ("a chunk that drops the
    leftover items"); the failure message names it."""
    t = _Target(target, root)
    correct = run_your_tests(target, tmp_path, root=t.root)
    if not correct["names"]:
        pytest.fail(_none_found(t, 0, 1), pytrace=False)
    broken = run_your_tests(target, tmp_path, replace, root=t.root)
    failed = [n for n, o in broken["outcomes"].items() if o == "failed"]
    caught = [n for n in failed if correct["outcomes"].get(n) == "passed"]
    if caught:
        return
    if failed:
        pytest.fail(
            f"your tests did not catch {bug}: {_names(failed)} failed with it, but "
            f"{'it fails' if len(failed) == 1 else 'they fail'} on {against} too",
            pytrace=False)
    pytest.fail(f"your tests did not catch {bug}: all of them still pass with it",
                pytrace=False)
