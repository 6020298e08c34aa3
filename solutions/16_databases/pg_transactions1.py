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
    skipped = []
    with conn.transaction():
        for hostname, site in rows:
            try:
                with conn.transaction():
                    conn.execute(
                        "INSERT INTO devices (hostname, site) VALUES (%s, %s)",
                        (hostname, site),
                    )
            except psycopg.errors.UniqueViolation:
                skipped.append(hostname)
    return skipped


# --- tests: read them, don't change them ---
import pytest

from coursekit.postgres import postgres_url


@pytest.fixture
def conn(postgres_url):
    with psycopg.connect(postgres_url) as setup:
        setup.execute(SCHEMA)
        setup.execute("INSERT INTO devices VALUES ('sw-ams-01', 'ams')")
    conn = psycopg.connect(postgres_url)
    yield conn
    conn.close()


def committed(postgres_url):
    """The devices another connection sees: only what was committed."""
    with psycopg.connect(postgres_url) as other:
        return other.execute("SELECT hostname, site FROM devices ORDER BY hostname").fetchall()


def test_new_devices_are_imported(conn, postgres_url):
    assert import_devices(conn, [("sw-ams-02", "ams"), ("rtr-fra-01", "fra")]) == []
    assert committed(postgres_url) == [
        ("rtr-fra-01", "fra"), ("sw-ams-01", "ams"), ("sw-ams-02", "ams")
    ]


def test_a_duplicate_is_skipped_and_the_rest_imported(conn, postgres_url):
    rows = [("sw-ams-02", "ams"), ("sw-ams-01", "lon"), ("rtr-fra-01", "fra")]
    assert import_devices(conn, rows) == ["sw-ams-01"]
    assert committed(postgres_url) == [
        ("rtr-fra-01", "fra"), ("sw-ams-01", "ams"), ("sw-ams-02", "ams")
    ]


def test_duplicates_within_the_batch(conn, postgres_url):
    rows = [("sw-lon-01", "lon"), ("sw-lon-01", "lon"), ("sw-ams-01", "ams"),
            ("sw-lon-02", "lon")]
    assert import_devices(conn, rows) == ["sw-lon-01", "sw-ams-01"]
    assert [host for host, _ in committed(postgres_url)] == [
        "sw-ams-01", "sw-lon-01", "sw-lon-02"
    ]


def test_another_error_stops_the_import_and_commits_nothing(conn, postgres_url):
    with pytest.raises(psycopg.errors.NotNullViolation):
        import_devices(conn, [("sw-lon-03", "lon"), ("sw-lon-04", None), ("sw-lon-05", "lon")])
    assert committed(postgres_url) == [("sw-ams-01", "ams")]
