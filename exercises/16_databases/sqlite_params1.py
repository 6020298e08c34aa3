"""SQLite with Python: query parameters.

These functions build SQL by pasting values into f-strings, so a quote in an owner's name
breaks them and a crafted hostname changes the query. Pass the values as parameters with `?`
placeholders instead, and let sqlite3 quote them.
"""
import sqlite3

SCHEMA = "CREATE TABLE hosts (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, owner TEXT)"


def add_host(conn: sqlite3.Connection, name: str, owner: str) -> int:
    """Insert a host and return its id."""
    # TODO: use placeholders and pass (name, owner) as the second argument of execute().
    cur = conn.execute(f"INSERT INTO hosts (name, owner) VALUES ('{name}', '{owner}')")
    return cur.lastrowid


def find_owner(conn: sqlite3.Connection, name: str) -> str | None:
    """Return the owner of the host called `name`, or None when there is no such host."""
    # TODO: same here.
    row = conn.execute(f"SELECT owner FROM hosts WHERE name = '{name}'").fetchone()
    return row[0] if row else None


def hosts_owned_by(conn: sqlite3.Connection, owner: str) -> list[str]:
    """Names of the hosts that belong to `owner`, sorted."""
    # TODO: and here.
    rows = conn.execute(f"SELECT name FROM hosts WHERE owner = '{owner}' ORDER BY name")
    return [name for (name,) in rows]


# --- tests: read them, don't change them ---
import pytest


@pytest.fixture
def db():
    conn = sqlite3.connect(":memory:")
    conn.execute(SCHEMA)
    yield conn
    conn.close()


def test_add_host_returns_new_ids(db):
    first = add_host(db, "web-01", "platform")
    second = add_host(db, "web-02", "platform")
    assert second == first + 1


def test_owner_with_a_quote_is_stored(db):
    add_host(db, "db-01", "Dana O'Neil")
    assert find_owner(db, "db-01") == "Dana O'Neil"


def test_unknown_host_has_no_owner(db):
    add_host(db, "web-01", "platform")
    assert find_owner(db, "web-99") is None


def test_crafted_name_matches_nothing(db):
    add_host(db, "web-01", "platform")
    assert find_owner(db, "x' OR '1'='1") is None


def test_hosts_owned_by(db):
    add_host(db, "web-02", "platform")
    add_host(db, "db-01", "Dana O'Neil")
    add_host(db, "web-01", "platform")
    assert hosts_owned_by(db, "platform") == ["web-01", "web-02"]
    assert hosts_owned_by(db, "Dana O'Neil") == ["db-01"]
    assert hosts_owned_by(db, "' OR ''='") == []
