"""PostgreSQL / MySQL connectors: upserts with ON CONFLICT.

A discovery job reports every device it sees. `record_seen` must insert a device the first
time and, after that, update its address and last-seen time. Checking first with a SELECT
and then choosing INSERT or UPDATE takes two statements, and two jobs running at once can
both decide to INSERT. PostgreSQL does it in one statement: `INSERT ... ON CONFLICT (column)
DO UPDATE SET ...`, where `EXCLUDED.column` is the value the INSERT tried to write. As
written, a known device is never updated: DO NOTHING keeps the old row.
"""
import datetime

import psycopg

SCHEMA = """
CREATE TABLE devices (
    hostname text PRIMARY KEY,
    address inet NOT NULL,
    last_seen timestamptz NOT NULL
)
"""


def record_seen(
    conn: psycopg.Connection, hostname: str, address: str, seen: datetime.datetime
) -> None:
    """Insert the device, or update the address and last_seen of a known one; one statement."""
    conn.execute(
        "INSERT INTO devices (hostname, address, last_seen) VALUES (%s, %s, %s)"
        " ON CONFLICT (hostname)"
        " DO UPDATE SET address = EXCLUDED.address, last_seen = EXCLUDED.last_seen",
        (hostname, address, seen),
    )


# --- tests: read them, don't change them ---
import pytest

from coursekit.postgres import postgres_url

T1 = datetime.datetime(2024, 5, 1, 8, 0, tzinfo=datetime.timezone.utc)
T2 = datetime.datetime(2024, 5, 1, 9, 30, tzinfo=datetime.timezone.utc)


class SpyCursor(psycopg.Cursor):
    def execute(self, query, params=None, **kwargs):
        self.connection.statements += 1
        return super().execute(query, params, **kwargs)


class SpyConnection(psycopg.Connection):
    statements: int


@pytest.fixture
def conn(postgres_url):
    conn = SpyConnection.connect(postgres_url, cursor_factory=SpyCursor)
    conn.statements = 0
    conn.execute(SCHEMA)
    yield conn
    conn.close()


def rows(conn):
    """(hostname, address, last seen in UTC) of every device, as text."""
    return conn.execute(
        "SELECT hostname, host(address),"
        " to_char(last_seen AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI')"
        " FROM devices ORDER BY hostname"
    ).fetchall()


def test_a_new_device_is_inserted(conn):
    record_seen(conn, "sw-ams-01", "10.0.0.11", T1)
    assert rows(conn) == [("sw-ams-01", "10.0.0.11", "2024-05-01 08:00")]


def test_a_known_device_is_updated(conn):
    record_seen(conn, "sw-ams-01", "10.0.0.11", T1)
    record_seen(conn, "rtr-fra-01", "10.1.0.1", T1)
    record_seen(conn, "sw-ams-01", "10.0.0.99", T2)
    assert rows(conn) == [
        ("rtr-fra-01", "10.1.0.1", "2024-05-01 08:00"),
        ("sw-ams-01", "10.0.0.99", "2024-05-01 09:30"),
    ]


def test_one_statement_per_report(conn):
    record_seen(conn, "sw-ams-01", "10.0.0.11", T1)
    conn.statements = 0
    record_seen(conn, "sw-ams-01", "10.0.0.12", T2)
    assert conn.statements == 1, (
        f"record_seen ran {conn.statements} statements: one INSERT ... ON CONFLICT does it all"
    )
