"""SQL basics: counting per group.

SERVERS_PER_ROLE must give one row per role: the role and how many servers have it, ordered
by role. As written, COUNT(*) counts the whole table into a single row. Group the rows by
role with GROUP BY, and sort the groups.
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

# One row per role: (role, number of servers with that role), ordered by role.
# TODO: COUNT(*) counts all rows unless you group them.
SERVERS_PER_ROLE = """
SELECT role, COUNT(*) FROM servers
"""


# --- tests: read them, don't change them ---
import re
import sqlite3

ROWS = [
    ("web-02", "web", 2, "active"),
    ("db-01", "db", 8, "active"),
    ("web-01", "web", 2, "active"),
    ("web-03", "web", 4, "retired"),
    ("cache-01", "cache", 4, "active"),
    ("cache-02", "cache", 4, "maintenance"),
]


def run(rows):
    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(SCHEMA)
        conn.executemany(
            "INSERT INTO servers (name, role, cpus, status) VALUES (?, ?, ?, ?)", rows
        )
        return [tuple(row) for row in conn.execute(SERVERS_PER_ROLE)]
    finally:
        conn.close()


def test_one_row_per_role_with_its_count():
    assert sorted(run(ROWS)) == [("cache", 2), ("db", 1), ("web", 3)]


def test_rows_in_role_order():
    assert run(ROWS) == [("cache", 2), ("db", 1), ("web", 3)]


def test_role_order_does_not_depend_on_the_insert_order():
    rows = [("z1", "zeta", 1, "active"), ("m1", "mu", 1, "active"),
            ("a1", "alpha", 1, "active"), ("m2", "mu", 1, "active"),
            ("a2", "alpha", 1, "active"), ("m3", "mu", 1, "active")]
    assert run(rows) == [("alpha", 2), ("mu", 3), ("zeta", 1)]
    assert run(rows[::-1]) == [("alpha", 2), ("mu", 3), ("zeta", 1)]


def test_an_empty_table_has_no_groups():
    assert run([]) == []


def test_the_order_is_asked_for():
    # SQLite happens to return groups sorted, but SQL promises no order without ORDER BY,
    # and other databases (PostgreSQL with a hash aggregate) return them in any order.
    assert re.search(r"\border\s+by\b", SERVERS_PER_ROLE, re.IGNORECASE), (
        "sort the groups with ORDER BY: without it, SQL promises no order"
    )
