"""MikroTik / Cisco integration: reading a RouterOS `/export`.

`/export` prints a router's configuration as commands grouped under menu paths. Lines that
start with `#` are comments, a line ending in a backslash continues on the next one, and
values with spaces are quoted (comment="uplink to ISP"). `parse_export` returns
{menu path: [ {"action": "add", key: value, ...}, ... ]}.
"""
import shlex


def logical_lines(text: str) -> list[str]:
    """Lines with comments dropped and backslash continuations joined."""
    lines = []
    pending = ""
    for raw in text.splitlines():
        if not pending and (not raw.strip() or raw.lstrip().startswith("#")):
            continue
        if raw.endswith("\\"):
            pending += raw[:-1]
            continue
        lines.append((pending + raw.strip() if pending else raw).strip())
        pending = ""
    return lines


def parse_export(text: str) -> dict[str, list[dict]]:
    config: dict[str, list[dict]] = {}
    path = None
    for line in logical_lines(text):
        if line.startswith("/"):
            path = line
            config.setdefault(path, [])
            continue
        action, *words = line.split()
        entry = {"action": action}
        for word in words:
            key, _, value = word.partition("=")
            entry[key] = value
        config[path].append(entry)
    return config
