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
        if requirement.marker is not None and not requirement.marker.evaluate(environment):
            continue
        names.append(canonicalize_name(requirement.name))
    return sorted(names)


# --- tests: read them, don't change them ---

LINES = [
    "requests[socks] >= 2.31, < 3",
    'tomli>=2.0; python_version < "3.11"',
    'pywin32>=306; sys_platform == "win32"',
    'Typing_Extensions>=4.6; python_version < "3.10"',
    'uvloop>=0.19; sys_platform != "win32" and python_version >= "3.9"',
    "Django~=5.0",
]


def test_on_linux_with_python_3_10():
    environment = {"python_version": "3.10", "sys_platform": "linux"}
    assert needed(LINES, environment) == ["django", "requests", "tomli", "uvloop"]


def test_on_linux_with_python_3_9():
    environment = {"python_version": "3.9", "sys_platform": "linux"}
    assert needed(LINES, environment) == [
        "django",
        "requests",
        "tomli",
        "typing-extensions",
        "uvloop",
    ]


def test_on_windows_with_python_3_12():
    environment = {"python_version": "3.12", "sys_platform": "win32"}
    assert needed(LINES, environment) == ["django", "pywin32", "requests"]


def test_names_are_normalised():
    environment = {"python_version": "3.11", "sys_platform": "darwin"}
    lines = ["Flask_SQLAlchemy>=3.1", "zope.interface", "PyYAML"]
    assert needed(lines, environment) == ["flask-sqlalchemy", "pyyaml", "zope-interface"]


def test_no_requirements():
    assert needed([], {"python_version": "3.11", "sys_platform": "linux"}) == []
