import re

PATTERN = re.compile(
    r"""
    ^\s*(?P<name>[A-Za-z0-9._-]+)\s*
    (?:\[(?P<extras>[^\]]*)\])?
    (?P<spec>[^;]*)
    (?:;(?P<marker>.*))?$
    """,
    re.VERBOSE,
)


def normalize_name(name):
    name = name.lower()
    for char in "_.":
        name = name.replace(char, "-")
    while "--" in name:
        name = name.replace("--", "-")
    return name


def parse_requirement(line):
    found = PATTERN.match(line)
    extras = found["extras"] or ""
    marker = (found["marker"] or "").strip()
    return (
        normalize_name(found["name"]),
        [part.strip() for part in extras.split(",") if part.strip()],
        re.sub(r"\s+", "", found["spec"]),
        marker if marker else None,
    )
