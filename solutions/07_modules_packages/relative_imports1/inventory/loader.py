"""Import a sibling module from inside a package.

`parse_inventory(text)` turns lines like "web01 10.0.0.11 web,prod" into Host records (from
models.py in this package); blank lines and "#" comments are skipped, and tags may be missing.
Inside a package, `from models import ...` looks for a top-level module called models and does
not find it. Name the module as part of its package: relative to this one (a leading dot), or
with the package's name in front.
"""
from .models import Host


def parse_inventory(text):
    hosts = []
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, ip, *rest = line.split()
        tags = rest[0].split(",") if rest else []
        hosts.append(Host(name, ip, tags))
    return hosts
