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
    requests = []
    for number, line in enumerate(lines, start=1):
        if line.isspace() or not line:
            continue
        parts = line.split()
        try:
            if len(parts) != 4:
                raise ValueError(f"{len(parts)} fields")
            requests.append((parts[1], int(parts[2]), float(parts[3])))
        except ValueError:
            logger.warning("line %d: cannot read %r", number, line)
    errors = sum(1 for _, status, _ in requests if status >= 500)
    slowest = max(requests, key=lambda request: request[2])[0] if requests else None
    logger.info("%d requests, %d errors", len(requests), errors)
    return {"requests": len(requests), "errors": errors, "slowest": slowest}


import pytest


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["GET /x 200 0.1", "GET /y 404 0.2", "GET /z 500 0.3"],
         {"requests": 3, "errors": 1, "slowest": "/z"}),
        (["GET /z 500 3", "GET /x 200 0.1", "", "GET"],
         {"requests": 2, "errors": 1, "slowest": "/z"}),
        ([], {"requests": 0, "errors": 0, "slowest": None}),
    ],
)
def test_summaries(lines, expected):
    assert summarise(lines) == expected


def test_warnings(caplog):
    summarise(["", "GET /ok 200 1", "GET /bad 200 slow", "  "])
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [
        ("WARNING", "line 3: cannot read 'GET /bad 200 slow'")]


def test_summary_line(caplog):
    with caplog.at_level(logging.DEBUG):
        summarise(["GET /a 200 1", "GET /a 500 1"])
    assert caplog.records[-1].levelname == "INFO"
    assert caplog.records[-1].getMessage() == "2 requests, 1 errors"


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
