"""Pinning: from the ranges you asked for to the versions you tested.

A requirements.in file says what the project needs, with ranges:
`requests[socks]>=2.31; python_version >= "3.9"`. Once the tests pass in
an environment, you pin it: each requirement gets `==` and the version
`pip freeze` shows for it, so that every later install gets exactly that
version (`==` allows one version only; 2.32.3 and 2.32.3.0 are the same).
Finish `pin(requirement_lines, freeze_text)`: one pinned line per
requirement, in the same order, keeping the name as written, its extras
and its marker, such as `requests[socks]==2.32.3; python_version >= "3.9"`.
A requirement that isn't installed, or whose installed version its own
range doesn't allow, raises PinError(name): never pin what you didn't test.
"""
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


class PinError(Exception):
    def __init__(self, name):
        super().__init__(f"can't pin {name}: it isn't installed in a version it allows")
        self.name = name


def parse_freeze(text):
    installed = {}
    for line in text.splitlines():
        name, separator, version = line.strip().partition("==")
        if separator and not name.startswith(("#", "-")):
            installed[canonicalize_name(name)] = version.strip()
    return installed


def pin(requirement_lines, freeze_text):
    installed = parse_freeze(freeze_text)
    pinned = []
    for line in requirement_lines:
        requirement = Requirement(line)
        version = installed.get(canonicalize_name(requirement.name))
        if version is None or version not in requirement.specifier:
            raise PinError(requirement.name)
        text = requirement.name
        if requirement.extras:
            text += f"[{','.join(sorted(requirement.extras))}]"
        text += f"=={version}"
        if requirement.marker is not None:
            text += f"; {requirement.marker}"
        pinned.append(text)
    return pinned


# --- tests: read them, don't change them ---

import pytest
from packaging.specifiers import SpecifierSet

FREEZE = """\
certifi==2024.8.30
Flask==3.0.3
idna==3.10
PySocks==1.7.1
requests==2.32.3
typing_extensions==4.12.2
urllib3==2.2.3
"""


def parts(line):
    requirement = Requirement(line)
    marker = str(requirement.marker) if requirement.marker else None
    return requirement.name, sorted(requirement.extras), str(requirement.specifier), marker


def test_a_range_becomes_a_pin():
    assert [parts(line) for line in pin(["requests>=2.31,<3"], FREEZE)] == [
        ("requests", [], "==2.32.3", None),
    ]


def test_every_requirement_in_order():
    lines = ["flask~=3.0", "idna", "certifi>=2024"]
    assert [parts(line) for line in pin(lines, FREEZE)] == [
        ("flask", [], "==3.0.3", None),
        ("idna", [], "==3.10", None),
        ("certifi", [], "==2024.8.30", None),
    ]


def test_extras_and_markers_are_kept():
    lines = ['Requests[socks,security]>=2.31; python_version >= "3.9"', "Typing_Extensions"]
    assert [parts(line) for line in pin(lines, FREEZE)] == [
        ("Requests", ["security", "socks"], "==2.32.3", 'python_version >= "3.9"'),
        ("Typing_Extensions", [], "==4.12.2", None),
    ]


def test_a_pin_allows_exactly_one_version():
    (line,) = pin(["urllib3<3"], FREEZE)
    allowed = SpecifierSet(str(Requirement(line).specifier))
    assert list(allowed.filter(["2.2.2", "2.2.3", "2.2.3.0", "2.2.4", "2.3"])) == ["2.2.3", "2.2.3.0"]


def test_what_is_not_installed_cant_be_pinned():
    with pytest.raises(PinError) as info:
        pin(["idna", "rich>=13"], FREEZE)
    assert info.value.name == "rich"


def test_a_version_outside_the_range_cant_be_pinned():
    with pytest.raises(PinError) as info:
        pin(["requests>=2.31,<2.32"], FREEZE)
    assert info.value.name == "requests"
