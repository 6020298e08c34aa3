"""Semantic versions are MAJOR.MINOR.PATCH, with an optional pre-release such as
"2.0.0-rc.1" that comes BEFORE the release "2.0.0". Finish sort_key so versions sort the way
SemVer says, bump so it raises one part and resets the ones after it, and latest so it skips
pre-releases unless asked for them.
"""

import re

SEMVER = re.compile(
    r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?"
    r"(?:\+[0-9A-Za-z.-]+)?"
)


def parse(version: str) -> tuple[int, int, int, str]:
    """Split "1.4.2-rc.1+build.7" into (1, 4, 2, "rc.1"); a release has pre-release ""."""
    match = SEMVER.fullmatch(version)
    if match is None:
        raise ValueError(f"not a semantic version: {version!r}")
    major, minor, patch, pre = match.groups()
    return int(major), int(minor), int(patch), pre or ""


def sort_key(version: str) -> tuple:
    """A key for sorted()/max(): smaller key, older version."""
    major, minor, patch, pre = parse(version)
    if not pre:
        return (major, minor, patch, 1, ())
    parts = tuple(
        (1, int(part), "") if part.isdigit() else (0, 0, part) for part in pre.split(".")
    )
    return (major, minor, patch, 0, parts)


def bump(version: str, part: str) -> str:
    """Raise "major", "minor" or "patch" by one; the parts after it go back to 0."""
    major, minor, patch, _ = parse(version)
    if part == "major":
        major, minor, patch = major + 1, 0, 0
    elif part == "minor":
        minor, patch = minor + 1, 0
    elif part == "patch":
        patch += 1
    else:
        raise ValueError(f"unknown part: {part!r}")
    return f"{major}.{minor}.{patch}"


def latest(versions: list[str], include_prereleases: bool = False) -> str:
    """The newest version; pre-releases count only when include_prereleases is true."""
    if not include_prereleases:
        versions = [v for v in versions if not parse(v)[3]]
    return max(versions, key=sort_key)
