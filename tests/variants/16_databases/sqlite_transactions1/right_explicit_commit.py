import sqlite3
from pathlib import Path

SCHEMA = """
CREATE TABLE deployments (
    id INTEGER PRIMARY KEY,
    service TEXT NOT NULL,
    version TEXT NOT NULL
);
CREATE TABLE targets (
    deployment_id INTEGER NOT NULL REFERENCES deployments (id),
    host TEXT NOT NULL,
    UNIQUE (deployment_id, host)
);
"""


def init_db(path):
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    conn.close()


def record_deployment(path, service, version, hosts):
    conn = sqlite3.connect(path)
    cur = conn.cursor()
    try:
        cur.execute("INSERT INTO deployments (service, version) VALUES (?, ?)", (service, version))
        deployment_id = cur.lastrowid
        cur.executemany(
            "INSERT INTO targets (deployment_id, host) VALUES (?, ?)",
            [(deployment_id, host) for host in hosts],
        )
        conn.commit()
    except sqlite3.Error:
        conn.rollback()
        raise
    finally:
        conn.close()
    return deployment_id
