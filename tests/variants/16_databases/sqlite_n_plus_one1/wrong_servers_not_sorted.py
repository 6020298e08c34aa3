import sqlite3


def rack_report(conn):
    report = {name: [] for (name,) in conn.execute("SELECT name FROM racks")}
    rows = conn.execute(
        "SELECT racks.name, servers.name FROM servers JOIN racks ON racks.id = servers.rack_id"
    )
    for rack_name, server_name in rows:
        report[rack_name].append(server_name)
    return report
