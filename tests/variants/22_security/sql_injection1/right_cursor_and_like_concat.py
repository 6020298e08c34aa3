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
    cur = conn.cursor()
    cur.execute("SELECT name FROM users WHERE instr(name, ?) > 0", (fragment,))
    return sorted(name for (name,) in cur.fetchall())


def set_role(conn: sqlite3.Connection, user_id: int, role: str) -> None:
    """Give one user a new role."""
    conn.execute("UPDATE users SET role = ? WHERE id = ?", (role, user_id))


