"""SQL basics: choosing rows and their order.

ACTIVE_WEB_SERVERS must list the names of the web servers whose status is 'active', in
alphabetical order. As written it keeps retired servers and returns the rows in whatever
order the database finds them. Filter on both columns with WHERE, and sort with ORDER BY.
"""

SCHEMA = """
CREATE TABLE servers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL,
    cpus INTEGER NOT NULL DEFAULT 1,
    status TEXT NOT NULL
)
"""

ACTIVE_WEB_SERVERS = """
SELECT name FROM servers
WHERE role = 'web' AND status = 'active'
ORDER BY name
"""


# --- tests: read them, don't change them ---
import sqlite3

ROWS = [
    ("web-02", "web", 2, "active"),
    ("db-01", "db", 8, "active"),
    ("web-03", "web", 4, "retired"),
    ("web-01", "web", 2, "active"),
    ("cache-01", "cache", 4, "active"),
    ("web-00", "web", 2, "maintenance"),
]


def run(rows):
    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(SCHEMA)
        conn.executemany(
            "INSERT INTO servers (name, role, cpus, status) VALUES (?, ?, ?, ?)", rows
        )
        return [name for (name,) in conn.execute(ACTIVE_WEB_SERVERS)]
    finally:
        conn.close()


def test_only_active_web_servers():
    assert sorted(run(ROWS)) == ["web-01", "web-02"]


def test_in_name_order():
    assert run(ROWS) == ["web-01", "web-02"]


def test_in_name_order_whatever_the_insert_order():
    rows = [("web-b", "web", 1, "active"), ("web-c", "web", 1, "active"),
            ("web-a", "web", 1, "active")]
    assert run(rows) == ["web-a", "web-b", "web-c"]
    assert run(rows[::-1]) == ["web-a", "web-b", "web-c"]


def test_an_active_database_server_is_not_a_web_server():
    assert run([("db-01", "db", 8, "active")]) == []
