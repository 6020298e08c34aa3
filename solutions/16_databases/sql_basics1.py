"""SQL basics: a table of servers.

Complete the SQL below. SCHEMA creates the `servers` table with the right constraints, and the
two queries read from it. The tests run them with sqlite3 on an in-memory database.
"""

# `name` must be present (NOT NULL) and UNIQUE, and `cpus` has a DEFAULT of 1.
SCHEMA = """
CREATE TABLE servers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    cpus INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL
)
"""

# Names of the web servers whose status is 'active', in alphabetical order.
ACTIVE_WEB_SERVERS = """
SELECT name FROM servers
WHERE role = 'web' AND status = 'active'
ORDER BY name
"""

# One row per role: (role, number of servers with that role), ordered by role.
SERVERS_PER_ROLE = """
SELECT role, COUNT(*) FROM servers
GROUP BY role
ORDER BY role
"""


# --- tests: read them, don't change them ---
import sqlite3

import pytest

ROWS = [
    ("web-02", "web", 2, "active"),
    ("db-01", "db", 8, "active"),
    ("web-01", "web", 2, "active"),
    ("web-03", "web", 4, "retired"),
    ("cache-01", "cache", 4, "active"),
    ("db-02", "db", 8, "maintenance"),
]


@pytest.fixture
def db():
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    conn.executemany(
        "INSERT INTO servers (name, role, cpus, status) VALUES (?, ?, ?, ?)", ROWS
    )
    yield conn
    conn.close()


def test_duplicate_name_is_rejected(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO servers (name, role, cpus, status) "
            "VALUES ('web-01', 'web', 2, 'active')"
        )


def test_missing_name_is_rejected(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO servers (role, status) VALUES ('web', 'active')")


def test_cpus_defaults_to_one(db):
    db.execute("INSERT INTO servers (name, role, status) VALUES ('tiny', 'web', 'active')")
    (cpus,) = db.execute("SELECT cpus FROM servers WHERE name = 'tiny'").fetchone()
    assert cpus == 1


def test_active_web_servers_in_name_order(db):
    names = [name for (name,) in db.execute(ACTIVE_WEB_SERVERS)]
    assert names == ["web-01", "web-02"]


def test_servers_per_role(db):
    assert db.execute(SERVERS_PER_ROLE).fetchall() == [("cache", 1), ("db", 2), ("web", 3)]
