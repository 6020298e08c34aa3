"""SQL joins: racks without servers.

CPUS_PER_RACK adds up the CPUs of the servers in each rack. It must list every rack, the
empty ones too, with a total of 0. As written, an empty rack vanishes: an inner JOIN keeps
only the racks that have a matching server. Keep every rack, and turn a missing total into 0.
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

# One row per rack, empty racks included: (rack name, total cpus), ordered by rack name.
# TODO: an inner JOIN drops racks without servers, and SUM over no rows is NULL.
CPUS_PER_RACK = """
SELECT racks.name, SUM(servers.cpus)
FROM racks
JOIN servers ON servers.rack_id = racks.id
GROUP BY racks.id
ORDER BY racks.name
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


def test_racks_with_servers_are_added_up(db):
    rows = dict(db.execute(CPUS_PER_RACK).fetchall())
    assert (rows["r1"], rows["r3"]) == (8, 24)


def test_cpus_per_rack_includes_empty_racks(db):
    assert db.execute(CPUS_PER_RACK).fetchall() == [("r1", 8), ("r2", 0), ("r3", 24)]


def test_racks_come_in_name_order(db):
    db.execute("INSERT INTO racks (id, name, site) VALUES (4, 'r0', 'lon')")
    assert [name for name, _ in db.execute(CPUS_PER_RACK)] == ["r0", "r1", "r2", "r3"]


def test_a_new_server_changes_the_totals(db):
    db.execute("INSERT INTO servers (name, cpus, rack_id) VALUES ('batch-01', 2, 2)")
    assert db.execute(CPUS_PER_RACK).fetchall() == [("r1", 8), ("r2", 2), ("r3", 24)]
