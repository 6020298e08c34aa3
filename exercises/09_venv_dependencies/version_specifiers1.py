"""Versions are not text: compare them with packaging.version.

As text, "2.10.0" < "2.9.1", yet 2.10 is the newer release. And versions
have more than numbers: "3.0.0rc1" is a pre-release (older than 3.0.0),
"1.5.dev3" a development release (a pre-release too), "2.31.0.post1" a
post-release (newer than 2.31.0). The `packaging` library implements the
rules pip uses: `Version("2.10.0") > Version("2.9.1")`, `.is_prerelease`,
and `InvalidVersion` for text that is no version at all. Fix `newest`: it
returns the newest of the given version strings, as it was given, skipping
pre-releases unless allow_prereleases is true and skipping anything that
is not a valid version; None when nothing is left.
"""
from packaging.version import InvalidVersion, Version


def newest(versions, allow_prereleases=False):
    # TODO: compare Version objects, not text; skip pre-releases (unless
    # they are allowed) and strings that are not versions.
    return max(versions, default=None)


# --- tests: read them, don't change them ---


def test_versions_compare_as_numbers():
    assert newest(["2.9.1", "2.10.0", "2.2"]) == "2.10.0"
    assert newest(["1.10", "1.9.9", "1.1"]) == "1.10"


def test_a_post_release_is_newer():
    assert newest(["2.31.0.post1", "2.31.0"]) == "2.31.0.post1"


def test_pre_releases_are_skipped_by_default():
    assert newest(["2.31.0", "3.0.0rc1", "2.32.3", "2.33.dev3"]) == "2.32.3"
    assert newest(["4.0b2", "4.0a1"]) is None


def test_pre_releases_when_allowed():
    assert newest(["2.31.0", "3.0.0rc1", "2.32.3"], allow_prereleases=True) == "3.0.0rc1"
    assert newest(["3.0.0rc1", "3.0.0", "3.0.0b2"], allow_prereleases=True) == "3.0.0"


def test_text_that_is_not_a_version_is_skipped():
    assert newest(["1.4", "latest", "1.10", "nightly-2024"]) == "1.10"
    assert newest(["stable"]) is None


def test_the_version_comes_back_as_it_was_written():
    assert newest(["v1.2", "1.1"]) == "v1.2"


def test_nothing_to_choose_from():
    assert newest([]) is None
