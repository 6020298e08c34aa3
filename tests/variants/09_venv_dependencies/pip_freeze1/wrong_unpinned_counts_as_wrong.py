import re


def normalize_name(name):
    return re.sub(r"[-_.]+", "-", name.strip()).lower()


def parse_freeze(text):
    """Map each installed package's normalised name to its version."""
    installed = {}
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith(("#", "-")) or "==" not in line:
            continue
        name, _, version = line.partition("==")
        installed[normalize_name(name)] = version.strip()
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
        elif installed[name] != version:
            report["wrong_version"][name] = (version, installed[name])
    report["missing"].sort()
    report["extra"] = sorted(name for name in installed if name not in wanted)
    return report
