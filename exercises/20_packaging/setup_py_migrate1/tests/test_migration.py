"""Compares netcheck/pyproject.toml with what netcheck/setup.py says, then builds the project
without setup.py, as it will be built once setup.py is gone."""
import ast
import email
import shutil
import tomllib
import zipfile
from pathlib import Path

import pytest
import setuptools.build_meta
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

PROJECT = Path(__file__).resolve().parent.parent / "netcheck"


def setup_arguments():
    """The keyword arguments of setup() in setup.py that are written as literals."""
    tree = ast.parse((PROJECT / "setup.py").read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "setup":
            found = {}
            for keyword in node.keywords:
                try:
                    found[keyword.arg] = ast.literal_eval(keyword.value)
                except ValueError:
                    pass
            return found
    raise AssertionError("setup.py has no setup() call")


OLD = setup_arguments()


def project():
    data = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))
    return data.get("project", {})


def requirements(items):
    """Requirement strings in one spelling: "PyYAML >= 6.0" and "pyyaml>=6.0" are the same."""
    found = []
    for item in items:
        requirement = Requirement(item)
        found.append(f"{canonicalize_name(requirement.name)}{sorted(requirement.extras)}"
                     f"{requirement.specifier};{requirement.marker}")
    return sorted(found)


def test_name_version_and_description():
    new = project()
    assert (new.get("name"), new.get("version")) == (OLD["name"], OLD["version"])
    assert new.get("description") == OLD["description"]


def test_requires_python():
    assert project().get("requires-python") == OLD["python_requires"]


def test_readme():
    readme = project().get("readme")
    if isinstance(readme, dict):
        assert readme.get("content-type", "text/markdown") == "text/markdown"
        readme = readme.get("file")
    assert readme == "README.md"


def test_authors():
    authors = project().get("authors")
    assert isinstance(authors, list), "authors is a list of tables"
    assert authors == [{"name": OLD["author"], "email": OLD["author_email"]}]


def test_dependencies():
    dependencies = project().get("dependencies")
    assert isinstance(dependencies, list), "dependencies is a list of strings"
    assert requirements(dependencies) == requirements(OLD["install_requires"])


def test_optional_dependencies():
    extras = project().get("optional-dependencies")
    assert isinstance(extras, dict), "the extras are a table: [project.optional-dependencies]"
    assert {name: requirements(items) for name, items in extras.items()} == {
        name: requirements(items) for name, items in OLD["extras_require"].items()}


def test_console_script():
    scripts = project().get("scripts")
    assert isinstance(scripts, dict), "console scripts are a table: [project.scripts]"
    old = dict(item.replace(" ", "").split("=") for item in OLD["entry_points"]["console_scripts"])
    assert {name: value.replace(" ", "") for name, value in scripts.items()} == old


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    """The wheel of a copy of netcheck/ without setup.py."""
    copy = tmp_path_factory.mktemp("project") / "netcheck"
    shutil.copytree(PROJECT, copy, ignore=shutil.ignore_patterns("setup.py"))
    out = tmp_path_factory.mktemp("dist")
    # `python -m build --wheel --no-isolation`, run in this process
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(copy)  # setuptools builds the project in the working folder
        try:
            name = setuptools.build_meta.build_wheel(str(out))
        except Exception as error:
            message = " ".join(str(error).split())[-300:]
            pytest.fail(f"the build without setup.py failed: {message}", pytrace=False)
    return out / name


def test_the_wheel_without_setup_py(wheel):
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = email.message_from_bytes(archive.read("netcheck-0.4.1.dist-info/METADATA"))
        entry_points = archive.read("netcheck-0.4.1.dist-info/entry_points.txt").decode()
    assert "netcheck/cli.py" in names
    assert metadata["Summary"] == OLD["description"]
    assert metadata["Provides-Extra"] == "yaml"
    assert len(metadata.get_all("Requires-Dist")) == 3
    assert "netcheck = netcheck.cli:main" in entry_points
