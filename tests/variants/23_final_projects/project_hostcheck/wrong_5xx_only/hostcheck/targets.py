"""Reading and checking the targets file."""
import tomllib
from dataclasses import dataclass
from pathlib import Path

KEYS = {"name", "host", "port", "url"}


class TargetError(Exception):
    """The targets file can't be used."""


@dataclass(frozen=True)
class Target:
    name: str
    host: str | None = None
    port: int | None = None
    url: str | None = None


def load_targets(path) -> list[Target]:
    try:
        with Path(path).open("rb") as file:
            data = tomllib.load(file)
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise TargetError(f"{path}: {error}") from error
    entries = data.get("target")
    if not isinstance(entries, list) or not entries:
        raise TargetError(f"{path}: no [[target]] in the file")
    targets = []
    for number, entry in enumerate(entries, start=1):
        targets.append(check_entry(entry, number, {t.name for t in targets}))
    return targets


def check_entry(entry: dict, number: int, names: set[str]) -> Target:
    name = entry.get("name")
    label = f"target {name!r}" if name else f"target {number}"
    if not isinstance(name, str) or not name:
        raise TargetError(f"{label}: a name is required")
    if name in names:
        raise TargetError(f"{label}: the name is used twice")
    unknown = set(entry) - KEYS
    if unknown:
        raise TargetError(f"{label}: unknown keys {', '.join(sorted(unknown))}")
    host, port, url = entry.get("host"), entry.get("port"), entry.get("url")
    tcp = host is not None and port is not None
    if tcp == (url is not None) or (host is None) != (port is None):
        raise TargetError(f"{label}: give either host and port, or url")
    if tcp and (isinstance(port, bool) or not isinstance(port, int) or not 1 <= port <= 65535):
        raise TargetError(f"{label}: port must be a whole number from 1 to 65535")
    return Target(name, host, port, url)
