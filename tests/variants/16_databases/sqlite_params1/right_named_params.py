import sqlite3

SCHEMA = "CREATE TABLE hosts (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, owner TEXT)"


def add_host(conn, name, owner):
    cur = conn.cursor()
    cur.execute(
        "INSERT INTO hosts (name, owner) VALUES (:name, :owner)",
        {"name": name, "owner": owner},
    )
    return cur.lastrowid


def find_owner(conn, name):
    for (owner,) in conn.execute("SELECT owner FROM hosts WHERE name = :n", {"n": name}):
        return owner
    return None


def hosts_owned_by(conn, owner):
    result = []
    for row in conn.execute("SELECT name FROM hosts WHERE owner = :o", {"o": owner}):
        result.append(row[0])
    return sorted(result)
