"""SQLite with Python: query parameters.

These functions build SQL by pasting values into f-strings, so a quote in an owner's name
breaks them and a crafted hostname changes the query. Pass the values as parameters with `?`
placeholders instead, and let sqlite3 quote them.
"""
import sqlite3

SCHEMA = "CREATE TABLE hosts (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, owner TEXT)"


def add_host(conn: sqlite3.Connection, name: str, owner: str) -> int:
    """Insert a host and return its id."""
    cur = conn.execute("INSERT INTO hosts (name, owner) VALUES (?, ?)", (name, owner))
    return cur.lastrowid


def find_owner(conn: sqlite3.Connection, name: str) -> str | None:
    """Return the owner of the host called `name`, or None when there is no such host."""
    name = name.replace("'", "''")
    row = conn.execute(f"SELECT owner FROM hosts WHERE name = '{name}'").fetchone()
    return row[0] if row else None


def hosts_owned_by(conn: sqlite3.Connection, owner: str) -> list[str]:
    """Names of the hosts that belong to `owner`, sorted."""
    rows = conn.execute("SELECT name FROM hosts WHERE owner = ? ORDER BY name", (owner,))
    return [name for (name,) in rows]


