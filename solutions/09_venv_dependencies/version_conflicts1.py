"""When requirements disagree: combining specifiers.

Your project asks for `requests>=2.28`, a library you use asks for
`Requests<2.32`, another one for `requests!=2.31.0`. pip must install ONE
version of each package, and it must satisfy every requirement on that
package; when no version does, pip stops with a conflict
("ResolutionImpossible"). Fix `resolve`, which returns {name: version}:
- a package's name is normalised (`canonicalize_name`) before anything else;
- the specifiers of all requirements on one package are combined (two
  `SpecifierSet`s combine with `&` into one that needs both);
- the chosen version is the newest available one the combination allows
  (compare versions as `Version`s, not as text);
- when no available version is allowed, raise ConflictError(name).
`available` maps each normalised name to the versions the index has.
"""
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import Version


class ConflictError(Exception):
    def __init__(self, name):
        super().__init__(f"no version of {name} satisfies every requirement on it")
        self.name = name


def resolve(requirement_lines, available):
    combined = {}
    for line in requirement_lines:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        combined[name] = combined.get(name, SpecifierSet()) & requirement.specifier
    chosen = {}
    for name, specifier in combined.items():
        allowed = [v for v in available[name] if v in specifier]
        if not allowed:
            raise ConflictError(name)
        chosen[name] = max(allowed, key=Version)
    return chosen


# --- tests: read them, don't change them ---

import pytest

AVAILABLE = {
    "requests": ["2.9.0", "2.10.0", "2.28.2", "2.30.0", "2.31.0", "2.32.3"],
    "urllib3": ["1.26.20", "2.2.3"],
    "idna": ["3.7", "3.10"],
    "typing-extensions": ["4.6.3", "4.12.2"],
}


def test_one_requirement_per_package():
    assert resolve(["requests<2.32", "urllib3<2"], AVAILABLE) == {
        "requests": "2.31.0",
        "urllib3": "1.26.20",
    }


def test_the_newest_version_by_number():
    assert resolve(["idna", "requests<2.28"], AVAILABLE) == {"idna": "3.10", "requests": "2.10.0"}


def test_every_requirement_on_a_package_counts():
    lines = ["requests>=2.28", "Requests<2.32", "requests!=2.31.0", "urllib3"]
    assert resolve(lines, AVAILABLE) == {"requests": "2.30.0", "urllib3": "2.2.3"}


def test_names_are_normalised():
    lines = ["IDNA>=3.8", "Typing_Extensions>=4", "typing.extensions<4.10"]
    assert resolve(lines, AVAILABLE) == {"idna": "3.10", "typing-extensions": "4.6.3"}


def test_a_conflict():
    with pytest.raises(ConflictError) as info:
        resolve(["requests", "urllib3>=2", "URLLIB3<2"], AVAILABLE)
    assert info.value.name == "urllib3"


def test_a_range_with_no_available_version_is_a_conflict_too():
    with pytest.raises(ConflictError) as info:
        resolve(["requests>=2.11,<2.28"], AVAILABLE)
    assert info.value.name == "requests"
