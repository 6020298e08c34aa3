"""Taking a requirement apart.

`requests[socks,security] >= 2.31, < 3 ; python_version >= "3.8"` has a
name, optional extras in brackets, an optional version specifier and an
optional environment marker after ";". Finish `parse_requirement`: extras
become a list, the specifier loses all its spaces ("" when there is none),
the marker is None when there is none, and the name is normalised the way
pip compares names (lower case; every run of "-", "_" and "." becomes "-").
"""
import re
from typing import NamedTuple, Optional


class Requirement(NamedTuple):
    name: str
    extras: list
    specifier: str
    marker: Optional[str]


def normalize_name(name):
    return re.sub(r"[-_.]+", "-", name).lower()


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


# --- tests: read them, don't change them ---


def test_a_bare_name():
    assert parse_requirement("requests") == ("requests", [], "", None)


def test_name_and_pinned_version():
    assert parse_requirement("Flask==3.0.3") == ("flask", [], "==3.0.3", None)


def test_spaces_do_not_matter():
    assert parse_requirement("  requests >= 2.31 , < 3  ") == ("requests", [], ">=2.31,<3", None)


def test_extras():
    assert parse_requirement("typer[all]>=0.12") == ("typer", ["all"], ">=0.12", None)
    assert parse_requirement("requests[socks, security]") == (
        "requests",
        ["socks", "security"],
        "",
        None,
    )


def test_environment_marker():
    assert parse_requirement('tomli>=2.0; python_version < "3.11"') == (
        "tomli",
        [],
        ">=2.0",
        'python_version < "3.11"',
    )


def test_everything_at_once():
    line = 'Requests[socks] >= 2.31, < 3 ; sys_platform == "linux"'
    assert parse_requirement(line) == (
        "requests",
        ["socks"],
        ">=2.31,<3",
        'sys_platform == "linux"',
    )


def test_names_are_normalised():
    assert normalize_name("Flask") == "flask"
    assert normalize_name("typing_extensions") == "typing-extensions"
    assert normalize_name("zope.interface") == "zope-interface"
    assert normalize_name("Foo__Bar-._baz") == "foo-bar-baz"
    assert parse_requirement("Typing_Extensions>=4") == ("typing-extensions", [], ">=4", None)
