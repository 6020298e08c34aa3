"""Does the environment match requirements.txt?

`pip freeze` prints one "name==version" line for every installed
distribution, dependencies of dependencies included. Editable installs
("-e ...") and direct URL installs ("name @ URL") have no such pin, and
there may be comments. Fix `parse_freeze`: keep only the "name==version"
lines, keyed by normalised name (`canonicalize_name`). Then finish
`check`, which compares requirements.txt lines with what is installed:
- "missing": the requirements that are not installed;
- "unsatisfied": {name: installed version} for the requirements whose
  specifier doesn't allow the installed version (ranges too, not only ==);
- "extra": installed packages that no requirement names (usually the
  dependencies of your dependencies).
Names are normalised, and both lists are sorted.
"""
import re

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


def parse_freeze(text):
    """Map each installed package's normalised name to its version."""
    installed = {}
    for line in text.splitlines():
        match = re.fullmatch(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*==\s*(\S+)\s*", line)
        if match:
            installed[canonicalize_name(match[1])] = match[2]
    return installed


def check(requirement_lines, installed):
    report = {"missing": [], "unsatisfied": {}, "extra": []}
    wanted = set()
    for line in requirement_lines:
        requirement = Requirement(line)
        name = canonicalize_name(requirement.name)
        wanted.add(name)
        if name not in installed:
            report["missing"].append(name)
        elif not requirement.specifier.contains(installed[name], prereleases=True):
            report["unsatisfied"][name] = installed[name]
    report["extra"] = sorted(set(installed) - wanted)
    report["missing"].sort()
    return report


