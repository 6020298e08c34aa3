"""Count and group with the collections module.

Each request from an access log is a (host, status) pair.
- `top_hosts(requests, n)`: the n hosts with the most requests as (host, count) pairs, busiest
  first; hosts with equal counts keep the order in which they were first seen.
- `errors_by_host(requests)`: a dict host -> list of that host's error statuses (500 and up), in
  log order; hosts without errors don't appear.
"""
from collections import Counter, defaultdict


def top_hosts(requests, n):
    counts = Counter(host for host, _ in requests)
    # TODO: this gives the first n hosts seen, not the busiest; Counter has a method for this
    return list(counts.items())[:n]


def errors_by_host(requests):
    errors = {}
    for host, status in requests:
        if status >= 500:
            # TODO: the first error of a host fails, as errors[host] doesn't exist yet;
            # a defaultdict(list) creates the empty list on first use
            errors[host].append(status)
    return errors


# --- tests: read them, don't change them ---
LOG = [
    ("web01", 200),
    ("web02", 503),
    ("web02", 200),
    ("db01", 500),
    ("web02", 502),
    ("db01", 200),
    ("web03", 200),
]


def test_top_hosts_busiest_first():
    assert top_hosts(LOG, 2) == [("web02", 3), ("db01", 2)]


def test_top_hosts_ties_keep_first_seen_order():
    assert top_hosts(LOG, 4) == [("web02", 3), ("db01", 2), ("web01", 1), ("web03", 1)]


def test_top_hosts_more_than_available():
    assert top_hosts([("a", 200)], 5) == [("a", 1)]


def test_errors_grouped_by_host_in_log_order():
    assert dict(errors_by_host(LOG)) == {"web02": [503, 502], "db01": [500]}


def test_errors_unknown_host_is_absent():
    assert "web01" not in errors_by_host(LOG)


def test_no_errors():
    assert dict(errors_by_host([("web01", 200)])) == {}
