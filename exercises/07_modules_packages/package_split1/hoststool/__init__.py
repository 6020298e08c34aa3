"""hoststool: read a host inventory and show it as a table.

The package works, and its tests in tests/test_behaviour.py pass. But it is one file that does
two jobs, and it keeps growing: split it into modules, one job each, without changing what
the package offers.
- hoststool/parsing.py gets parse_line and parse_inventory (inventory text -> host dicts);
- hoststool/report.py gets render_table (host dicts -> text);
- this __init__.py keeps its docstring and __all__, defines no function itself any more, and
  imports the public names from the new modules, so that `from hoststool import
  parse_inventory, render_table` keeps working for the package's users.
tests/test_structure.py checks the new layout.
"""

__all__ = ["parse_inventory", "render_table"]

# TODO: move these functions into hoststool/parsing.py and hoststool/report.py,
# then import the public ones here


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


def render_table(hosts):
    """A text table: a header line, then one line per host, in columns that line up."""
    width = max([len("NAME")] + [len(host["name"]) for host in hosts])
    lines = [f"{'NAME':<{width}}  {'IP':<15}  TAGS"]
    for host in hosts:
        tags = ",".join(host["tags"]) or "-"
        lines.append(f"{host['name']:<{width}}  {host['ip']:<15}  {tags}")
    return "\n".join(lines) + "\n"
