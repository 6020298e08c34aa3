"""PostgreSQL / MySQL connectors: RETURNING.

With sqlite3 you read the id of a new row from `cursor.lastrowid`; psycopg has no lastrowid.
`add_device` asks for the newest row with a second query instead, and gets another client's
device when someone inserts at the same moment. PostgreSQL can hand back what an INSERT
generated in the INSERT itself: `INSERT ... RETURNING column, ...`, read like the result of a
SELECT. Make `add_device` use one statement and return the id and creation time of its row.
"""
import datetime

import psycopg

SCHEMA = """
CREATE TABLE devices (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    hostname text NOT NULL UNIQUE,
    site text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
)
"""


def add_device(
    conn: psycopg.Connection, hostname: str, site: str
) -> tuple[int, datetime.datetime]:
    """Insert a device; return (id, created_at) as the database generated them."""
    row = conn.execute(
        "INSERT INTO devices (hostname, site) VALUES (%s, %s) RETURNING id, created_at",
        (hostname, site),
    ).fetchone()
    return row[0], row[1]


# --- tests: read them, don't change them ---
import pytest

from coursekit.postgres import postgres_url


class SpyCursor(psycopg.Cursor):
    """Counts the statements your code runs; can make another client insert at the same time."""

    def execute(self, query, params=None, **kwargs):
        connection = self.connection
        connection.statements += 1
        result = super().execute(query, params, **kwargs)
        if connection.other_client is not None and "insert" in str(query).lower():
            connection.other_client.execute(
                "INSERT INTO devices (hostname, site) VALUES ('other-client-01', 'lon')"
            )
        return result


class SpyConnection(psycopg.Connection):
    statements: int
    other_client: psycopg.Connection | None


@pytest.fixture
def conn(postgres_url):
    conn = SpyConnection.connect(postgres_url, cursor_factory=SpyCursor)
    conn.statements = 0
    conn.other_client = None
    conn.execute(SCHEMA)
    conn.commit()
    yield conn
    conn.close()


def test_returns_the_new_id(conn):
    first_id, _ = add_device(conn, "sw-ams-01", "ams")
    second_id, _ = add_device(conn, "sw-ams-02", "ams")
    assert second_id == first_id + 1
    row = conn.execute("SELECT hostname FROM devices WHERE id = %s", (second_id,)).fetchone()
    assert row == ("sw-ams-02",)


def test_returns_the_creation_time_of_the_row(conn):
    device_id, created_at = add_device(conn, "rtr-fra-01", "fra")
    assert isinstance(created_at, datetime.datetime)
    (stored,) = conn.execute(
        "SELECT created_at FROM devices WHERE id = %s", (device_id,)
    ).fetchone()
    assert created_at == stored


def test_another_client_inserting_at_the_same_time(conn, postgres_url):
    conn.other_client = psycopg.connect(postgres_url, autocommit=True)
    try:
        device_id, _ = add_device(conn, "sw-ams-09", "ams")
    finally:
        conn.other_client.close()
        conn.other_client = None
    row = conn.execute("SELECT hostname FROM devices WHERE id = %s", (device_id,)).fetchone()
    assert row == ("sw-ams-09",), "add_device returned the id of another client's device"


def test_one_statement_per_device(conn):
    conn.statements = 0
    add_device(conn, "sw-lon-01", "lon")
    assert conn.statements == 1, (
        f"add_device ran {conn.statements} statements: "
        "let the INSERT itself give back the values with RETURNING"
    )
