"""PostgreSQL / MySQL connectors: a failed statement aborts the transaction.

`import_devices` inserts devices one by one and skips the hostnames that already exist. With
sqlite3 that works: a failed INSERT fails alone. PostgreSQL is stricter: after an error, the
whole transaction is aborted, and every later statement fails with "current transaction is
aborted" until you roll back, which would throw away the good rows too. Use psycopg's
transaction blocks: run the whole import in one `with conn.transaction():` block (it commits
at the end, or rolls back if an error escapes), and put each INSERT in a nested block of its
own: inside a transaction, that one is a savepoint, and an error rolls back that row only.
Any error other than a duplicate still stops the import, and then nothing of it is committed.
"""
import psycopg

SCHEMA = "CREATE TABLE devices (hostname text PRIMARY KEY, site text NOT NULL)"


def import_devices(conn: psycopg.Connection, rows: list[tuple[str, str]]) -> list[str]:
    """Insert each (hostname, site) and commit; return the hostnames skipped as duplicates."""
    conn.autocommit = True
    skipped = []
    for hostname, site in rows:
        try:
            conn.execute(
                "INSERT INTO devices (hostname, site) VALUES (%s, %s)", (hostname, site)
            )
        except psycopg.errors.UniqueViolation:
            skipped.append(hostname)
    return skipped

