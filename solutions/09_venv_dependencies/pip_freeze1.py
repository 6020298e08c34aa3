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
        elif installed[name] not in requirement.specifier:
            report["unsatisfied"][name] = installed[name]
    report["extra"] = sorted(name for name in installed if name not in wanted)
    report["missing"].sort()
    return report


# --- tests: read them, don't change them ---

FREEZE = """\
certifi==2024.8.30
Flask==3.0.3
-e git+https://example.com/ada/shoplib.git@4f2a1c#egg=shoplib
# direct URL installs have no == pin:
tools @ file:///home/ada/tools
requests==2.32.3
typing_extensions==4.12.2

Werkzeug==3.0.0
"""


def test_parse_freeze_keeps_only_pins():
    assert parse_freeze(FREEZE) == {
        "certifi": "2024.8.30",
        "flask": "3.0.3",
        "requests": "2.32.3",
        "typing-extensions": "4.12.2",
        "werkzeug": "3.0.0",
    }


def test_everything_matches():
    installed = {"flask": "3.0.3", "requests": "2.32.3"}
    report = check(["Flask==3.0.3", "requests>=2.31,<3"], installed)
    assert report == {"missing": [], "unsatisfied": {}, "extra": []}


def test_missing_packages():
    report = check(["requests>=2.31", "rich==13.9.2", "Babel"], {"requests": "2.32.3"})
    assert report["missing"] == ["babel", "rich"]


def test_versions_the_requirement_does_not_allow():
    installed = {"requests": "2.32.3", "flask": "3.0.3", "idna": "3.10", "certifi": "2024.8.30"}
    lines = ["requests>=2.31,<2.32", "flask~=3.0", "idna==3.7", "certifi"]
    assert check(lines, installed)["unsatisfied"] == {"requests": "2.32.3", "idna": "3.10"}


def test_a_pin_compares_versions_not_text():
    report = check(["werkzeug==3.0", "Flask>=3.0.10"], {"werkzeug": "3.0.0", "flask": "3.0.3"})
    assert report["unsatisfied"] == {"flask": "3.0.3"}


def test_extra_packages():
    installed = {"requests": "2.32.3", "urllib3": "2.2.3", "idna": "3.10", "certifi": "2024.8.30"}
    assert check(["requests"], installed)["extra"] == ["certifi", "idna", "urllib3"]


def test_names_match_however_they_are_spelled():
    installed = parse_freeze("typing_extensions==4.12.2\nWerkzeug==3.0.4\n")
    report = check(["Typing.Extensions>=4.6", "werkzeug==3.0.4"], installed)
    assert report == {"missing": [], "unsatisfied": {}, "extra": []}
