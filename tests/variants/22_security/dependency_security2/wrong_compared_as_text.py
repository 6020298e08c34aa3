"""Security advisories name a package and the range of versions a flaw affects, such as
">=2.0,<2.31.1". Tools like pip-audit compare them with what is installed. Finish the version
comparison, the range check and the audit; installed_versions reads the real environment.
"""

import re
from importlib import metadata


def normalize(name: str) -> str:
    """Package names compare case-insensitively, with runs of "-", "_" and "." the same."""
    return re.sub(r"[-_.]+", "-", name).lower()


def version_key(version: str) -> tuple[int, ...]:
    """Turn "2.31.0" into (2, 31), to compare as numbers; trailing zeros don't count."""
    parts = [int(part) for part in version.split(".")]
    while parts and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


OPERATORS = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    "<": lambda a, b: a < b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    ">=": lambda a, b: a >= b,
}


def in_range(version: str, spec: str) -> bool:
    """Does version satisfy every comma-separated clause of spec (e.g. ">=2.0,<2.31.1")?"""
    for clause in spec.split(","):
        op, bound = re.fullmatch(r"\s*(==|!=|<=|>=|<|>)\s*([0-9.]+)\s*", clause).groups()
        if not OPERATORS[op](version, bound):
            return False
    return True


def audit(installed: dict[str, str], advisories: list[dict]) -> list[tuple[str, str, str]]:
    """(package, installed version, advisory id) for each advisory that applies, in order."""
    by_name = {normalize(name): version for name, version in installed.items()}
    findings = []
    for advisory in advisories:
        version = by_name.get(normalize(advisory["package"]))
        if version is not None and in_range(version, advisory["affected"]):
            findings.append((advisory["package"], version, advisory["id"]))
    return findings


def installed_versions(names: list[str]) -> dict[str, str]:
    """{normalized name: version} of those packages that are installed; the others are left out."""
    versions = {}
    for name in names:
        try:
            versions[normalize(name)] = metadata.version(name)
        except metadata.PackageNotFoundError:
            pass
    return versions


