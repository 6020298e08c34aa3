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
        " DO UPDATE SET address = devices.address, last_seen = devices.last_seen",
        (hostname, address, seen),
    )

