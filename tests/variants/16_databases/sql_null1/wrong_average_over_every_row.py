"""SQL basics: predict what NULL does.

NULL means "no value, unknown", and SQL takes that seriously: a comparison with NULL is
neither true nor false, so WHERE drops the row, and aggregates such as COUNT(column), SUM and
AVG skip NULLs. Read the program below and write in PREDICTION exactly what it prints, line
by line. Don't run it first: the check runs it and compares.
"""
import sqlite3

PREDICTION = """
all rows: 3
with an owner: 2
not owned by ops: 1
owner = NULL: 0
owner IS NULL: 1
total cpus: 6
average cpus: 2.0
NULL = NULL: None
"""


def main():
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE hosts (name TEXT, owner TEXT, cpus INTEGER)")
    conn.executemany(
        "INSERT INTO hosts VALUES (?, ?, ?)",
        [("web-01", "ops", 4), ("web-02", None, 2), ("db-01", "dba", None)],
    )

    def one(sql):
        return conn.execute(sql).fetchone()[0]

    print("all rows:", one("SELECT COUNT(*) FROM hosts"))
    print("with an owner:", one("SELECT COUNT(owner) FROM hosts"))
    print("not owned by ops:", one("SELECT COUNT(*) FROM hosts WHERE owner != 'ops'"))
    print("owner = NULL:", one("SELECT COUNT(*) FROM hosts WHERE owner = NULL"))
    print("owner IS NULL:", one("SELECT COUNT(*) FROM hosts WHERE owner IS NULL"))
    print("total cpus:", one("SELECT SUM(cpus) FROM hosts"))
    print("average cpus:", one("SELECT AVG(cpus) FROM hosts"))
    print("NULL = NULL:", one("SELECT NULL = NULL"))
    conn.close()


