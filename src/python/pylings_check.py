"""One test check, run by pylings: pytest in this process, with a recorder plugin that sends
each result to pylings over a channel the exercise's code can't use to speak for pytest.

pylings starts it as `python pylings_check.py` and writes one line of JSON configuration to
its stdin (cold path), or a warm worker imports it and calls `run()` in a fresh fork. Either
way the configuration — with a nonce that every report line carries — is read before any of
the learner's code is imported, and never put where that code can find it by name: not in the
environment, not in sys.argv, not in a module global.
"""

import json
import os
import re
import sys
import sysconfig

# pytest plugins that no check needs, each a cost on every run: the cache, a collection of
# garbage after the session (for warnings about objects that fail in `__del__`), pastebin,
# stepwise, setup-only and setup-plan, JUnit XML, doctests, the `pythonpath` setting (pylings
# sets the path itself) and support for frozen executables.
DISABLED_PLUGINS = ("cacheprovider", "unraisableexception", "pastebin", "stepwise", "setuponly",
                    "setupplan", "junitxml", "doctest", "python_path", "freeze_support")

_FRAME = re.compile(r"^\S.*:(\d+|\?\?\?): in \S")
_NOISE = ("/_pytest/", "importlib", "<frozen ", sysconfig.get_paths()["stdlib"])

# What the learner's code might replace to make tests pass without running them. Looked up
# again after every test and at the end: a change means the run can't be trusted.
_GUARDED = (
    ("_pytest.python", "Function", "runtest"),
    ("_pytest.python", "Function", "setup"),
    ("_pytest.python", None, "pytest_pyfunc_call"),
    ("_pytest.runner", None, "call_and_report"),
    ("_pytest.runner", None, "runtestprotocol"),
    ("_pytest.runner", None, "check_interactive_exception"),
    ("_pytest.runner", "CallInfo", "from_call"),
    ("_pytest.reports", "TestReport", "from_item_and_call"),
    ("_pytest.main", "Session", "perform_collect"),
    ("_pytest.outcomes", None, "skip"),
    ("_pytest.outcomes", None, "xfail"),
    ("_pytest.outcomes", None, "fail"),
    ("pluggy._callers", None, "_multicall"),
    ("pluggy._manager", "PluginManager", "register"),
)


def disabled_plugin_args():
    return [arg for name in DISABLED_PLUGINS for arg in ("-p", f"no:{name}")]


def _lookup(module, owner, name):
    obj = sys.modules.get(module)
    if obj is None:
        return None
    if owner is not None:
        obj = getattr(obj, owner, None)
    # The raw attribute, not a bound method: a replaced function shows as a different object.
    return getattr(obj, "__dict__", {}).get(name) if owner is not None else getattr(obj, name, None)


def _text(report):
    text = report.longreprtext or ""
    for title, content in getattr(report, "sections", []):
        if title.startswith("Captured") and content.strip():
            text += f"\n--- {title} ---\n{content.rstrip()}"
    return text


