"""Reads netcheck/pyproject.toml back with tomllib, as build tools do, and checks it."""

import re
import tomllib
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent / "netcheck"

# The keys PEP 621 allows in [project]
PEP621_KEYS = {
    "name", "version", "description", "readme", "requires-python", "license",
    "license-files", "authors", "maintainers", "keywords", "classifiers", "urls",
    "scripts", "gui-scripts", "entry-points", "dependencies", "optional-dependencies",
    "dynamic",
}


def load():
    return tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))


def requirement_name(requirement):
    return re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", requirement).group().lower()


def test_build_system_names_requirements_and_backend():
    build = load()["build-system"]
    assert isinstance(build.get("requires"), list) and build["requires"]
    assert isinstance(build.get("build-backend"), str)
    assert build["build-backend"].strip()


def test_project_table_uses_only_pep621_keys():
    assert set(load()["project"]) - PEP621_KEYS == set()


def test_version_is_a_version_string():
    version = load()["project"]["version"]
    assert isinstance(version, str)
    assert re.fullmatch(r"\d+(\.\d+)*", version)


def test_readme_names_a_file_of_the_project():
    readme = load()["project"]["readme"]
    assert isinstance(readme, str)
    assert (PROJECT / readme).is_file()


def test_requires_python_3_11_or_newer():
    assert re.fullmatch(r">=\s*3\.11(\.0)?", load()["project"]["requires-python"])


def test_authors_are_a_list_of_tables_with_names():
    authors = load()["project"].get("authors")
    assert isinstance(authors, list) and authors
    assert all(isinstance(author, dict) and author.get("name") for author in authors)


def test_dependencies_are_one_requirement_string_each():
    dependencies = load()["project"]["dependencies"]
    assert isinstance(dependencies, list)
    assert all(isinstance(dep, str) and "," not in dep for dep in dependencies)
    assert sorted(requirement_name(dep) for dep in dependencies) == ["requests", "typer"]
    assert all(re.search(r">=\s*\d", dep) for dep in dependencies)


def test_console_script_points_at_an_existing_function():
    scripts = load()["project"]["scripts"]
    module, _, function = scripts["netcheck"].partition(":")
    source = PROJECT / "src" / Path(*module.strip().split(".")).with_suffix(".py")
    assert source.is_file()
    assert re.search(rf"^def {re.escape(function.strip())}\(", source.read_text(), re.M)
