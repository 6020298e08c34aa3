"""Versions are numbers, not text.

As text, "2.10.0" < "2.9.1", yet 2.10 is the newer release. Make
`parse_version` turn "2.10.0" into the tuple of ints (2, 10, 0), so that
`newest` and `compare_versions` work ("2.0" and "2.0.0" are the same
version). Then fix `is_pinned`: a specifier is pinned when it allows
exactly one version ("==2.31.0"); ">=2.31,<3", "~=2.31" and "==2.*" are ranges.
"""


def parse_version(text):
    return tuple(int(part) for part in text.strip().split("."))


def newest(versions):
    return max(versions, key=parse_version)


def compare_versions(a, b):
    """Return -1 if a is older than b, 0 if they are equal, 1 if a is newer."""
    left, right = parse_version(a), parse_version(b)
    width = max(len(left), len(right))
    left += (0,) * (width - len(left))
    right += (0,) * (width - len(right))
    return (left > right) - (left < right)


def is_pinned(specifier):
    if "," in specifier or "*" in specifier:
        return False
    return specifier.strip().startswith("==")


# --- tests: read them, don't change them ---


def test_parse_version():
    assert parse_version("2.31.0") == (2, 31, 0)
    assert parse_version("10") == (10,)


def test_versions_compare_as_numbers():
    assert parse_version("2.10.0") > parse_version("2.9.1")


def test_newest():
    assert newest(["2.9.1", "2.10.0", "2.2"]) == "2.10.0"
    assert newest(["1.0"]) == "1.0"


def test_compare_versions():
    assert compare_versions("1.2", "1.10") == -1
    assert compare_versions("2.1", "2.0.9") == 1
    assert compare_versions("3.4.1", "3.4.1") == 0


def test_missing_parts_count_as_zero():
    assert compare_versions("2.0", "2.0.0") == 0
    assert compare_versions("2", "2.0.1") == -1


def test_pinned_specifiers():
    assert is_pinned("==2.31.0")
    assert is_pinned("== 3.0.3")


def test_ranges_are_not_pinned():
    for specifier in [">=2.31,<3", "~=2.31", "!=2.0", "==2.*", ">=1.0,==1.2.*", ""]:
        assert not is_pinned(specifier), specifier
