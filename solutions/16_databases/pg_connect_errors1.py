"""PostgreSQL / MySQL connectors: connection errors.

sqlite3 opens a file; psycopg talks to a server, which may be restarting, unreachable, or
refusing you. psycopg reports all of that as `psycopg.OperationalError` (a subclass of
`psycopg.Error`), while a mistake in your own connection string is a
`psycopg.ProgrammingError`: retrying can't fix that one. Fix `connect_with_retry`: retry
only on OperationalError, wait `delay` seconds between attempts (not after the last one), and
when every attempt failed, raise the last error instead of returning None.
"""
import time

import psycopg


def connect_with_retry(
    url: str, attempts: int = 3, delay: float = 0.5, sleep=time.sleep
) -> psycopg.Connection:
    """Connect to `url`, trying up to `attempts` times in all."""
    for attempt in range(1, attempts + 1):
        try:
            return psycopg.connect(url, connect_timeout=2)
        except psycopg.OperationalError:
            if attempt == attempts:
                raise
            sleep(delay)

# --- tests: read them, don't change them ---
import sys

import pytest

from coursekit.postgres import postgres_unreachable_url, postgres_url


class Waits:
    def __init__(self):
        self.calls = []

    def __call__(self, seconds):
        self.calls.append(seconds)


def test_a_running_server_connects_at_once(postgres_url):
    waits = Waits()
    conn = connect_with_retry(postgres_url, sleep=waits)
    try:
        assert conn.execute("SELECT 1").fetchone() == (1,)
    finally:
        conn.close()
    assert waits.calls == []


def test_an_unreachable_server_raises_after_every_attempt(postgres_unreachable_url):
    waits = Waits()
    with pytest.raises(psycopg.OperationalError):
        connect_with_retry(postgres_unreachable_url, attempts=3, delay=0.25, sleep=waits)
    assert waits.calls == [0.25, 0.25], "wait between attempts, not after the last one"


def test_a_server_that_comes_back_is_reached(postgres_url, monkeypatch):
    real_connect = psycopg.connect
    failures = [psycopg.OperationalError("the database system is starting up")] * 2

    def flaky_connect(*args, **kwargs):
        if failures:
            raise failures.pop()
        return real_connect(*args, **kwargs)

    monkeypatch.setattr(psycopg, "connect", flaky_connect)
    monkeypatch.setattr(psycopg.Connection, "connect", staticmethod(flaky_connect))
    # `from psycopg import connect` is just as good: watch that name too.
    this_module = sys.modules[__name__]
    if getattr(this_module, "connect", None) is real_connect:
        monkeypatch.setattr(this_module, "connect", flaky_connect)
    waits = Waits()
    conn = connect_with_retry(postgres_url, attempts=3, delay=0.1, sleep=waits)
    conn.close()
    assert waits.calls == [0.1, 0.1]


def test_a_broken_connection_string_is_not_retried(postgres_url):
    waits = Waits()
    with pytest.raises(psycopg.ProgrammingError):
        connect_with_retry(postgres_url + "&no_such_option=1", sleep=waits)
    assert waits.calls == [], "retrying can't fix a typo in the connection string"
