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
    for version, sql in migrations:
        if version <= start:
            continue
        with conn:
            conn.execute(sql)
            conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
        applied.append(version)
    return applied


