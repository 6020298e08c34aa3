"""Semantic versions are MAJOR.MINOR.PATCH, with an optional pre-release such as
"2.0.0-rc.1" that comes BEFORE the release "2.0.0". Finish sort_key so versions sort the way
SemVer says, bump so it raises one part and resets the ones after it, and latest so it skips
pre-releases unless asked for them.
"""

import re

SEMVER = re.compile(
    r"(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)"
    r"(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?"
    r"(?:\+[0-9A-Za-z.-]+)?"
)


def parse(version: str) -> tuple[int, int, int, str]:
    """Split "1.4.2-rc.1+build.7" into (1, 4, 2, "rc.1"); a release has pre-release ""."""
    match = SEMVER.fullmatch(version)
    if match is None:
        raise ValueError(f"not a semantic version: {version!r}")
    major, minor, patch, pre = match.groups()
    return int(major), int(minor), int(patch), pre or ""


def sort_key(version: str) -> tuple:
    """A key for sorted()/max(): smaller key, older version."""
    major, minor, patch, pre = parse(version)
    # TODO: compare the numbers as numbers ("10" sorts before "9" as text)
    # TODO: a pre-release sorts before its release; pre-release parts separated by "." are
    #       compared one by one: numeric parts as numbers, and numbers before words
    #       (alpha < alpha.1 < alpha.beta < beta < beta.2 < beta.11 < rc.1 < release)
    return (str(major), str(minor), str(patch), pre)


def bump(version: str, part: str) -> str:
    """Raise "major", "minor" or "patch" by one; the parts after it go back to 0."""
    major, minor, patch, _ = parse(version)
    # TODO: reset the lower parts, and raise ValueError for any other `part`
    if part == "major":
        major += 1
    elif part == "minor":
        minor += 1
    else:
        patch += 1
    return f"{major}.{minor}.{patch}"


def latest(versions: list[str], include_prereleases: bool = False) -> str:
    """The newest version; pre-releases count only when include_prereleases is true."""
    # TODO: leave the pre-releases out unless they are asked for
    return max(versions, key=sort_key)


# --- tests: read them, don't change them ---
import pytest


def test_numbers_compare_as_numbers():
    assert sorted(["1.10.0", "1.9.0", "1.2.10", "1.2.9"], key=sort_key) == [
        "1.2.9", "1.2.10", "1.9.0", "1.10.0"
    ]


def test_prerelease_comes_before_its_release():
    assert sorted(["2.0.0", "2.0.0-rc.1", "1.9.9"], key=sort_key) == [
        "1.9.9", "2.0.0-rc.1", "2.0.0"
    ]


def test_prereleases_follow_the_semver_order():
    order = [
        "1.0.0-alpha", "1.0.0-alpha.1", "1.0.0-alpha.beta", "1.0.0-beta",
        "1.0.0-beta.2", "1.0.0-beta.11", "1.0.0-rc.1", "1.0.0",
    ]
    assert sorted(reversed(order), key=sort_key) == order


def test_build_metadata_does_not_change_the_order():
    assert sort_key("1.0.0+build.7") == sort_key("1.0.0")


@pytest.mark.parametrize(
    "part, expected", [("major", "2.0.0"), ("minor", "1.5.0"), ("patch", "1.4.3")]
)
def test_bump_raises_one_part_and_resets_the_rest(part, expected):
    assert bump("1.4.2", part) == expected


def test_bump_rejects_an_unknown_part():
    with pytest.raises(ValueError):
        bump("1.4.2", "build")


def test_latest_skips_prereleases_by_default():
    versions = ["1.9.0", "2.0.0-rc.2", "1.10.1"]
    assert latest(versions) == "1.10.1"
    assert latest(versions, include_prereleases=True) == "2.0.0-rc.2"
