import sqlite3


def rack_report(conn):
    cur = conn.cursor()
    cur.execute(
        "SELECT racks.name, group_concat(servers.name, ',') FROM racks"
        " LEFT JOIN servers ON servers.rack_id = racks.id GROUP BY racks.id"
    )
    return {rack: sorted(names.split(",")) if names else [] for rack, names in cur}
