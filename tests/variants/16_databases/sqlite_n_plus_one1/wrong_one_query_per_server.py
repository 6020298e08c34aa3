import sqlite3


def rack_report(conn):
    report = {name: [] for (name,) in conn.execute("SELECT name FROM racks")}
    for (server_id,) in conn.execute("SELECT id FROM servers ORDER BY name").fetchall():
        rack, name = conn.execute(
            "SELECT racks.name, servers.name FROM servers JOIN racks ON racks.id = rack_id"
            " WHERE servers.id = ?", (server_id,)).fetchone()
        report[rack].append(name)
    return report
