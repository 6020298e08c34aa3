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
    conn.execute("SAVEPOINT migration")
    try:
        for sql in statements:
            conn.execute(sql)
        conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
    except Exception:
        conn.rollback()
        raise
    conn.commit()


def migrate(conn: sqlite3.Connection, migrations: list[tuple[int, list[str]]]) -> list[int]:
    """Apply the pending migrations in version order; return the versions applied."""
    start = current_version(conn)
    applied = []
    for version, statements in sorted(migrations):
        if version > start:
            apply(conn, version, statements)
            applied.append(version)
    return applied


