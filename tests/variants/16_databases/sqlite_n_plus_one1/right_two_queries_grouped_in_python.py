import sqlite3
from collections import defaultdict


def rack_report(conn):
    by_rack = defaultdict(list)
    for rack_id, name in conn.execute("SELECT rack_id, name FROM servers").fetchall():
        by_rack[rack_id].append(name)
    racks = conn.execute("SELECT id, name FROM racks").fetchall()
    return {name: sorted(by_rack[rack_id]) for rack_id, name in racks}
