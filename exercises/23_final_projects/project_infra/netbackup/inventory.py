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
    tags: str  # TODO (step 1): a frozenset of tags


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
            # TODO (step 1): skip comment rows; raise InventoryError, naming the line
            #       (reader.line_num), for a missing name or host, an unknown platform or a
            #       name seen before; and split the tags into a frozenset
            devices.append(Device(name, host, platform, tags))
    return devices


def select(devices: list[Device], tag: str | None = None, platform: str | None = None):
    """The devices that have the tag (exactly, not as part of another tag) and the platform."""
    # TODO (step 1): with tags as a string, "edge" is found inside "edge-lab" too
    return [
        device
        for device in devices
        if (tag is None or tag in device.tags)
        and (platform is None or device.platform == platform)
    ]
