import sqlite3

MIGRATIONS = [
    (1, "CREATE TABLE devices (id INTEGER PRIMARY KEY, hostname TEXT NOT NULL)"),
    (2, "ALTER TABLE devices ADD COLUMN site TEXT"),
    (3, "CREATE INDEX ix_devices_site ON devices (site)"),
]


def current_version(conn):
    conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY)")
    (version,) = conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()
    return version


def migrate(conn, migrations=MIGRATIONS):
    start = current_version(conn)
    applied = []
    # skips by list position instead of by version number
    for version, sql in migrations[start:]:
        with conn:
            conn.execute(sql)
            conn.execute("INSERT INTO schema_version (version) VALUES (?)", (version,))
        applied.append(version)
    return applied
