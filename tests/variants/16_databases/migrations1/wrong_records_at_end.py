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
    for version, sql in sorted(migrations):
        if version > start:
            conn.execute(sql)
            applied.append(version)
    with conn:
        conn.executemany("INSERT INTO schema_version (version) VALUES (?)", [(v,) for v in applied])
    return applied
