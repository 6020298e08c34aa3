"""Does the environment match requirements.txt?

`pip freeze` prints one "name==version" line for every installed package
(dependencies of dependencies too). Make `parse_freeze` keep only those
pin lines (skip blank lines, comments, `-e ...` editable installs and
anything without "==") with normalised names, and let `compare` report
what is missing, what is extra and what has the wrong version.
"""
import re


def normalize_name(name):
    return re.sub(r"[-_.]+", "-", name.strip()).lower()


def parse_freeze(text):
    """Map each installed package's normalised name to its version."""
    installed = {}
    for line in text.splitlines():
        # TODO: skip lines that are not "name==version" pins, and normalise the name.
        name, version = line.split("==")
        installed[name] = version
    return installed


def compare(requirements, installed):
    """Compare requirement lines ("name==version" or just "name") with installed.

    Returns {"missing": [...], "extra": [...], "wrong_version": {name: (wanted, found)}},
    with normalised names and the two lists sorted.
    """
    wanted = {}
    for line in requirements:
        name, _, version = line.partition("==")
        wanted[normalize_name(name)] = version.strip() or None

    report = {"missing": [], "extra": [], "wrong_version": {}}
    for name, version in wanted.items():
        if name not in installed:
            report["missing"].append(name)
        # TODO: a pinned version that differs from the installed one goes into
        # report["wrong_version"][name] as (wanted_version, installed_version).
    # TODO: installed packages that no requirement asks for are "extra".
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

Werkzeug==3.0.4
"""


def test_parse_freeze_keeps_only_pins():
    assert parse_freeze(FREEZE) == {
        "certifi": "2024.8.30",
        "flask": "3.0.3",
        "requests": "2.32.3",
        "typing-extensions": "4.12.2",
        "werkzeug": "3.0.4",
    }


def test_everything_matches():
    installed = {"flask": "3.0.3", "requests": "2.32.3"}
    assert compare(["Flask==3.0.3", "requests==2.32.3"], installed) == {
        "missing": [],
        "extra": [],
        "wrong_version": {},
    }


def test_missing_packages():
    report = compare(["requests==2.32.3", "rich==13.9.2", "Babel"], {"requests": "2.32.3"})
    assert report["missing"] == ["babel", "rich"]


def test_extra_packages():
    installed = {"requests": "2.32.3", "urllib3": "2.2.3", "idna": "3.10", "certifi": "2024.8.30"}
    assert compare(["requests==2.32.3"], installed)["extra"] == ["certifi", "idna", "urllib3"]


def test_wrong_versions():
    installed = {"requests": "2.32.3", "flask": "3.0.3"}
    report = compare(["requests==2.31.0", "flask==3.0.3"], installed)
    assert report["wrong_version"] == {"requests": ("2.31.0", "2.32.3")}
    assert report["missing"] == []


def test_an_unpinned_requirement_accepts_any_version():
    report = compare(["requests"], {"requests": "2.32.3"})
    assert report == {"missing": [], "extra": [], "wrong_version": {}}


def test_names_match_however_they_are_spelled():
    installed = parse_freeze("typing_extensions==4.12.2\nWerkzeug==3.0.4\n")
    report = compare(["Typing-Extensions==4.12.2", "werkzeug==3.0.4"], installed)
    assert report == {"missing": [], "extra": [], "wrong_version": {}}
