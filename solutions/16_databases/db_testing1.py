"""Testing code that uses a database.

`decommission` is correct. Write the tests that would catch it breaking. Test against a
real database, not a mock: the `db_path` fixture builds a fresh SQLite file for every test
(under pytest's tmp_path), so each test starts from the same three hosts. Read the results
back with SQL and compare. Write a test for each TODO below.
"""
import sqlite3
from pathlib import Path

import pytest

SCHEMA = """
CREATE TABLE hosts (
    name TEXT PRIMARY KEY,
    owner TEXT NOT NULL,
    decommissioned INTEGER NOT NULL DEFAULT 0
)
"""


def decommission(conn: sqlite3.Connection, names: list[str]) -> int:
    """Mark the named hosts as decommissioned and commit; return how many hosts changed.

    Unknown names are ignored, and a host that is already decommissioned is not counted.
    """
    with conn:
        cur = conn.executemany(
            "UPDATE hosts SET decommissioned = 1 WHERE name = ? AND decommissioned = 0",
            [(name,) for name in names],
        )
    return cur.rowcount


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "hosts.db"
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(SCHEMA)
        conn.executemany(
            "INSERT INTO hosts (name, owner, decommissioned) VALUES (?, ?, ?)",
            [("web-01", "web", 0), ("web-02", "web", 0), ("db-01", "dba", 1)],
        )
    conn.close()
    return path


def decommissioned_hosts(path: Path) -> list[str]:
    """Read the database through a connection of its own: it sees only what was committed."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name FROM hosts WHERE decommissioned = 1 ORDER BY name")
        return [name for (name,) in rows]
    finally:
        conn.close()


def test_decommission_one_host(db_path):
    conn = sqlite3.connect(db_path)
    try:
        assert decommission(conn, ["web-01"]) == 1
    finally:
        conn.close()


def test_change_is_committed_and_touches_only_that_host(db_path):
    conn = sqlite3.connect(db_path)
    try:
        decommission(conn, ["web-01"])
    finally:
        conn.close()
    assert decommissioned_hosts(db_path) == ["db-01", "web-01"]


def test_unknown_name_is_ignored(db_path):
    conn = sqlite3.connect(db_path)
    try:
        assert decommission(conn, ["web-02", "nope-99"]) == 1
    finally:
        conn.close()
    assert decommissioned_hosts(db_path) == ["db-01", "web-02"]


def test_host_already_decommissioned_is_not_counted(db_path):
    conn = sqlite3.connect(db_path)
    try:
        assert decommission(conn, ["db-01", "web-01"]) == 1
    finally:
        conn.close()


# --- tests: read them, don't change them ---
import sys

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


def forgets_to_commit(conn, names):
    cur = conn.executemany(
        "UPDATE hosts SET decommissioned = 1 WHERE name = ? AND decommissioned = 0",
        [(name,) for name in names],
    )
    return cur.rowcount


def changes_every_host(conn, names):
    with conn:
        conn.execute("UPDATE hosts SET decommissioned = 1")
    return len(names)


def counts_every_name(conn, names):
    with conn:
        conn.executemany(
            "UPDATE hosts SET decommissioned = 1 WHERE name = ?", [(name,) for name in names]
        )
    return len(names)


def counts_already_decommissioned(conn, names):
    with conn:
        cur = conn.executemany(
            "UPDATE hosts SET decommissioned = 1 WHERE name = ?", [(name,) for name in names]
        )
    return cur.rowcount


BROKEN = {
    "a decommission that never commits": forgets_to_commit,
    "a decommission that changes every host": changes_every_host,
    "a decommission that counts unknown names": counts_every_name,
    "a decommission that counts hosts already decommissioned": counts_already_decommissioned,
}


def test_your_tests_pass_on_the_correct_code(tmp_path):
    assert_tests_exist(THIS, tmp_path, at_least=4)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(THIS, tmp_path, replace={(THIS, "decommission"): BROKEN[bug]}, bug=bug)
