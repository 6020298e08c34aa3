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


# The backend module of some well-known build tools, by the name of the package that has it
BACKENDS = {
    "setuptools": "setuptools.build_meta",
    "hatchling": "hatchling.build",
    "flit-core": "flit_core.buildapi",
    "flit_core": "flit_core.buildapi",
    "poetry-core": "poetry.core.masonry.api",
    "pdm-backend": "pdm.backend",
}


def test_build_system_names_requirements_and_backend():
    build = load()["build-system"]
    assert isinstance(build.get("requires"), list) and build["requires"]
    backend = build.get("build-backend")
    assert isinstance(backend, str) and backend.strip(), "build-backend is missing"
    for requirement in build["requires"]:
        name = requirement_name(requirement)
        if name in BACKENDS:
            assert backend.strip() == BACKENDS[name], f"{name}'s backend is {BACKENDS[name]}"


def test_project_table_uses_only_pep621_keys():
    assert set(load()["project"]) - PEP621_KEYS == set()


def test_version_is_a_version_string():
    version = load()["project"]["version"]
    assert isinstance(version, str)
    assert re.fullmatch(r"\d+(\.\d+)*", version)


def test_readme_names_a_file_of_the_project():
    readme = load()["project"]["readme"]
    if isinstance(readme, dict):  # the table form: {file = "...", content-type = "..."}
        readme = readme.get("file")
    assert isinstance(readme, str), "readme must name the README file"
    assert (PROJECT / readme).is_file(), f"there is no file {readme} in netcheck/"


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
