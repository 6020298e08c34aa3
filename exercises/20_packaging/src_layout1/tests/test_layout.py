import shutil
from pathlib import Path

import pytest

from layout import find_packages, wheel_filename, wheel_files

SAMPLE = Path(__file__).resolve().parent.parent / "sample_project"


@pytest.fixture
def project(tmp_path):
    """A copy of sample_project with the bytecode cache Python leaves behind after a run,
    and a stray file in src/ that belongs to no package."""
    root = tmp_path / "sample_project"
    shutil.copytree(SAMPLE, root)
    (root / "src" / "NOTES.txt").write_text("remember to bump the version\n")
    cache = root / "src" / "greetkit" / "__pycache__"
    cache.mkdir()
    (cache / "core.cpython-311.pyc").write_bytes(b"\x00bytecode")
    return root


def test_find_packages_lists_only_folders_with_init(project):
    assert find_packages(project / "src") == ["greetkit", "greetkit.formats"]


def test_wheel_holds_package_code_and_data(project):
    assert wheel_files(project) == [
        "greetkit/__init__.py",
        "greetkit/core.py",
        "greetkit/formats/__init__.py",
        "greetkit/formats/shout.py",
        "greetkit/py.typed",
        "greetkit/templates/hello.txt",
    ]


def test_wheel_leaves_out_tests_readme_and_caches(project):
    files = wheel_files(project)
    assert not [f for f in files if f.startswith("tests/") or f.endswith((".pyc", ".md"))]


def test_a_file_outside_the_packages_stays_out(project):
    assert "NOTES.txt" not in wheel_files(project)


def test_wheel_filename_of_a_simple_name():
    assert wheel_filename("greetkit", "1.2.0") == "greetkit-1.2.0-py3-none-any.whl"


def test_wheel_filename_normalizes_the_name():
    assert wheel_filename("Greet-Kit", "1.2.0") == "greet_kit-1.2.0-py3-none-any.whl"
    assert wheel_filename("zope..event_-x", "5.0") == "zope_event_x-5.0-py3-none-any.whl"
