"""Which requirements apply here? Let packaging parse them.

`requests[socks] >= 2.31, < 3 ; python_version < "3.12"` has a name,
extras in brackets, a version specifier, and an environment marker after
";" that says where the requirement applies. The `packaging` library (the
code pip itself uses) parses all of that: `Requirement(line)` has `.name`,
`.extras`, `.specifier` and `.marker` (None when there is none), and
`marker.evaluate(environment)` tells whether the marker holds there.
Fix `needed`: it returns, sorted, the normalised names of the requirements
that apply to `environment` (marker values such as
{"python_version": "3.10", "sys_platform": "win32"}). A requirement without
a marker applies everywhere. Normalise names the way pip compares them, with
`canonicalize_name`: "Typing_Extensions" is "typing-extensions".
"""
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name


def needed(lines, environment):
    names = []
    for line in lines:
        requirement = Requirement(line)
        if requirement.marker is None or not requirement.marker.evaluate(environment):
            continue
        names.append(canonicalize_name(requirement.name))
    return sorted(names)


