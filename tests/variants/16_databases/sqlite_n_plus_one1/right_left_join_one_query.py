import sqlite3


def rack_report(conn):
    report = {}
    rows = conn.execute(
        """
        SELECT r.name, s.name
        FROM racks AS r
        LEFT JOIN servers AS s ON s.rack_id = r.id
        ORDER BY r.name, s.name
        """
    )
    for rack, server in rows:
        servers = report.setdefault(rack, [])
        if server is not None:
            servers.append(server)
    return report
