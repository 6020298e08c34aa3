import shutil
import tarfile
import zipfile
from pathlib import Path

import pytest

from release import build, wheel_files, wheel_metadata

PROJECT = Path(__file__).resolve().parent.parent / "netcheck"


@pytest.fixture(scope="module")
def dists(tmp_path_factory):
    """The files build() makes from a copy of netcheck/ (built once for all tests)."""
    copy = tmp_path_factory.mktemp("project") / "netcheck"
    shutil.copytree(PROJECT, copy)
    out = tmp_path_factory.mktemp("dist")
    return build(copy, out)


def wheel_of(dists):
    wheels = [path for path in dists if path.suffix == ".whl"]
    assert wheels, "build() made no wheel"
    return wheels[0]


def test_build_makes_an_sdist_and_a_wheel(dists):
    assert [path.name for path in dists] == [
        "netcheck-0.3.0-py3-none-any.whl", "netcheck-0.3.0.tar.gz"
    ]


def test_the_sdist_holds_the_source_and_the_tests(dists):
    sdists = [path for path in dists if path.name.endswith(".tar.gz")]
    assert sdists, "build() made no sdist"
    with tarfile.open(sdists[0]) as archive:
        names = set(archive.getnames())
    assert {"netcheck-0.3.0/pyproject.toml", "netcheck-0.3.0/src/netcheck/cli.py",
            "netcheck-0.3.0/tests/test_cli.py"} <= names


def test_the_wheel_holds_the_package_and_its_metadata(dists):
    files = wheel_files(wheel_of(dists))
    assert "netcheck/cli.py" in files
    assert "netcheck-0.3.0.dist-info/METADATA" in files
    assert not [name for name in files if name.startswith("tests/")]


def test_wheel_metadata(dists):
    metadata = wheel_metadata(wheel_of(dists))
    assert metadata["Name"] == "netcheck"
    assert metadata["Version"] == "0.3.0"
    assert metadata.get_all("Requires-Dist") == ["requests>=2.31"]
    assert metadata["Requires-Python"] == ">=3.11"


def test_the_readme_is_the_description(dists):
    body = wheel_metadata(wheel_of(dists)).get_payload()
    assert body.strip() == (PROJECT / "README.md").read_text(encoding="utf-8").strip()


def test_metadata_of_another_wheel(tmp_path):
    wheel = tmp_path / "greet_kit-1.2.0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        archive.writestr("greetkit/__init__.py", "")
        archive.writestr("greet_kit-1.2.0.dist-info/METADATA",
                         "Metadata-Version: 2.1\nName: Greet-Kit\nVersion: 1.2.0\n\nHello.\n")
    metadata = wheel_metadata(wheel)
    assert (metadata["Name"], metadata["Version"]) == ("Greet-Kit", "1.2.0")
