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
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


def parse_freeze(text):
    """Map each installed package's normalised name to its version."""
    installed = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "-")) or "==" not in line:
            continue
        name, _, version = line.partition("==")
        installed[canonicalize_name(name)] = version.strip()
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
        elif str(requirement.specifier).startswith("==") and installed[name] not in requirement.specifier:
            report["unsatisfied"][name] = installed[name]
    report["extra"] = sorted(name for name in installed if name not in wanted)
    report["missing"].sort()
    return report


