"""Building SQL by pasting user input into the query text lets that input rewrite the query:
SQL injection. Pass values as parameters instead (`?` placeholders in sqlite3): the database
then treats them as data, never as SQL. Fix the three queries below.
"""

import sqlite3


def find_user(conn: sqlite3.Connection, name: str) -> list[tuple]:
    """(id, name, role) of the users called `name`."""
    return conn.execute("SELECT id, name, role FROM users WHERE name = ?", (name,)).fetchall()


def search_users(conn: sqlite3.Connection, fragment: str) -> list[str]:
    """Names of the users whose name contains `fragment`, sorted."""
    query = "SELECT name FROM users WHERE name LIKE ? ORDER BY name"
    return [row[0] for row in conn.execute(query, (f"%{fragment}%",))]


def set_role(conn: sqlite3.Connection, user_id: int, role: str) -> None:
    """Give one user a new role."""
    conn.execute("UPDATE users SET role = ? WHERE id = ?", (role, user_id))


# --- tests: read them, don't change them ---
import pytest


class SpyCursor(sqlite3.Cursor):
    def execute(self, sql, parameters=(), /):
        self.connection.sql_texts.append(sql)
        return super().execute(sql, parameters)


class SpyConnection(sqlite3.Connection):
    """A connection that remembers every SQL text your code runs, as your code wrote it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.sql_texts = []

    def cursor(self, factory=SpyCursor):
        return super().cursor(factory)

    def execute(self, sql, parameters=(), /):
        self.sql_texts.append(sql)
        return super().execute(sql, parameters)


@pytest.fixture
def conn():
    conn = sqlite3.connect(":memory:", factory=SpyConnection)
    conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, role TEXT)")
    conn.executemany(
        "INSERT INTO users (name, role) VALUES (?, ?)",
        [("alice", "admin"), ("bob", "viewer"), ("O'Brien", "viewer")],
    )
    yield conn
    conn.close()


def roles(conn):
    return dict(conn.execute("SELECT name, role FROM users"))


def test_find_user_finds_by_name(conn):
    assert find_user(conn, "bob") == [(2, "bob", "viewer")]


def test_find_user_handles_a_quote_in_the_name(conn):
    assert find_user(conn, "O'Brien") == [(3, "O'Brien", "viewer")]


def test_find_user_is_not_fooled_by_injection(conn):
    assert find_user(conn, "nobody' OR '1'='1") == []


def test_search_users_matches_part_of_the_name(conn):
    assert search_users(conn, "li") == ["alice"]
    assert search_users(conn, "O'B") == ["O'Brien"]


def test_search_users_is_not_fooled_by_injection(conn):
    assert search_users(conn, "zzz%' OR name LIKE '%") == []


def test_set_role_changes_one_user(conn):
    set_role(conn, 2, "editor")
    assert roles(conn) == {"alice": "admin", "bob": "editor", "O'Brien": "viewer"}


def test_set_role_cannot_be_used_to_change_every_user(conn):
    set_role(conn, 2, "admin' WHERE 1=1 --")
    assert roles(conn)["alice"] == "admin"
    assert roles(conn)["O'Brien"] == "viewer"


def test_values_are_never_part_of_the_sql_text(conn):
    conn.sql_texts.clear()
    find_user(conn, "Zed Q'Uinn")
    search_users(conn, "Q'Ui")
    set_role(conn, 987654, "audi'tor")
    for sql in conn.sql_texts:
        for value in ("Zed", "Ui", "987654", "audi"):
            assert value not in sql, (
                f"a value is written into the SQL text ({sql!r}): even with its quotes "
                "escaped, pass it as a parameter"
            )
