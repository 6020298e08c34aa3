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
        combined.setdefault(name, requirement.specifier)
    chosen = {}
    for name, specifier in combined.items():
        allowed = [v for v in available[name] if v in specifier]
        if not allowed:
            raise ConflictError(name)
        chosen[name] = max(allowed, key=Version)
    return chosen


