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
    conn.execute("INSERT INTO devices (hostname, site) VALUES (%s, %s)", (hostname, site))
    row = conn.execute("SELECT max(id), max(created_at) FROM devices").fetchone()
    return row[0], row[1]


