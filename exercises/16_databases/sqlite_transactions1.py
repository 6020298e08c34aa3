"""SQLite with Python: transactions.

`record_deployment` stores a deployment and the hosts it went to. Right now nothing is ever
committed, so the rows vanish when the connection closes. Make it all-or-nothing: commit when
every insert worked, roll back (and let the error propagate) when one failed. Close the
connection in both cases.
"""
import sqlite3
from pathlib import Path

SCHEMA = """
CREATE TABLE deployments (
    id INTEGER PRIMARY KEY,
    service TEXT NOT NULL,
    version TEXT NOT NULL
);
CREATE TABLE targets (
    deployment_id INTEGER NOT NULL REFERENCES deployments (id),
    host TEXT NOT NULL,
    UNIQUE (deployment_id, host)
);
"""


def init_db(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    conn.close()


def record_deployment(path: Path, service: str, version: str, hosts: list[str]) -> int:
    """Store one deployment and its target hosts in one transaction; return its id."""
    conn = sqlite3.connect(path)
    # TODO: commit on success, roll back on error, and always close the connection.
    cur = conn.execute(
        "INSERT INTO deployments (service, version) VALUES (?, ?)", (service, version)
    )
    deployment_id = cur.lastrowid
    for host in hosts:
        conn.execute(
            "INSERT INTO targets (deployment_id, host) VALUES (?, ?)",
            (deployment_id, host),
        )
    conn.close()
    return deployment_id


# --- tests: read them, don't change them ---
import sqlite3
import sys

import pytest


def count_rows(path, table):
    conn = sqlite3.connect(path, timeout=0.1)
    try:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def db_path(tmp_path):
    path = tmp_path / "deploys.db"
    init_db(path)
    return path


def test_deployment_is_saved(db_path):
    record_deployment(db_path, "api", "1.4.2", ["web-01", "web-02"])
    assert count_rows(db_path, "deployments") == 1
    assert count_rows(db_path, "targets") == 2


def test_returns_the_new_id(db_path):
    first = record_deployment(db_path, "api", "1.4.2", ["web-01"])
    second = record_deployment(db_path, "api", "1.4.3", ["web-01"])
    assert second == first + 1


def test_failed_insert_stores_nothing(db_path):
    record_deployment(db_path, "api", "1.4.2", ["web-01"])
    with pytest.raises(sqlite3.IntegrityError):
        record_deployment(db_path, "api", "1.5.0", ["web-01", "web-02", "web-01"])
    assert count_rows(db_path, "deployments") == 1
    assert count_rows(db_path, "targets") == 1


class TrackedConnection(sqlite3.Connection):
    opened = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.closed = False
        TrackedConnection.opened.append(self)

    def close(self):
        self.closed = True
        super().close()


def test_connection_is_closed_even_on_failure(db_path, monkeypatch):
    real_connect = sqlite3.connect
    tracked = lambda *a, **kw: real_connect(*a, factory=TrackedConnection, **kw)  # noqa: E731
    monkeypatch.setattr(sqlite3, "connect", tracked)
    # `from sqlite3 import connect` is just as good: watch that name too.
    this_module = sys.modules[__name__]
    if getattr(this_module, "connect", None) is real_connect:
        monkeypatch.setattr(this_module, "connect", tracked)
    TrackedConnection.opened.clear()
    record_deployment(db_path, "api", "1.4.2", ["web-01"])
    with pytest.raises(sqlite3.IntegrityError):
        record_deployment(db_path, "api", "1.5.0", ["web-01", "web-01"])
    assert [conn.closed for conn in TrackedConnection.opened] == [True, True]
