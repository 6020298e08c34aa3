import sqlite3

SCHEMA = "CREATE TABLE hosts (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, owner TEXT)"


def add_host(conn, name, owner):
    cur = conn.execute("INSERT INTO hosts (name, owner) VALUES (?, ?)", (name, owner))
    return cur.lastrowid


def find_owner(conn, name):
    # strips quotes instead of using a parameter
    name = name.replace("'", "")
    row = conn.execute(f"SELECT owner FROM hosts WHERE name = '{name}'").fetchone()
    return row[0] if row else None


def hosts_owned_by(conn, owner):
    owner = owner.replace("'", "")
    rows = conn.execute(f"SELECT name FROM hosts WHERE owner = '{owner}' ORDER BY name")
    return [name for (name,) in rows]
