"""Inventory text -> host dicts."""


def parse_line(line):
    """Parse "web01 10.0.0.11 web,prod" into {"name": ..., "ip": ..., "tags": [...]}."""
    name, ip, *rest = line.split()
    tags = rest[0].split(",") if rest else []
    return {"name": name, "ip": ip, "tags": tags}


def parse_inventory(text):
    """One host dict per line of text; blank lines and "#" comments are skipped."""
    hosts = []
    for line in text.splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            hosts.append(parse_line(line))
    return hosts
