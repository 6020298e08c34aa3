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
    # compares the pre-release as plain text: beta.11 < beta.2
    return (major, minor, patch, pre == "", pre)


def bump(version, part):
    major, minor, patch, _ = parse(version)
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    if part == "patch":
        return f"{major}.{minor}.{patch + 1}"
    raise ValueError(part)


def latest(versions, include_prereleases=False):
    if not include_prereleases:
        versions = [v for v in versions if not parse(v)[3]]
    return max(versions, key=sort_key)
