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


class SpyCursor(sqlite3.Cursor):
    """A cursor that remembers the SQL text it was given."""

    def execute(self, sql, parameters=(), /):
        self.connection.sql_texts.append(sql)
        return super().execute(sql, parameters)

    def executemany(self, sql, seq_of_parameters, /):
        self.connection.sql_texts.append(sql)
        return super().executemany(sql, seq_of_parameters)


class SpyConnection(sqlite3.Connection):
    """A connection that remembers every SQL text it runs, as written by your code."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sql_texts = []

    def cursor(self, factory=SpyCursor):
        return super().cursor(factory)

    def execute(self, sql, parameters=(), /):
        self.sql_texts.append(sql)
        return super().execute(sql, parameters)

    def executemany(self, sql, seq_of_parameters, /):
        self.sql_texts.append(sql)
        return super().executemany(sql, seq_of_parameters)

    def executescript(self, sql_script, /):
        self.sql_texts.append(sql_script)
        return super().executescript(sql_script)


@pytest.fixture
def db():
    conn = sqlite3.connect(":memory:", factory=SpyConnection)
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


@pytest.mark.parametrize("function", ["add_host", "find_owner", "hosts_owned_by"])
def test_values_never_become_part_of_the_sql_text(db, function):
    db.execute("INSERT INTO hosts (name, owner) VALUES (?, ?)", ("zz-host-17", "Zoe Q'Ward"))
    db.sql_texts.clear()
    if function == "add_host":
        add_host(db, "zz-host-18", "Zoe Q'Ward")
    elif function == "find_owner":
        find_owner(db, "zz-host-17")
    else:
        hosts_owned_by(db, "Zoe Q'Ward")
    for sql in db.sql_texts:
        for value in ("zz-host-1", "Ward"):
            assert value not in sql, (
                f"{function} writes a value into the SQL text ({sql!r}): "
                "put a ? there and pass the value in execute's second argument"
            )
