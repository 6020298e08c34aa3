import psycopg


def add_port(conn: psycopg.Connection, device: str, name: str, vlan: int) -> None:
    conn.execute(
        "INSERT INTO ports (device, name, vlan) VALUES (%s, %s, %s)", (device, name, vlan)
    )


def ports_in_vlan(conn: psycopg.Connection, vlan: int) -> list[str]:
    """"device:port" for every port in the VLAN, sorted."""
    rows = conn.execute(
        "SELECT device || ':' || name FROM ports WHERE vlan = %s ORDER BY 1", (vlan,)
    ).fetchall()
    return [port for (port,) in rows]


def move_vlan(conn: psycopg.Connection, old: int, new: int) -> int:
    """Move every port of VLAN `old` to VLAN `new`; return how many moved."""
    cur = conn.execute(
        "UPDATE ports SET vlan = %(new)s WHERE vlan = %(old)s", {"old": old, "new": new}
    )
    return cur.rowcount


def gigabit_ports(conn: psycopg.Connection, device: str) -> list[str]:
    """The names of the device's gigabit ports (their names start with "ge-"), sorted."""
    rows = conn.execute(
        "SELECT name FROM ports WHERE device = %s AND name LIKE 'ge-' ORDER BY name",
        (device,),
    ).fetchall()
    return [name for (name,) in rows]


