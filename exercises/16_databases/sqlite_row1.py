"""SQLite with Python: rows you read by column name.

A row from sqlite3 is a plain tuple: `row[2]` means "the third column", whatever that is
today. The `devices` table has grown a `serial` column since `device_summary` was written, so
it now prints the serial where the vendor should be. Make `open_inventory` return a
connection whose rows are `sqlite3.Row` objects, and read the columns by name.
"""
import sqlite3
from pathlib import Path


def open_inventory(path: Path) -> sqlite3.Connection:
    """Open the inventory database; its rows can be read by column name."""
    conn = sqlite3.connect(path)
    # TODO: make every row this connection returns a sqlite3.Row.
    return conn


def device_summary(conn: sqlite3.Connection, hostname: str) -> str:
    """"HOSTNAME (VENDOR) at SITE" for one device."""
    row = conn.execute("SELECT * FROM devices WHERE hostname = ?", (hostname,)).fetchone()
    # TODO: read the columns by name instead of by position.
    return f"{row[1]} ({row[2]}) at {row[3]}"


# --- tests: read them, don't change them ---
import pytest


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "inventory.db"
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE devices (
            id INTEGER PRIMARY KEY,
            hostname TEXT NOT NULL UNIQUE,
            serial TEXT,
            vendor TEXT NOT NULL,
            site TEXT NOT NULL
        );
        INSERT INTO devices (hostname, serial, vendor, site)
        VALUES ('sw-ams-01', 'JPE1234', 'arista', 'ams'),
               ('rtr-fra-01', 'FOC9876', 'cisco', 'fra');
        """
    )
    conn.commit()
    conn.close()
    return path


def test_rows_are_sqlite_rows(path):
    conn = open_inventory(path)
    try:
        row = conn.execute("SELECT hostname, site FROM devices ORDER BY id").fetchone()
        assert isinstance(row, sqlite3.Row), (
            f"rows are still {type(row).__name__}s: set the connection's row_factory"
        )
        assert row["hostname"] == "sw-ams-01"
        assert row[1] == "ams"
    finally:
        conn.close()


def test_summary_reads_the_right_columns(path):
    conn = open_inventory(path)
    try:
        assert device_summary(conn, "sw-ams-01") == "sw-ams-01 (arista) at ams"
        assert device_summary(conn, "rtr-fra-01") == "rtr-fra-01 (cisco) at fra"
    finally:
        conn.close()


def test_summary_survives_another_new_column(path):
    conn = sqlite3.connect(path)
    conn.executescript(
        """
        CREATE TABLE devices_new (
            id INTEGER PRIMARY KEY, rack TEXT, hostname TEXT, serial TEXT,
            vendor TEXT, model TEXT, site TEXT
        );
        INSERT INTO devices_new (id, rack, hostname, serial, vendor, model, site)
        SELECT id, 'r1', hostname, serial, vendor, '7050SX', site FROM devices;
        DROP TABLE devices;
        ALTER TABLE devices_new RENAME TO devices;
        """
    )
    conn.close()
    conn = open_inventory(path)
    try:
        assert device_summary(conn, "sw-ams-01") == "sw-ams-01 (arista) at ams"
    finally:
        conn.close()
