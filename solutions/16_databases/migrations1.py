"""Database migrations: a tiny migration runner.

Each migration is a numbered schema change. `migrate` must bring any database up to date:
apply only the migrations newer than the version stored in `schema_version`, in version
order, and record and commit each version as soon as its migration ran, so a second run
applies nothing and a failed migration leaves the earlier ones recorded.
"""
import sqlite3

MIGRATIONS = [
    (1, "CREATE TABLE devices (id INTEGER PRIMARY KEY, hostname TEXT NOT NULL)"),
    (2, "ALTER TABLE devices ADD COLUMN site TEXT"),
    (3, "CREATE INDEX ix_devices_site ON devices (site)"),
]


def current_version(conn: sqlite3.Connection) -> int:
    """The highest applied version, 0 for a fresh database."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY)")
    (version,) = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()
    return version


def migrate(conn: sqlite3.Connection, migrations=MIGRATIONS) -> list[int]:
    """Apply the pending migrations; return the versions applied by this run."""
    start = current_version(conn)
    applied = []
    for version, sql in sorted(migrations):
        if version <= start:
            continue
        # sqlite3 runs the DDL at once, outside any transaction: it opens one implicitly only
        # before INSERT, UPDATE, DELETE and REPLACE. `with conn:` commits the version row.
        with conn:
            conn.execute(sql)
            conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
        applied.append(version)
    return applied


# --- tests: read them, don't change them ---
import random

import pytest


@pytest.fixture
def conn():
    conn = sqlite3.connect(":memory:")
    yield conn
    conn.close()


def test_fresh_database_gets_every_migration(conn):
    assert migrate(conn) == [1, 2, 3]
    assert current_version(conn) == 3
    conn.execute("INSERT INTO devices (hostname, site) VALUES ('sw-01', 'ams')")


def test_second_run_applies_nothing(conn):
    migrate(conn)
    assert migrate(conn) == []
    assert current_version(conn) == 3


def test_migrations_run_in_version_order(conn):
    shuffled = MIGRATIONS[:]
    random.Random(7).shuffle(shuffled)
    assert shuffled[0][0] != 1
    assert migrate(conn, shuffled) == [1, 2, 3]


def test_only_new_migrations_are_applied(conn):
    assert migrate(conn, MIGRATIONS[:2]) == [1, 2]
    assert migrate(conn, MIGRATIONS) == [3]


def test_failed_migration_keeps_earlier_ones_recorded(conn):
    broken = MIGRATIONS + [(4, "ALTER TABLE nowhere ADD COLUMN rack TEXT")]
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, broken)
    assert current_version(conn) == 3
    fixed = MIGRATIONS + [(4, "ALTER TABLE devices ADD COLUMN rack TEXT")]
    assert migrate(conn, fixed) == [4]


def test_recorded_versions_survive_a_new_connection(tmp_path):
    path = tmp_path / "inventory.db"
    broken = MIGRATIONS + [(4, "ALTER TABLE nowhere ADD COLUMN rack TEXT")]
    conn = sqlite3.connect(path)
    try:
        with pytest.raises(sqlite3.OperationalError):
            migrate(conn, broken)
    finally:
        conn.close()
    conn = sqlite3.connect(path)
    try:
        assert current_version(conn) == 3
        conn.execute("INSERT INTO devices (hostname, site) VALUES ('sw-01', 'ams')")
    finally:
        conn.close()
