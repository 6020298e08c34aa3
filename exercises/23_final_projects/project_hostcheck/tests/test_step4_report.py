"""Step 4: hostcheck/report.py, the table and the JSON."""
import json

import pytest


@pytest.fixture
def report(need):
    need("hostcheck", 1)
    return need("hostcheck.report", 4)


@pytest.fixture
def results(need):
    probe = need("hostcheck.probe", 2)
    return [
        probe.Result("web1", True, 0.0041, None),
        probe.Result("db-primary", False, 2.0003, "connection refused"),
        probe.Result("api", False, 0.0123, "HTTP 503"),
    ]


def test_a_line_per_result_and_a_total(report, results):
    lines = report.format_table(results).strip("\n").splitlines()
    assert len(lines) == 4
    assert [line.split()[0] for line in lines[:3]] == ["web1", "db-primary", "api"]
    assert lines[3].strip() == "1 of 3 ok"


def test_ok_shows_the_seconds_and_fail_the_error(report, results):
    web1, db, api = report.format_table(results).splitlines()[:3]
    assert "ok" in web1.split() and "0.004s" in web1
    assert "FAIL" in db.split() and "connection refused" in db
    assert "FAIL" in api.split() and "HTTP 503" in api


def test_the_second_column_is_aligned(report, results):
    lines = report.format_table(results).splitlines()[:3]
    starts = {line.index("ok" if " ok" in line else "FAIL") for line in lines}
    assert len(starts) == 1, "the second column doesn't start at the same place on every line"


def test_json(report, results):
    data = json.loads(report.to_json(results))
    assert data == [
        {"name": "web1", "ok": True, "seconds": 0.004, "error": None},
        {"name": "db-primary", "ok": False, "seconds": 2.0, "error": "connection refused"},
        {"name": "api", "ok": False, "seconds": 0.012, "error": "HTTP 503"},
    ]
