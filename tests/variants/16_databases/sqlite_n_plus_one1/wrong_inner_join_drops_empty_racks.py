import sqlite3


def rack_report(conn):
    report = {}
    rows = conn.execute(
        "SELECT racks.name, servers.name FROM racks"
        " JOIN servers ON servers.rack_id = racks.id ORDER BY servers.name"
    )
    for rack, server in rows:
        report.setdefault(rack, []).append(server)
    return report
