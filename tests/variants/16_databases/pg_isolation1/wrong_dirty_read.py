"""PostgreSQL / MySQL connectors: predict what a transaction sees.

Two clients share one PostgreSQL database. `reader` is a psycopg connection in its default
mode: its first statement opens a transaction, which lasts until commit() or rollback().
`writer` is in autocommit mode: each of its statements is committed at once. What the reader
sees while the writer changes the row depends on the isolation level: READ COMMITTED (the
default) takes a fresh look at each statement; REPEATABLE READ keeps the snapshot of its
first statement until the transaction ends. Nobody ever sees what another client has not
committed yet. Read `main` and write in PREDICTION exactly what it prints, line by line.
"""
import psycopg

PREDICTION = """
read committed, first look: 10
read committed, second look: 7
repeatable read, first look: 7
repeatable read, second look: 7
after commit: 3
before the other client commits: 0
after it commits, same transaction: 3
in a new transaction: 0
"""


def main(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as setup:
        setup.execute("CREATE TABLE stock (item text PRIMARY KEY, qty integer NOT NULL)")
        setup.execute("INSERT INTO stock VALUES ('sfp', 10)")

    reader = psycopg.connect(url)
    writer = psycopg.connect(url, autocommit=True)
    slow_writer = psycopg.connect(url)

    def qty() -> int:
        return reader.execute("SELECT qty FROM stock WHERE item = 'sfp'").fetchone()[0]

    print("read committed, first look:", qty())
    writer.execute("UPDATE stock SET qty = 7 WHERE item = 'sfp'")
    print("read committed, second look:", qty())
    reader.commit()

    reader.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
    print("repeatable read, first look:", qty())
    writer.execute("UPDATE stock SET qty = 3 WHERE item = 'sfp'")
    print("repeatable read, second look:", qty())
    reader.commit()
    print("after commit:", qty())
    reader.commit()

    slow_writer.execute("UPDATE stock SET qty = 0 WHERE item = 'sfp'")
    print("before the other client commits:", qty())
    slow_writer.commit()
    print("after it commits, same transaction:", qty())
    reader.commit()
    print("in a new transaction:", qty())

    for conn in (reader, writer, slow_writer):
        conn.close()


