import csv
from dataclasses import dataclass, field

PLATFORMS = ("ios", "eos", "junos")


class InventoryError(Exception):
    pass


@dataclass(frozen=True)
class Device:
    name: str
    host: str
    platform: str
    tags: frozenset = field(default_factory=frozenset)


def load_inventory(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    devices = {}
    for number, values in enumerate(body, start=2):
        row = dict(zip(header, values))
        name = row.get("name", "").strip()
        if not name or name[0] == "#":
            if name:
                continue
        host = row.get("host", "").strip()
        platform = row.get("platform", "").strip()
        if not name or not host or platform not in PLATFORMS or name in devices:
            raise InventoryError(f"bad row at line {number}: {values}")
        tags = frozenset(filter(None, (t.strip() for t in row.get("tags", "").split(";"))))
        devices[name] = Device(name, host, platform, tags)
    return list(devices.values())


def select(devices, tag=None, platform=None):
    chosen = devices
    if tag is not None:
        chosen = [d for d in chosen if tag in d.tags]
    if platform is not None:
        chosen = [d for d in chosen if d.platform == platform]
    return chosen
