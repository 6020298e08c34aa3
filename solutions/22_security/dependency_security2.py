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
        if not OPERATORS[op](version_key(version), version_key(bound)):
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


# --- tests: read them, don't change them ---
import pytest

ADVISORIES = [
    {"id": "ADV-1", "package": "requests", "affected": ">=2.0,<2.31.1"},
    {"id": "ADV-2", "package": "PyYAML", "affected": "<5.4"},
    {"id": "ADV-3", "package": "typing-extensions", "affected": "==4.5.0"},
    {"id": "ADV-4", "package": "flask", "affected": ">=2.0,<2.2.5"},
]


@pytest.mark.parametrize(
    "version, spec, expected",
    [
        ("2.9.0", ">=2.0,<2.31.1", True),
        ("2.31.0", ">=2.0,<2.31.1", True),
        ("2.31.1", ">=2.0,<2.31.1", False),
        ("2.100.0", ">=2.0,<2.31.1", False),
        ("1.9", ">=2.0,<2.31.1", False),
        ("2", ">=2.0", True),
        ("4.5", "==4.5.0", True),
    ],
)
def test_in_range_compares_versions_as_numbers(version, spec, expected):
    assert in_range(version, spec) is expected


def test_audit_reports_affected_packages():
    installed = {"requests": "2.9.0", "flask": "3.0.3"}
    assert audit(installed, ADVISORIES) == [("requests", "2.9.0", "ADV-1")]


def test_audit_matches_names_however_they_are_spelt():
    installed = {"pyyaml": "5.3.1", "typing_extensions": "4.5.0"}
    found = {advisory_id for _, _, advisory_id in audit(installed, ADVISORIES)}
    assert found == {"ADV-2", "ADV-3"}


def test_audit_of_a_patched_environment_is_empty():
    installed = {"requests": "2.32.3", "PyYAML": "6.0.1", "flask": "2.2.5"}
    assert audit(installed, ADVISORIES) == []


def test_installed_versions_reads_the_environment():
    assert installed_versions(["pytest"]) == {"pytest": pytest.__version__}


def test_installed_versions_leaves_out_missing_packages():
    assert installed_versions(["pytest", "surely-not-installed-pkg"]) == {
        "pytest": pytest.__version__
    }
