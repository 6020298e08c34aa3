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
    before, after = parse_freeze(before_text), parse_freeze(after_text)
    changed = {
        name: (before[name], after[name])
        for name in before.keys() & after.keys()
        if Version(before[name]) != Version(after[name])
    }
    return {
        "added": sorted(after.keys() - before.keys()),
        "removed": sorted(before.keys() - after.keys()),
        "upgraded": {n: v for n, v in changed.items() if Version(v[1]) > Version(v[0])},
        "downgraded": {n: v for n, v in changed.items() if Version(v[1]) < Version(v[0])},
    }
