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
        text += f">={version}"
        if requirement.marker is not None:
            text += f"; {requirement.marker}"
        pinned.append(text)
    return pinned


