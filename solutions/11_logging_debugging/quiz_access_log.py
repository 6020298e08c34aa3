"""Quiz: summarise a web server's access log, log what you skip, and test it.

Each line of the log reads "METHOD PATH STATUS SECONDS", for example
"GET /cart 200 0.042". The team on call wants a summary of a day's lines.

1. Finish `summarise` as its docstring says (strings, loops, errors, logging).
2. Write tests for it, above the tests line. The check runs them against your
   `summarise`, where they must pass, and against broken versions of it, which
   they must catch: cover at least the cases the TODO at the end lists.
"""

import logging

logger = logging.getLogger(__name__)


def summarise(lines):
    """Summarise access-log lines. Return a dict with
    "requests": how many lines were read as requests,
    "errors": how many of those have a status of 500 or more,
    "slowest": the path of the request with the most seconds (None if none).

    Blank lines are skipped without a word. Any other line that doesn't have four
    fields, or whose status is not a whole number, or whose seconds are not a
    number, is skipped with a WARNING that names its line number, counting from 1,
    such as "line 3: cannot read 'GET /cart'". At the end, log at INFO
    "N requests, E errors" with the two numbers.
    """
    requests = 0
    errors = 0
    slowest = None
    slowest_seconds = 0.0
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            method, path, status, seconds = line.split()
            status = int(status)
            seconds = float(seconds)
        except ValueError:
            logger.warning("line %d: cannot read %r", number, line)
            continue
        requests += 1
        if status >= 500:
            errors += 1
        if slowest is None or seconds > slowest_seconds:
            slowest = path
            slowest_seconds = seconds
    logger.info("%d requests, %d errors", requests, errors)
    return {"requests": requests, "errors": errors, "slowest": slowest}


def test_requests_errors_and_the_slowest():
    lines = ["GET /a 200 0.5", "GET /slow 503 4.0", "GET /b 404 1.0"]
    assert summarise(lines) == {"requests": 3, "errors": 1, "slowest": "/slow"}


def test_the_first_request_can_be_the_slowest():
    lines = ["GET /slow 200 4.0", "GET /a 200 0.5"]
    assert summarise(lines)["slowest"] == "/slow"


def test_an_unreadable_line_is_skipped_with_a_warning(caplog):
    result = summarise(["GET /a 200 0.5", "GET /b", "GET /c 200 0.1"])
    assert result["requests"] == 2
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1
    assert "line 2" in warnings[0]


def test_a_blank_line_is_skipped_silently(caplog):
    assert summarise(["", "GET /a 200 0.5"])["requests"] == 1
    assert [r for r in caplog.records if r.levelname == "WARNING"] == []


def test_the_summary_is_logged_at_info(caplog):
    caplog.set_level(logging.INFO)
    summarise(["GET /a 500 0.5", "GET /b 200 0.1"])
    assert ("INFO", "2 requests, 1 errors") in [
        (r.levelname, r.getMessage()) for r in caplog.records]


# --- tests: read them, don't change them ---
# How your work is checked: your `summarise` must do what its docstring says, and
# your tests must pass on it. Then each broken `summarise` below is put in its
# place in turn, and your tests run again: for every one of them at least one of
# your tests must fail.

import sys

import pytest

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]

LOG = [
    "GET /cart 200 0.042",
    "POST /pay 502 1.250",
    "",
    "GET /cart 404 0.010",
    "GET /search 200 2.5",
    "GET /broken",
    "PUT /item/7 five 0.1",
    "DELETE /item/7 204 fast",
    "   ",
    "GET /health 503 0.001",
]


def warnings_in(caplog):
    return [record.getMessage() for record in caplog.records
            if record.levelno == logging.WARNING]


def test_summarise_reads_a_whole_log():
    assert summarise(LOG) == {"requests": 5, "errors": 2, "slowest": "/search"}


def test_summarise_of_no_lines():
    assert summarise([]) == {"requests": 0, "errors": 0, "slowest": None}


def test_summarise_finds_a_slowest_request_that_comes_first():
    lines = ["GET /report 200 9.5", "GET /a 200 0.5", "GET /b 500 3"]
    assert summarise(lines) == {"requests": 3, "errors": 1, "slowest": "/report"}


def test_summarise_warns_once_per_unreadable_line_with_its_number(caplog):
    summarise(LOG)
    found = warnings_in(caplog)
    assert len(found) == 3, f"{len(found)} warning(s) for the 3 unreadable lines"
    for message, number in zip(found, [6, 7, 8]):
        assert f"line {number}" in message, (
            f"the warning {message!r} should name line {number} (lines count from 1)")


def test_summarise_skips_blank_lines_silently(caplog):
    summarise(["", "GET / 200 0.1", "  "])
    assert warnings_in(caplog) == []


def test_summarise_logs_one_summary_at_info(caplog):
    caplog.set_level(logging.INFO, logger=__name__)
    summarise(LOG)
    infos = [record.getMessage() for record in caplog.records
             if record.levelno == logging.INFO]
    assert len(infos) == 1, f"{len(infos)} INFO message(s); one summary is expected"
    assert "5 requests" in infos[0] and "2 errors" in infos[0], infos[0]


def make_broken(error_from=500, first_line=1, catch=True, warn_blank=False,
                slowest_is_last=False, count_skipped=False, summary_level=logging.INFO):
    def broken_summarise(lines):
        requests = errors = 0
        slowest, slowest_seconds = None, -1.0
        for number, line in enumerate(lines, start=first_line):
            if not line.strip() and not warn_blank:
                continue
            try:
                method, path, status, seconds = line.split()
                status, seconds = int(status), float(seconds)
            except ValueError:
                if not catch:
                    raise
                logger.warning("line %d: cannot read %r", number, line)
                if count_skipped:
                    requests += 1
                continue
            requests += 1
            errors += status >= error_from
            if slowest_is_last or seconds > slowest_seconds:
                slowest, slowest_seconds = path, seconds
        logger.log(summary_level, "%d requests, %d errors", requests, errors)
        return {"requests": requests, "errors": errors, "slowest": slowest}
    return broken_summarise


BROKEN = {
    "a summarise that counts 4xx statuses as errors": make_broken(error_from=400),
    "a summarise that counts lines from 0 in its warnings": make_broken(first_line=0),
    "a summarise that crashes on a line it can't read": make_broken(catch=False),
    "a summarise that warns about blank lines": make_broken(warn_blank=True),
    "a summarise whose slowest is the last request": make_broken(slowest_is_last=True),
    "a summarise that counts skipped lines as requests": make_broken(count_skipped=True),
    "a summarise that logs its summary at DEBUG": make_broken(summary_level=logging.DEBUG),
}


def test_your_tests_pass_on_your_summarise(tmp_path):
    assert_tests_exist(THIS, tmp_path, at_least=4, against="your summarise")


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(THIS, tmp_path, {(THIS, "summarise"): BROKEN[bug]}, bug,
                       against="your summarise")
