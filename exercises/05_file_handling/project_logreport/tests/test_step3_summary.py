"""Step 3: summary.summarize."""
from summary import summarize


def rec(host, status, ms):
    return {"time": "2024-03-10T08:00:00", "method": "GET", "path": "/", "status": status,
            "ms": ms, "host": host}


RECORDS = [
    rec("web02", 200, 10),
    rec("db01", 500, 300),
    rec("web02", 499, 20),
    rec("web02", 503, 40),
    rec("app01", 200, 5),
    rec("db01", 200, 101),
]


def test_step3_totals():
    summary = summarize(RECORDS)
    assert (summary["requests"], summary["errors"]) == (6, 2)


def test_step3_hosts_sorted_by_name():
    assert [h["host"] for h in summarize(RECORDS)["hosts"]] == ["app01", "db01", "web02"]


def test_step3_per_host_numbers():
    assert summarize(RECORDS)["hosts"] == [
        {"host": "app01", "requests": 1, "errors": 0, "avg_ms": 5.0},
        {"host": "db01", "requests": 2, "errors": 1, "avg_ms": 200.5},
        {"host": "web02", "requests": 3, "errors": 1, "avg_ms": 23.3},
    ]


def test_step3_errors_start_at_500():
    summary = summarize([rec("a", 499, 1), rec("a", 500, 1), rec("a", 404, 1), rec("a", 599, 1)])
    assert summary["errors"] == 2
    assert summary["hosts"][0]["errors"] == 2


def test_step3_average_is_rounded_to_one_decimal():
    summary = summarize([rec("x", 200, 1), rec("x", 200, 1), rec("x", 200, 2)])
    assert summary["hosts"][0]["avg_ms"] == 1.3


def test_step3_no_records():
    assert summarize([]) == {"requests": 0, "errors": 0, "hosts": []}
