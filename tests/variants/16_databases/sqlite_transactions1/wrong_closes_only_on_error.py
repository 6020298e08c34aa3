"""SQLite with Python: transactions.

`record_deployment` stores a deployment and the hosts it went to. Right now nothing is ever
committed, so the rows vanish when the connection closes. Make it all-or-nothing: commit when
every insert worked, roll back (and let the error propagate) when one failed. Close the
connection in both cases.
"""
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


def init_db(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.executescript(SCHEMA)
    conn.close()


def record_deployment(path: Path, service: str, version: str, hosts: list[str]) -> int:
    """Store one deployment and its target hosts in one transaction; return its id."""
    conn = sqlite3.connect(path)
    try:
        with conn:
            cur = conn.execute(
                "INSERT INTO deployments (service, version) VALUES (?, ?)", (service, version)
            )
            deployment_id = cur.lastrowid
            for host in hosts:
                conn.execute(
                    "INSERT INTO targets (deployment_id, host) VALUES (?, ?)",
                    (deployment_id, host),
                )
        return deployment_id
    except sqlite3.Error:
        conn.close()
        raise