def _message(report):
    crash = getattr(report.longrepr, "reprcrash", None)
    if crash is not None and crash.message:
        # `assert 2 == 3` says it all; the exception's name adds nothing.
        return crash.message.removeprefix("AssertionError: ")
    if isinstance(report.longrepr, tuple) and len(report.longrepr) == 3:
        return str(report.longrepr[2])
    lines = [line for line in (report.longreprtext or "").splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _clean_collect_error(text):
    """Drops pytest's and importlib's own frames and the `E   ` prefixes: what is left is the
    error as Python would show it for the learner's file."""
    out, skipping = [], False
    for line in text.splitlines():
        if _FRAME.match(line):
            skipping = any(noise in line for noise in _NOISE)
        elif line.startswith("E   "):
            skipping = False
            line = line[4:]
        elif line.startswith(("Hint: make sure your test", "Traceback:")):
            continue
        if not skipping:
            out.append(line)
    return "\n".join(out)


def _make_recorder(emit, conftests):
    """The plugin: a fresh object per run, its state in closures and attributes that exist
    only for this run. `conftests` are the course's conftest files, the only plugins that may
    arrive during collection."""
    guarded = {entry: _lookup(*entry) for entry in _GUARDED}
    allowed = {os.path.realpath(path) for path in conftests}
    state = {"tests": {}, "errors": [], "tampered": [], "phase": "start", "internal": None}

    def check_guards():
        for entry, original in guarded.items():
            now = _lookup(*entry)
            if now is not original:
                module, owner, name = entry
                where = ".".join(p for p in (module, owner, name) if p)
                note = f"`{where}` was replaced while the tests ran"
                if note not in state["tampered"]:
                    state["tampered"].append(note)

    class Recorder:
        def pytest_plugin_registered(self, plugin, manager):
            # Plugins come from pytest and pylings before collection; one that arrives while
            # the exercise is imported or run comes from the exercise.
            if state["phase"] in ("collect", "collected", "run"):
                path = getattr(plugin, "__file__", None)
                if path and os.path.realpath(path) in allowed:
                    return
                name = getattr(plugin, "__name__", type(plugin).__name__)
                state["tampered"].append(f"the exercise registered a pytest plugin (`{name}`)")

        def pytest_collection(self, session):
            state["phase"] = "collect"
            emit({"event": "collect"})

        def pytest_collectreport(self, report):
            if report.failed:
                state["errors"].append({
                    "nodeid": report.nodeid,
                    "details": _clean_collect_error(report.longreprtext or ""),
                })
            elif report.skipped and report.nodeid:
                # A whole module skipped (`pytest.skip(allow_module_level=True)`, a skip mark
                # applied at import): its tests never ran, which never counts as a pass.
                state["tests"][report.nodeid] = {
                    "nodeid": report.nodeid, "outcome": "skipped",
                    "message": _message(report), "details": "", "line": None,
                }

        def pytest_collection_finish(self, session):
            state["phase"] = "collected"
            emit({"event": "collected", "count": len(session.items)})

        def pytest_runtestloop(self, session):
            # pytest may report an error in collection after collection_finish: "run" starts
            # only when the tests do.
            state["phase"] = "run"

        def pytest_runtest_logstart(self, nodeid, location):
            emit({"event": "test", "nodeid": nodeid})

        def pytest_runtest_logreport(self, report):
            entry = state["tests"].setdefault(
                report.nodeid,
                {"nodeid": report.nodeid, "outcome": "passed", "message": "", "details": "",
                 "line": None},
            )
            if report.location and report.location[1] is not None:
                entry["line"] = report.location[1] + 1
            if hasattr(report, "wasxfail"):
                entry["outcome"] = "xfailed" if report.skipped else "xpassed"
                entry["message"] = str(report.wasxfail or "")
                return
            if report.failed and entry["outcome"] not in ("failed", "error"):
                entry["outcome"] = "failed" if report.when == "call" else "error"
                entry["message"] = _message(report)
                entry["details"] = _text(report)
            elif report.skipped and entry["outcome"] == "passed":
                entry["outcome"] = "skipped"
                entry["message"] = _message(report)

        def pytest_runtest_teardown(self, item, nextitem):
            check_guards()

        def pytest_deselected(self, items):
            for item in items:
                state["tests"][item.nodeid] = {
                    "nodeid": item.nodeid, "outcome": "deselected", "message": "",
                    "details": "", "line": None,
                }

        def pytest_internalerror(self, excrepr, excinfo):
            state["internal"] = {
                "phase": state["phase"],
                "type": excinfo.type.__name__ if excinfo is not None else "",
                "text": str(excrepr)[-4000:],
            }

        def pytest_sessionfinish(self, session, exitstatus):
            check_guards()

    return Recorder(), state


def _channel(config):
    """A function that sends one JSON line with the nonce to pylings."""
    nonce = config["nonce"]
    if config.get("report_fd") is not None:
        stream = os.fdopen(config["report_fd"], "w", encoding="utf-8", closefd=True)
    else:
        stream = open(config["report_path"], "w", encoding="utf-8")

    def emit(data):
        try:
            stream.write(json.dumps({"nonce": nonce, **data}) + "\n")
            stream.flush()
        except (OSError, ValueError):
            pass  # pylings is gone, or the exercise closed the channel: nothing to tell

    def close():
        try:
            stream.close()
        except OSError:
            pass

    return emit, close


def run(config):
    """Runs pytest as `config` says and ends the process with pytest's exit status. Never
    returns: the learner's atexit handlers don't run after the report is written."""
    emit, close = _channel(config)
    try:
        import pytest
    except ImportError as err:
        emit({"event": "no_pytest", "error": str(err)})
        close()
        os._exit(4)
    # Only now: a module of the exercise named like one pytest imports (`csv.py`) must not
    # take its place inside pytest.
    sys.path[:0] = config.get("sys_path", [])
    recorder, state = _make_recorder(emit, config.get("conftests", []))
    code = pytest.main(disabled_plugin_args() + config["args"], plugins=[recorder])
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        pass
    emit({
        "event": "done",
        "exitstatus": int(code),
        "tests": list(state["tests"].values()),
        "errors": state["errors"],
        "tampered": state["tampered"],
        "internal": state["internal"],
    })
    close()
    os._exit(int(code))


def main():
    # The configuration is the first line of stdin; nothing else is read from it, and the
    # learner's code gets no input at all.
    line = sys.stdin.buffer.readline()
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    os.close(devnull)
    run(json.loads(line))


if __name__ == "__main__":
    main()
