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
    return conn


def device_summary(conn: sqlite3.Connection, hostname: str) -> str:
    """"HOSTNAME (VENDOR) at SITE" for one device."""
    row = conn.execute(
        "SELECT hostname, vendor, site FROM devices WHERE hostname = ?", (hostname,)
    ).fetchone()
    return f"{row[0]} ({row[1]}) at {row[2]}"


