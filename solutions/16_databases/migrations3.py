"""Database migrations: up and down.

Each migration has an `up` (the change) and a `down` (its exact undo), so a bad release can
be rolled back to an earlier schema version. `upgrade` is written; write `downgrade` from
its docstring. It undoes the applied migrations that are above `target`, newest first, and
removes each one's version row in the same transaction as its `down`.
"""
import sqlite3
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    up: str
    down: str


MIGRATIONS = [
    Migration(
        1,
        up="CREATE TABLE devices (id INTEGER PRIMARY KEY, hostname TEXT NOT NULL)",
        down="DROP TABLE devices",
    ),
    Migration(
        2,
        up="CREATE TABLE sites (code TEXT PRIMARY KEY, name TEXT NOT NULL)",
        down="DROP TABLE sites",
    ),
    Migration(
        3,
        up="CREATE UNIQUE INDEX ux_devices_hostname ON devices (hostname)",
        down="DROP INDEX ux_devices_hostname",
    ),
]


def current_version(conn: sqlite3.Connection) -> int:
    """The highest applied version, 0 for a fresh database."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY)")
    (version,) = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()
    return version


def upgrade(conn: sqlite3.Connection, target: int, migrations=MIGRATIONS) -> list[int]:
    """Apply the migrations above the current version up to `target`, oldest first.

    Each `up` and its version row are one transaction. Returns the versions applied.
    """
    start = current_version(conn)
    applied = []
    for migration in sorted(migrations, key=lambda m: m.version):
        if start < migration.version <= target:
            with conn:
                conn.execute("BEGIN")
                conn.execute(migration.up)
                conn.execute(
                    "INSERT INTO schema_version (version) VALUES (?)", (migration.version,)
                )
            applied.append(migration.version)
    return applied


def downgrade(conn: sqlite3.Connection, target: int, migrations=MIGRATIONS) -> list[int]:
    """Undo the applied migrations above `target`, newest first.

    Each `down` and the deletion of its version row are one transaction. A target at or
    above the current version changes nothing. Returns the versions undone, in that order.
    """
    start = current_version(conn)
    undone = []
    for migration in sorted(migrations, key=lambda m: m.version, reverse=True):
        if target < migration.version <= start:
            with conn:
                conn.execute("BEGIN")
                conn.execute(migration.down)
                conn.execute(
                    "DELETE FROM schema_version WHERE version = ?", (migration.version,)
                )
            undone.append(migration.version)
    return undone


# --- tests: read them, don't change them ---
import pytest


def schema(conn):
    """The tables and indexes in the database, without the version table."""
    rows = conn.execute(
        "SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"
        " AND name != 'schema_version' ORDER BY name"
    )
    return [name for (name,) in rows]


@pytest.fixture
def conn():
    conn = sqlite3.connect(":memory:")
    yield conn
    conn.close()


def test_upgrade_to_the_latest(conn):
    assert upgrade(conn, 3) == [1, 2, 3]
    assert schema(conn) == ["devices", "sites", "ux_devices_hostname"]


def test_downgrade_one_step(conn):
    upgrade(conn, 3)
    assert downgrade(conn, 2) == [3]
    assert schema(conn) == ["devices", "sites"]
    assert current_version(conn) == 2


def test_downgrade_goes_newest_first(conn):
    upgrade(conn, 3)
    assert downgrade(conn, 0) == [3, 2, 1]
    assert schema(conn) == []
    assert current_version(conn) == 0


def test_downgrade_only_undoes_what_was_applied(conn):
    upgrade(conn, 2)
    assert downgrade(conn, 1) == [2]
    assert schema(conn) == ["devices"]
    assert current_version(conn) == 1


def test_a_target_at_or_above_the_current_version_changes_nothing(conn):
    upgrade(conn, 2)
    assert downgrade(conn, 2) == []
    assert downgrade(conn, 3) == []
    assert schema(conn) == ["devices", "sites"]
    assert current_version(conn) == 2


def test_down_then_up_again(conn):
    upgrade(conn, 3)
    downgrade(conn, 1)
    assert upgrade(conn, 3) == [2, 3]
    assert schema(conn) == ["devices", "sites", "ux_devices_hostname"]


def test_migrations_given_in_any_order(conn):
    shuffled = [MIGRATIONS[1], MIGRATIONS[2], MIGRATIONS[0]]
    upgrade(conn, 3, shuffled)
    assert downgrade(conn, 0, shuffled) == [3, 2, 1]


def test_a_down_and_its_version_row_are_one_transaction(conn):
    upgrade(conn, 3)
    conn.execute(
        "CREATE TRIGGER keep_versions BEFORE DELETE ON schema_version"
        " BEGIN SELECT RAISE(ABORT, 'version rows are locked'); END"
    )
    with pytest.raises(sqlite3.Error):
        downgrade(conn, 2)
    assert current_version(conn) == 3
    assert "ux_devices_hostname" in schema(conn), (
        "the index was dropped although its version row could not be removed"
    )
