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
    for migration in reversed(migrations):
        if target < migration.version <= start:
            with conn:
                conn.execute("BEGIN")
                conn.execute(migration.down)
                conn.execute(
                    "DELETE FROM schema_version WHERE version = ?", (migration.version,)
                )
            undone.append(migration.version)
    return undone
