"""Database migrations: a migration applies completely or not at all.

A migration often takes several statements. If the second one fails, the first must be
undone too, and the version must not be recorded: otherwise the database is half migrated,
and running the fixed migration again fails on the half that is already there. SQLite can
roll back DDL (CREATE, ALTER, DROP), but Python's sqlite3 module (in its default mode) opens
a transaction by itself only before INSERT, UPDATE, DELETE and REPLACE: a CREATE or ALTER
that comes first runs outside any transaction and is committed at once, so `with conn:`
can't undo it. Make `apply` start the transaction itself, before the first statement.
"""
import sqlite3


def current_version(conn: sqlite3.Connection) -> int:
    """The highest applied version, 0 for a fresh database."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY)")
    (version,) = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()
    return version


def apply(conn: sqlite3.Connection, version: int, statements: list[str]) -> None:
    """Run one migration's statements and record its version, all in one transaction."""
    # TODO: the first statement must already be inside the transaction.
    with conn:
        for sql in statements:
            conn.execute(sql)
        conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))


def migrate(conn: sqlite3.Connection, migrations: list[tuple[int, list[str]]]) -> list[int]:
    """Apply the pending migrations in version order; return the versions applied."""
    start = current_version(conn)
    applied = []
    for version, statements in sorted(migrations):
        if version > start:
            apply(conn, version, statements)
            applied.append(version)
    return applied


# --- tests: read them, don't change them ---
import pytest

MIGRATIONS = [
    (1, ["CREATE TABLE devices (id INTEGER PRIMARY KEY, hostname TEXT NOT NULL)"]),
    (2, ["CREATE TABLE sites (code TEXT PRIMARY KEY)",
         "ALTER TABLE devices ADD COLUMN site TEXT REFERENCES sites (code)"]),
]
BROKEN_3 = (3, ["ALTER TABLE devices ADD COLUMN rack TEXT",
                "CREATE INDEX ix_devices_rack ON racks (rack)"])
FIXED_3 = (3, ["ALTER TABLE devices ADD COLUMN rack TEXT",
               "CREATE INDEX ix_devices_rack ON devices (rack)"])


def columns(conn, table):
    return [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]


@pytest.fixture
def conn(tmp_path):
    conn = sqlite3.connect(tmp_path / "inventory.db")
    yield conn
    conn.close()


def test_migrations_apply(conn):
    assert migrate(conn, MIGRATIONS) == [1, 2]
    assert columns(conn, "devices") == ["id", "hostname", "site"]
    assert current_version(conn) == 2


def test_a_failed_migration_leaves_no_trace(conn):
    migrate(conn, MIGRATIONS)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, MIGRATIONS + [BROKEN_3])
    assert columns(conn, "devices") == ["id", "hostname", "site"], (
        "the first statement of the failed migration is still there"
    )
    assert current_version(conn) == 2


def test_the_fixed_migration_then_applies(conn):
    migrate(conn, MIGRATIONS)
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, MIGRATIONS + [BROKEN_3])
    assert migrate(conn, MIGRATIONS + [FIXED_3]) == [3]
    assert columns(conn, "devices") == ["id", "hostname", "site", "rack"]


def test_a_failed_first_migration_leaves_no_table(conn):
    broken_1 = (1, ["CREATE TABLE devices (id INTEGER PRIMARY KEY)", "CREATE TABLE ("])
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, [broken_1])
    assert columns(conn, "devices") == []
    assert current_version(conn) == 0


def test_applied_migrations_are_committed(conn, tmp_path):
    migrate(conn, MIGRATIONS)
    other = sqlite3.connect(tmp_path / "inventory.db")
    try:
        assert current_version(other) == 2
    finally:
        other.close()
