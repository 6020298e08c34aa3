"""pytest plugin loaded by pylings with `-p pylings_plugin`: writes each test's result as JSON
to the file named by PYLINGS_REPORT, so pylings reads results instead of pytest's text."""

import json
import os
import re
import sysconfig

_FRAME = re.compile(r"^\S.*:(\d+|\?\?\?): in \S")
_NOISE = ("/_pytest/", "importlib", "<frozen ", sysconfig.get_paths()["stdlib"])

_tests = {}
_errors = []


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


def pytest_runtest_logreport(report):
    entry = _tests.setdefault(
        report.nodeid,
        {"nodeid": report.nodeid, "outcome": "passed", "message": "", "details": "", "line": None},
    )
    if report.location and report.location[1] is not None:
        entry["line"] = report.location[1] + 1
    if hasattr(report, "wasxfail"):
        entry["outcome"] = "xfailed" if report.skipped else "xpassed"
        return
    if report.failed and entry["outcome"] != "failed":
        entry["outcome"] = "failed" if report.when == "call" else "error"
        entry["message"] = _message(report)
        entry["details"] = _text(report)
    elif report.skipped and entry["outcome"] == "passed":
        entry["outcome"] = "skipped"
        entry["message"] = _message(report)


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


def pytest_collectreport(report):
    if report.failed:
        _errors.append({"nodeid": report.nodeid, "details": _clean_collect_error(report.longreprtext or "")})


def pytest_sessionfinish(session, exitstatus):
    path = os.environ.get("PYLINGS_REPORT")
    if not path:
        return
    data = {"exitstatus": int(exitstatus), "tests": list(_tests.values()), "errors": _errors}
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f)
