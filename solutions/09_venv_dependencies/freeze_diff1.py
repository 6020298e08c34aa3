"""What did the update change? Comparing two `pip freeze` outputs.

Before you merge a dependency update, look at what it does to the
environment: save `pip freeze` before and after, and compare them. Fix
`freeze_diff(before, after)`; it returns a dict with:
- "added": packages installed after but not before (sorted names);
- "removed": packages installed before but not after (sorted names);
- "upgraded" and "downgraded": {name: (old version, new version)} for the
  packages whose version went up, or down. Compare versions as versions:
  2.9 -> 2.10 is an upgrade, and 2.0 -> 2.0.0 is no change at all.
`parse_freeze` already reads a freeze output (names normalised).
"""
from packaging.utils import canonicalize_name
from packaging.version import Version


def parse_freeze(text):
    installed = {}
    for line in text.splitlines():
        name, separator, version = line.strip().partition("==")
        if separator and not name.startswith(("#", "-")):
            installed[canonicalize_name(name)] = version.strip()
    return installed


def freeze_diff(before_text, after_text):
    before = parse_freeze(before_text)
    after = parse_freeze(after_text)
    report = {"added": [], "removed": [], "upgraded": {}, "downgraded": {}}
    for name, new in after.items():
        old = before.get(name)
        if old is None:
            report["added"].append(name)
        elif Version(new) > Version(old):
            report["upgraded"][name] = (old, new)
        elif Version(new) < Version(old):
            report["downgraded"][name] = (old, new)
    report["removed"] = sorted(name for name in before if name not in after)
    report["added"].sort()
    return report


# --- tests: read them, don't change them ---

BEFORE = """\
certifi==2024.7.4
charset-normalizer==3.3.2
Flask==2.9.3
idna==3.10
requests==2.31.0
urllib3==2.2.3
"""

AFTER = """\
Werkzeug==3.0.4
requests==2.32.3
flask==2.10.1
idna==3.7
certifi==2024.7.4
blinker==1.8.2
urllib3==2.2.3.0
"""


def test_added_and_removed():
    report = freeze_diff(BEFORE, AFTER)
    assert report["added"] == ["blinker", "werkzeug"]
    assert report["removed"] == ["charset-normalizer"]


def test_upgrades_compare_versions_as_numbers():
    assert freeze_diff(BEFORE, AFTER)["upgraded"] == {
        "flask": ("2.9.3", "2.10.1"),
        "requests": ("2.31.0", "2.32.3"),
    }


def test_downgrades():
    assert freeze_diff(BEFORE, AFTER)["downgraded"] == {"idna": ("3.10", "3.7")}


def test_the_same_environment_twice():
    assert freeze_diff(BEFORE, BEFORE) == {
        "added": [],
        "removed": [],
        "upgraded": {},
        "downgraded": {},
    }


def test_everything_removed():
    assert freeze_diff("b==1.0\na==2.0\n", "")["removed"] == ["a", "b"]
