import sqlite3

MIGRATIONS = [
    (1, "CREATE TABLE devices (id INTEGER PRIMARY KEY, hostname TEXT NOT NULL)"),
    (2, "ALTER TABLE devices ADD COLUMN site TEXT"),
    (3, "CREATE INDEX ix_devices_site ON devices (site)"),
]


def current_version(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY)")
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return row[0] or 0


def migrate(conn, migrations=MIGRATIONS):
    by_version = dict(migrations)
    done = current_version(conn)
    pending = [v for v in sorted(by_version) if v > done]
    for version in pending:
        try:
            conn.execute(by_version[version])
            conn.execute("INSERT INTO schema_version VALUES (?)", (version,))
            conn.commit()
        except sqlite3.Error:
            conn.rollback()
            raise
    return pending
