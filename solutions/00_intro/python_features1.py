"""
Each new Python version adds features: text got .removeprefix() in 3.9, the
`match` statement came with 3.10, the `tomllib` module (for reading TOML
settings files) with 3.11. A program that must also run on older Pythons
checks the version before it uses such a feature.

A version number is not text, though. Compared as text, "3.9" comes AFTER
"3.10", letter by letter, because "9" is after "1". The checks below compare
the version as text and get Python 3.9 and 3.10 wrong. Make each of them
compare numbers instead: sys.version_info with a tuple such as (3, 10). The
tests run your lines as if on several Python versions.
"""

import platform
import sys

version = platform.python_version()  # text such as "3.12.1"

# Compare sys.version_info with a tuple of numbers in all three checks
has_removeprefix = sys.version_info >= (3, 9)
has_match_statement = sys.version_info >= (3, 10)
has_tomllib = sys.version_info >= (3, 11)

print("Python", version)
print("str.removeprefix:", has_removeprefix)
print("match statement:", has_match_statement)
print("tomllib:", has_tomllib)

# --- tests: read them, don't change them ---

import platform
import sys
from collections import namedtuple

VersionInfo = namedtuple("VersionInfo", "major minor micro releaselevel serial")


def run_on(version, monkeypatch, capsys):
    """Run your lines again as if on another Python version; give back their values."""
    from coursekit import learner_source

    numbers = tuple(int(part) for part in version.split("."))
    values = {}
    with monkeypatch.context() as patch:
        patch.setattr(sys, "version_info", VersionInfo(*numbers, "final", 0))
        patch.setattr(sys, "version", f"{version} (main, Jan 1 2024, 00:00:00) [GCC 12.2.0]")
        major, minor, micro = numbers
        patch.setattr(sys, "hexversion", major << 24 | minor << 16 | micro << 8 | 0xF0)
        patch.setattr(platform, "python_version", lambda: version)
        patch.setattr(platform, "python_version_tuple", lambda: version.split("."))
        exec(learner_source(sys.modules[__name__]), values)
    capsys.readouterr()
    return values


FEATURES = [
    # version   removeprefix  match  tomllib
    ("3.8.18", False, False, False),
    ("3.9.18", True, False, False),
    ("3.10.13", True, True, False),
    ("3.11.7", True, True, True),
    ("3.12.1", True, True, True),
    ("4.0.0", True, True, True),
]


def check(feature, column, monkeypatch, capsys):
    for row in FEATURES:
        version, expected = row[0], row[column]
        got = run_on(version, monkeypatch, capsys)[feature]
        assert got is expected, f"on Python {version}, {feature} must be {expected}"


def test_has_removeprefix(monkeypatch, capsys):
    check("has_removeprefix", 1, monkeypatch, capsys)


def test_has_match_statement(monkeypatch, capsys):
    check("has_match_statement", 2, monkeypatch, capsys)


def test_has_tomllib(monkeypatch, capsys):
    check("has_tomllib", 3, monkeypatch, capsys)
