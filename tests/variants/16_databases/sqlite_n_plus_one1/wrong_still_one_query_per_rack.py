import sqlite3


def rack_report(conn):
    racks = conn.execute("SELECT id, name FROM racks").fetchall()
    return {
        name: [s for (s,) in conn.execute(
            "SELECT name FROM servers WHERE rack_id = ? ORDER BY name", (rack_id,))]
        for rack_id, name in racks
    }
