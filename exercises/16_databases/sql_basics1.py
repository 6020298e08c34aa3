"""SQL basics: a table that refuses bad rows.

SCHEMA creates the `servers` table. As written it accepts a server without a name, two
servers with the same name, and a server without a CPU count. Add the constraints: `name`
must be present (NOT NULL) and UNIQUE, and `cpus` gets a DEFAULT of 1 when an INSERT leaves
it out. The tests run SCHEMA with sqlite3 on an in-memory database.
"""

# TODO: add NOT NULL and UNIQUE to `name`, and a DEFAULT of 1 to `cpus`.
SCHEMA = """
CREATE TABLE servers (
    id INTEGER PRIMARY KEY,
    name TEXT,
    role TEXT NOT NULL,
    cpus INTEGER,
    status TEXT NOT NULL
)
"""


# --- tests: read them, don't change them ---
import sqlite3

import pytest


@pytest.fixture
def db():
    conn = sqlite3.connect(":memory:")
    conn.executescript(SCHEMA)
    conn.execute(
        "INSERT INTO servers (name, role, cpus, status) VALUES ('web-01', 'web', 2, 'active')"
    )
    yield conn
    conn.close()


def test_a_complete_row_is_accepted(db):
    db.execute(
        "INSERT INTO servers (name, role, cpus, status) VALUES ('db-01', 'db', 8, 'active')"
    )
    assert db.execute("SELECT COUNT(*) FROM servers").fetchone() == (2,)


def test_duplicate_name_is_rejected(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO servers (name, role, cpus, status) "
            "VALUES ('web-01', 'web', 4, 'active')"
        )


def test_missing_name_is_rejected(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO servers (role, cpus, status) VALUES ('web', 2, 'active')")


def test_null_name_is_rejected(db):
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO servers (name, role, cpus, status) VALUES (NULL, 'web', 2, 'active')"
        )


def test_cpus_defaults_to_one(db):
    db.execute("INSERT INTO servers (name, role, status) VALUES ('tiny', 'web', 'active')")
    (cpus,) = db.execute("SELECT cpus FROM servers WHERE name = 'tiny'").fetchone()
    assert cpus == 1


def test_an_explicit_cpu_count_is_kept(db):
    (cpus,) = db.execute("SELECT cpus FROM servers WHERE name = 'web-01'").fetchone()
    assert cpus == 2
