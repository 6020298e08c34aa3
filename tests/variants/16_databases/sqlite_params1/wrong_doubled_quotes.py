import sqlite3

SCHEMA = "CREATE TABLE hosts (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, owner TEXT)"


def quote(value):
    # escapes by hand, the way SQL itself writes a quote inside a string
    return "'" + value.replace("'", "''") + "'"


def add_host(conn, name, owner):
    cur = conn.execute(f"INSERT INTO hosts (name, owner) VALUES ({quote(name)}, {quote(owner)})")
    return cur.lastrowid


def find_owner(conn, name):
    row = conn.execute(f"SELECT owner FROM hosts WHERE name = {quote(name)}").fetchone()
    return row[0] if row else None


def hosts_owned_by(conn, owner):
    rows = conn.execute(f"SELECT name FROM hosts WHERE owner = {quote(owner)} ORDER BY name")
    return [name for (name,) in rows]
