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
    report["removed"] = [name for name in before if name not in after]
    report["added"].sort()
    return report


