"""SQLite with Python: the N+1 query problem.

`rack_report` gives the right answer, but it runs one query for the racks and then one more
query per rack for its servers: for 500 racks, 501 queries. On a real database server every
query is a round trip over the network, so this gets slow as the data grows. Refactor it to
run at most two queries, whatever the number of racks: a JOIN, or one query for all the
servers. What it returns must not change.
"""
import sqlite3


def rack_report(conn: sqlite3.Connection) -> dict[str, list[str]]:
    """{rack name: its server names, sorted} for every rack, empty racks too."""
    report = {name: [] for (name,) in conn.execute("SELECT name FROM racks")}
    rows = conn.execute(
        "SELECT racks.name, servers.name FROM servers"
        " JOIN racks ON racks.id = servers.rack_id"
        " ORDER BY servers.name"
    )
    for rack_name, server_name in rows:
        report[rack_name].append(server_name)
    return report


# --- tests: read them, don't change them ---
import pytest

SCHEMA = """
CREATE TABLE racks (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE servers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    rack_id INTEGER NOT NULL REFERENCES racks (id)
);
"""


def make_db(racks: int, servers_per_rack: int) -> sqlite3.Connection:
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    for r in range(1, racks + 1):
        conn.execute("INSERT INTO racks (id, name) VALUES (?, ?)", (r, f"r{r:03}"))
        for s in range(servers_per_rack, 0, -1):
            conn.execute(
                "INSERT INTO servers (name, rack_id) VALUES (?, ?)", (f"srv-{r:03}-{s:02}", r)
            )
    return conn


def count_queries(conn: sqlite3.Connection) -> int:
    statements = []
    conn.set_trace_callback(statements.append)
    rack_report(conn)
    conn.set_trace_callback(None)
    return sum(1 for sql in statements if sql.lstrip().upper().startswith(("SELECT", "WITH")))


@pytest.fixture
def conn():
    conn = make_db(racks=0, servers_per_rack=0)
    conn.executemany("INSERT INTO racks (id, name) VALUES (?, ?)",
                     [(1, "r1"), (2, "r2"), (3, "r3")])
    conn.executemany(
        "INSERT INTO servers (name, rack_id) VALUES (?, ?)",
        [("web-02", 1), ("db-01", 3), ("web-01", 1), ("cache-01", 3), ("web-03", 1)],
    )
    yield conn
    conn.close()


def test_every_rack_with_its_sorted_servers(conn):
    assert rack_report(conn) == {
        "r1": ["web-01", "web-02", "web-03"],
        "r2": [],
        "r3": ["cache-01", "db-01"],
    }


def test_an_empty_database_gives_an_empty_report():
    assert rack_report(make_db(racks=0, servers_per_rack=0)) == {}


def test_a_bigger_inventory_is_reported_in_full():
    report = rack_report(make_db(racks=40, servers_per_rack=3))
    assert len(report) == 40
    assert report["r007"] == ["srv-007-01", "srv-007-02", "srv-007-03"]


@pytest.mark.parametrize("racks", [3, 50])
def test_at_most_two_queries_whatever_the_number_of_racks(racks):
    conn = make_db(racks=racks, servers_per_rack=2)
    queries = count_queries(conn)
    assert queries <= 2, (
        f"rack_report ran {queries} queries for {racks} racks: "
        "fetch the servers of every rack at once, not one query per rack"
    )
