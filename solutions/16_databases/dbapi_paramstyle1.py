"""PostgreSQL / MySQL connectors: the DB-API 2.0 interface.

psycopg (PostgreSQL) and PyMySQL/mysqlclient (MySQL) share sqlite3's interface (PEP 249):
`conn.cursor()`, `cursor.execute(query, params)`, `cursor.description`, `fetchall()`. They
differ in `paramstyle`: psycopg and the MySQL drivers take `%(name)s` ("pyformat"), sqlite3
takes `?` ("qmark"). Write queries once in pyformat and make `fetch_dicts` work on both.
"""
import re

PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def pyformat_to_qmark(query: str, params: dict) -> tuple[str, tuple]:
    """Rewrite `%(name)s` placeholders as `?` and return the values in placeholder order."""
    values = []

    def replace(match: re.Match) -> str:
        values.append(params[match.group(1)])
        return "?"

    return PLACEHOLDER.sub(replace, query), tuple(values)


def fetch_dicts(conn, paramstyle: str, query: str, params: dict) -> list[dict]:
    """Run a pyformat query on any DB-API connection; return each row as a dict."""
    if paramstyle == "qmark":
        query, params = pyformat_to_qmark(query, params)
    cur = conn.cursor()
    try:
        cur.execute(query, params)
        columns = [column[0] for column in cur.description]
        return [dict(zip(columns, row)) for row in cur.fetchall()]
    finally:
        cur.close()


# --- tests: read them, don't change them ---
import sqlite3

import pytest

QUERY = "SELECT name, vlan FROM ports WHERE vlan = %(vlan)s AND speed >= %(speed)s ORDER BY name"


def test_placeholders_become_question_marks():
    query, values = pyformat_to_qmark(
        "SELECT * FROM ports WHERE vlan = %(vlan)s AND speed >= %(speed)s",
        {"vlan": 10, "speed": 1000},
    )
    assert query == "SELECT * FROM ports WHERE vlan = ? AND speed >= ?"
    assert values == (10, 1000)


def test_values_follow_the_placeholder_order():
    query, values = pyformat_to_qmark(
        "UPDATE ports SET vlan = %(new)s WHERE vlan = %(old)s", {"old": 10, "new": 20}
    )
    assert query == "UPDATE ports SET vlan = ? WHERE vlan = ?"
    assert values == (20, 10)


def test_a_name_can_be_used_twice():
    query, values = pyformat_to_qmark(
        "SELECT * FROM links WHERE a = %(dev)s OR b = %(dev)s", {"dev": "sw1"}
    )
    assert query == "SELECT * FROM links WHERE a = ? OR b = ?"
    assert values == ("sw1", "sw1")


@pytest.fixture
def sqlite_conn():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE ports (name TEXT, vlan INTEGER, speed INTEGER)")
    conn.executemany(
        "INSERT INTO ports VALUES (?, ?, ?)",
        [("ge-0/0/2", 10, 1000), ("ge-0/0/1", 10, 10000), ("ge-0/0/3", 20, 1000),
         ("fe-0/0/9", 10, 100)],
    )
    yield conn
    conn.close()


def test_fetch_dicts_on_sqlite(sqlite_conn):
    rows = fetch_dicts(sqlite_conn, sqlite3.paramstyle, QUERY, {"speed": 1000, "vlan": 10})
    assert rows == [{"name": "ge-0/0/1", "vlan": 10}, {"name": "ge-0/0/2", "vlan": 10}]


class PyformatCursor:
    """Behaves like a psycopg cursor: it records what it was asked to run."""

    def __init__(self, log):
        self.log = log
        self.description = None

    def execute(self, query, params=None):
        self.log.append((query, params))
        self.description = [("name", 25, None, None, None, None, None),
                            ("vlan", 23, None, None, None, None, None)]

    def fetchall(self):
        return [("xe-1/0/0", 30)]

    def close(self):
        pass


class PyformatConnection:
    def __init__(self):
        self.log = []

    def cursor(self):
        return PyformatCursor(self.log)


def test_fetch_dicts_passes_pyformat_through_unchanged():
    conn = PyformatConnection()
    rows = fetch_dicts(conn, "pyformat", QUERY, {"vlan": 30, "speed": 1000})
    assert conn.log == [(QUERY, {"vlan": 30, "speed": 1000})]
    assert rows == [{"name": "xe-1/0/0", "vlan": 30}]
