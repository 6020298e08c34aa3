"""SQL joins: servers in racks.

The schema below is ready. SERVERS_WITH_RACK must pair every server with the rack it stands
in: one row per server. As written, the JOIN has no condition, so every server is paired with
every rack. Tell the JOIN which rows belong together.
"""

SCHEMA = """
CREATE TABLE racks (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    site TEXT NOT NULL
);
CREATE TABLE servers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    cpus INTEGER NOT NULL,
    rack_id INTEGER NOT NULL REFERENCES racks (id)
);
"""

# One row per server: (server name, rack name), ordered by server name.
# TODO: a JOIN without a join condition pairs every server with every rack.
SERVERS_WITH_RACK = """
SELECT servers.name, racks.name
FROM servers
JOIN racks
ORDER BY servers.name
"""


# --- tests: read them, don't change them ---
import sqlite3

import pytest


@pytest.fixture
def db():
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    conn.executemany(
        "INSERT INTO racks (id, name, site) VALUES (?, ?, ?)",
        [(1, "r1", "ams"), (2, "r2", "ams"), (3, "r3", "fra")],
    )
    conn.executemany(
        "INSERT INTO servers (name, cpus, rack_id) VALUES (?, ?, ?)",
        [("web-01", 4, 1), ("db-01", 16, 3), ("web-02", 4, 1), ("cache-01", 8, 3)],
    )
    yield conn
    conn.close()


def test_each_server_appears_once_with_its_rack(db):
    assert db.execute(SERVERS_WITH_RACK).fetchall() == [
        ("cache-01", "r3"),
        ("db-01", "r3"),
        ("web-01", "r1"),
        ("web-02", "r1"),
    ]


def test_a_moved_server_shows_its_new_rack(db):
    db.execute("UPDATE servers SET rack_id = 2 WHERE name = 'db-01'")
    assert ("db-01", "r2") in db.execute(SERVERS_WITH_RACK).fetchall()
    assert len(db.execute(SERVERS_WITH_RACK).fetchall()) == 4
