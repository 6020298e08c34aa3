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
    candidates = []
    for text in versions:
        try:
            version = Version(text)
        except InvalidVersion:
            continue
        candidates.append((version, text))
    if not candidates:
        return None
    return max(candidates)[1]


