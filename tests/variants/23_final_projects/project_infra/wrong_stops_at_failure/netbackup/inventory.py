"""The device inventory: a CSV file with one device per row."""

import csv
from dataclasses import dataclass
from pathlib import Path

PLATFORMS = {"ios", "eos", "junos"}


class InventoryError(Exception):
    """The inventory file has a mistake; the message names the line."""


@dataclass(frozen=True)
class Device:
    name: str
    host: str
    platform: str
    tags: frozenset[str]


def load_inventory(path) -> list[Device]:
    """The devices in a CSV file with the columns name, host, platform, tags.

    Tags are separated by ";". Rows whose name starts with "#" are comments. Every row needs
    a name, a host and a known platform, and names are unique; otherwise InventoryError.
    """
    devices = []
    seen = set()
    with Path(path).open(newline="", encoding="utf-8") as file:
        reader = csv.DictReader(file)
        for row in reader:
            name, host, platform, tags = (
                (row.get(column) or "").strip() for column in ("name", "host", "platform", "tags")
            )
            if name.startswith("#"):
                continue
            where = f"{path}, line {reader.line_num}"
            if not name or not host:
                raise InventoryError(f"{where}: name and host are required")
            if platform not in PLATFORMS:
                raise InventoryError(f"{where}: unknown platform {platform!r}")
            if name in seen:
                raise InventoryError(f"{where}: duplicate device {name!r}")
            seen.add(name)
            tag_set = frozenset(tag.strip() for tag in tags.split(";") if tag.strip())
            devices.append(Device(name, host, platform, tag_set))
    return devices


def select(devices: list[Device], tag: str | None = None, platform: str | None = None):
    """The devices that have the tag (exactly, not as part of another tag) and the platform."""
    return [
        device
        for device in devices
        if (tag is None or tag in device.tags)
        and (platform is None or device.platform == platform)
    ]
