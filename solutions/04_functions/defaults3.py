"""Keyword-only arguments: make callers say what they mean.

What does `connect("db.local", 5432, 5, 3)` mean? Is 5 the timeout or the
number of retries? In a `def` line, every parameter after a bare `*` can
only be passed by keyword. Make `timeout` and `retries` keyword-only,
keeping their defaults, so that `connect("db.local", 5432, timeout=5)` works
and `connect("db.local", 5432, 5)` raises TypeError. `host` and `port` can
still be passed by position.
"""


def connect(host, port=22, *, timeout=10, retries=3):
    return f"{host}:{port} (timeout {timeout}s, {retries} retries)"

# --- tests: read them, don't change them ---

import pytest


def test_only_the_host():
    assert connect("db.local") == "db.local:22 (timeout 10s, 3 retries)"


def test_host_and_port_by_position():
    assert connect("db.local", 5432) == "db.local:5432 (timeout 10s, 3 retries)"


def test_timeout_and_retries_by_keyword():
    assert connect("db.local", 5432, retries=1, timeout=5) == (
        "db.local:5432 (timeout 5s, 1 retries)")


def test_retries_alone_keeps_the_default_timeout():
    assert connect("web1", retries=0) == "web1:22 (timeout 10s, 0 retries)"


def test_port_by_keyword_too():
    assert connect(port=2222, host="web1") == "web1:2222 (timeout 10s, 3 retries)"


def test_timeout_by_position_is_refused():
    with pytest.raises(TypeError):
        connect("db.local", 5432, 5)


def test_timeout_and_retries_by_position_are_refused():
    with pytest.raises(TypeError):
        connect("db.local", 5432, 5, 3)
