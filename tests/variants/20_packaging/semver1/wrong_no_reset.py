import re

SEMVER = re.compile(r"(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?")


def parse(version):
    match = SEMVER.fullmatch(version)
    if match is None:
        raise ValueError(version)
    major, minor, patch, pre = match.groups()
    return int(major), int(minor), int(patch), pre or ""


def sort_key(version):
    major, minor, patch, pre = parse(version)
    if not pre:
        return (major, minor, patch, 1, ())
    return (major, minor, patch, 0,
            tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in pre.split(".")))


def bump(version, part):
    major, minor, patch, _ = parse(version)
    if part == "major":
        major += 1
    elif part == "minor":
        minor += 1
    elif part == "patch":
        patch += 1
    else:
        raise ValueError(part)
    return f"{major}.{minor}.{patch}"


def latest(versions, include_prereleases=False):
    if not include_prereleases:
        versions = [v for v in versions if not parse(v)[3]]
    return max(versions, key=sort_key)
