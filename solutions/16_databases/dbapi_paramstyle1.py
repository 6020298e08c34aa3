"""PostgreSQL / MySQL connectors: the placeholders differ.

psycopg, the PostgreSQL driver, follows the same DB-API 2.0 interface (PEP 249) as sqlite3:
`conn.execute(query, params)`, `fetchall()`, `commit()`. One thing differs between drivers:
the placeholder style, `paramstyle`. sqlite3 takes `?` and `:name`; psycopg, like the MySQL
drivers, takes `%s` and `%(name)s`. These functions were written for sqlite3 and now run on a
real PostgreSQL server. Switch them to psycopg's placeholders, still passing the values
separately, never formatted into the SQL. With `%s` placeholders, a `%` that is part of the
SQL itself must be written `%%`.
"""
import psycopg


def add_port(conn: psycopg.Connection, device: str, name: str, vlan: int) -> None:
    conn.execute(
        "INSERT INTO ports (device, name, vlan) VALUES (%s, %s, %s)", (device, name, vlan)
    )


def ports_in_vlan(conn: psycopg.Connection, vlan: int) -> list[str]:
    """"device:port" for every port in the VLAN, sorted."""
    rows = conn.execute(
        "SELECT device || ':' || name FROM ports WHERE vlan = %s ORDER BY 1", (vlan,)
    ).fetchall()
    return [port for (port,) in rows]


def move_vlan(conn: psycopg.Connection, old: int, new: int) -> int:
    """Move every port of VLAN `old` to VLAN `new`; return how many moved."""
    cur = conn.execute(
        "UPDATE ports SET vlan = %(new)s WHERE vlan = %(old)s", {"old": old, "new": new}
    )
    return cur.rowcount


def gigabit_ports(conn: psycopg.Connection, device: str) -> list[str]:
    """The names of the device's gigabit ports (their names start with "ge-"), sorted."""
    rows = conn.execute(
        "SELECT name FROM ports WHERE device = %s AND name LIKE 'ge-%%' ORDER BY name",
        (device,),
    ).fetchall()
    return [name for (name,) in rows]


# --- tests: read them, don't change them ---
import pytest

from coursekit.postgres import postgres_url


class SpyCursor(psycopg.Cursor):
    """A cursor that remembers the SQL text your code gives it."""

    def execute(self, query, params=None, **kwargs):
        self.connection.sql_texts.append(str(query))
        return super().execute(query, params, **kwargs)

    def executemany(self, query, params_seq, **kwargs):
        self.connection.sql_texts.append(str(query))
        return super().executemany(query, params_seq, **kwargs)


class SpyConnection(psycopg.Connection):
    sql_texts: list


@pytest.fixture
def conn(postgres_url):
    conn = SpyConnection.connect(postgres_url, cursor_factory=SpyCursor)
    conn.sql_texts = []
    conn.execute("CREATE TABLE ports (device text, name text, vlan integer)")
    conn.cursor().executemany(
        "INSERT INTO ports (device, name, vlan) VALUES (%s, %s, %s)",
        [("sw1", "ge-0/0/2", 10), ("sw1", "xe-0/0/1", 10), ("sw2", "ge-0/0/1", 10),
         ("sw1", "ge-0/0/1", 20), ("sw1", "fe-0/0/9", 20)],
    )
    conn.sql_texts.clear()
    yield conn
    conn.close()


def test_add_port(conn):
    add_port(conn, "sw3", "ge-0/0/7", 30)
    rows = conn.execute("SELECT device, name FROM ports WHERE vlan = 30").fetchall()
    assert rows == [("sw3", "ge-0/0/7")]


def test_ports_in_vlan(conn):
    assert ports_in_vlan(conn, 10) == ["sw1:ge-0/0/2", "sw1:xe-0/0/1", "sw2:ge-0/0/1"]
    assert ports_in_vlan(conn, 99) == []


def test_move_vlan(conn):
    assert move_vlan(conn, 20, 30) == 2
    assert ports_in_vlan(conn, 30) == ["sw1:fe-0/0/9", "sw1:ge-0/0/1"]
    assert ports_in_vlan(conn, 20) == []


def test_gigabit_ports(conn):
    assert gigabit_ports(conn, "sw1") == ["ge-0/0/1", "ge-0/0/2"]
    assert gigabit_ports(conn, "sw9") == []


def test_values_travel_as_parameters(conn):
    add_port(conn, "zz-sw", "ge-9/9/9", 4001)
    ports_in_vlan(conn, 4002)
    move_vlan(conn, 4003, 4004)
    gigabit_ports(conn, "yy-sw")
    for sql in conn.sql_texts:
        for value in ("zz-sw", "ge-9/9/9", "4001", "4002", "4003", "4004", "yy-sw"):
            assert value not in sql, (
                f"the value {value!r} is written into the SQL text ({sql!r}): "
                "put a placeholder there and pass the value separately"
            )
