import re


def normalize_name(name):
    return re.sub(r"[-_.]+", "-", name.strip()).lower()


PIN = re.compile(r"^\s*([A-Za-z0-9._-]+)\s*==\s*(\S+)\s*$")


def parse_freeze(text):
    pins = (PIN.match(line) for line in text.splitlines())
    return {normalize_name(m.group(1)): m.group(2) for m in pins if m}


def compare(requirements, installed):
    wanted = {}
    for line in requirements:
        if "==" in line:
            name, version = line.split("==", 1)
            wanted[normalize_name(name)] = version.strip()
        else:
            wanted[normalize_name(line)] = None
    wrong = {
        name: (version, installed[name])
        for name, version in wanted.items()
        if name in installed and version and installed[name] != version
    }
    return {
        "missing": sorted(set(wanted) - set(installed)),
        "extra": sorted(set(installed) - set(wanted)),
        "wrong_version": wrong,
    }
