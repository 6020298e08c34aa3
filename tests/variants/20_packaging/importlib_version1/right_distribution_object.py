"""Versioning: one version number, read from the installed package.

A project's version should be written in ONE place, its pyproject.toml. Installing the
project copies it into the package's metadata, and `importlib.metadata.version(name)` reads
it back, so `netcheck --version` always says what was released. A copy in the code, like
`__version__` below, is the copy someone forgets to change at the next release.
`installed_version` must return the version of the installed distribution `name` (found
whatever its spelling: "Greet-Kit" is greet_kit), or None when it isn't installed.
"""
import platform
from importlib import metadata


def installed_version(name: str) -> str | None:
    try:
        return metadata.distribution(name).version
    except metadata.PackageNotFoundError:
        return None


def version_line(name: str) -> str:
    """What `--version` prints: "netcheck 1.4.2 (Python 3.11.7)"."""
    version = installed_version(name) or "(not installed)"
    return f"{name} {version} (Python {platform.python_version()})"
