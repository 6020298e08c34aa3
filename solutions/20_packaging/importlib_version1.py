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
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def version_line(name: str) -> str:
    """What `--version` prints: "netcheck 1.4.2 (Python 3.11.7)"."""
    version = installed_version(name) or "(not installed)"
    return f"{name} {version} (Python {platform.python_version()})"


# --- tests: read them, don't change them ---
import pytest


@pytest.fixture
def site(tmp_path, monkeypatch):
    """A folder on sys.path in which `install(name, version)` puts a distribution's
    metadata, as pip does: <name>-<version>.dist-info/METADATA."""
    folder = tmp_path / "site-packages"
    folder.mkdir()
    monkeypatch.syspath_prepend(str(folder))

    def install(name, version):
        normalized = name.replace("-", "_").replace(".", "_").lower()
        info = folder / f"{normalized}-{version}.dist-info"
        info.mkdir()
        (info / "METADATA").write_text(
            f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n", encoding="utf-8")

    return install


def test_the_installed_version(site):
    site("netcheck", "1.4.2")
    assert installed_version("netcheck") == "1.4.2"


def test_another_package_and_version(site):
    site("netcheck", "1.4.2")
    site("Greet-Kit", "0.9.0rc1")
    assert installed_version("Greet-Kit") == "0.9.0rc1"
    assert installed_version("greet_kit") == "0.9.0rc1"


def test_a_package_that_is_not_installed(site):
    assert installed_version("surely-not-installed-anywhere") is None


def test_version_line(site):
    site("netcheck", "2.0.1")
    assert version_line("netcheck") == f"netcheck 2.0.1 (Python {platform.python_version()})"
