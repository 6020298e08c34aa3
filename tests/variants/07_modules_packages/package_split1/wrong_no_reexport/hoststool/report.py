"""Host dicts -> text."""


def render_table(hosts):
    """A text table: a header line, then one line per host, in columns that line up."""
    width = max([len("NAME")] + [len(host["name"]) for host in hosts])
    lines = [f"{'NAME':<{width}}  {'IP':<15}  TAGS"]
    for host in hosts:
        tags = ",".join(host["tags"]) or "-"
        lines.append(f"{host['name']:<{width}}  {host['ip']:<15}  {tags}")
    return "\n".join(lines) + "\n"
