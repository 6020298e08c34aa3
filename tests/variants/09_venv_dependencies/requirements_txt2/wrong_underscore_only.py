import re
from typing import NamedTuple, Optional


class Requirement(NamedTuple):
    name: str
    extras: list
    specifier: str
    marker: Optional[str]


def normalize_name(name):
    return name.lower().replace("_", "-")


def parse_requirement(line):
    requirement, _, marker = line.partition(";")
    match = re.match(r"\s*[A-Za-z0-9._-]+", requirement)
    name = match.group().strip()
    rest = requirement[match.end():].strip()
    extras = []
    if rest.startswith("["):
        inside, _, rest = rest[1:].partition("]")
        extras = [extra.strip() for extra in inside.split(",") if extra.strip()]
    specifier = "".join(rest.split())
    return Requirement(normalize_name(name), extras, specifier, marker.strip() or None)
