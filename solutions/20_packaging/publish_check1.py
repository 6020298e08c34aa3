"""Before a release goes to a package index, a publish step checks what can't be undone once
uploaded: an index such as PyPI never accepts the same version twice, not even after you
delete it. Finish release_problems so it reports each problem with one of the codes below.

Releasing a version OLDER than the newest one is fine: a fix for the 1.2 series (1.2.5)
after 2.0.0 is a normal backport release.
"""

import tomllib
from pathlib import Path

from packaging.version import InvalidVersion, Version

MISSING_METADATA = "missing-metadata"  # a required [project] field is absent or empty
MISSING_README = "missing-readme"  # the file named by `readme` does not exist
INVALID_VERSION = "invalid-version"  # not a version PEP 440 allows
VERSION_EXISTS = "version-exists"  # this version was released already

REQUIRED = ("name", "version", "description", "readme", "requires-python")


def release_problems(project_dir: Path, released: list[str]) -> set[str]:
    """The problems that should stop `project_dir` from being published."""
    text = (Path(project_dir) / "pyproject.toml").read_text(encoding="utf-8")
    project = tomllib.loads(text).get("project", {})
    problems = set()

    if any(not project.get(field) for field in REQUIRED):
        problems.add(MISSING_METADATA)

    readme = project.get("readme")
    if isinstance(readme, dict):
        readme = readme.get("file")
    if readme and not (Path(project_dir) / readme).is_file():
        problems.add(MISSING_README)

    version = project.get("version")
    if version:
        try:
            mine = Version(version)
        except InvalidVersion:
            problems.add(INVALID_VERSION)
        else:
            if mine in [Version(v) for v in released]:
                problems.add(VERSION_EXISTS)

    return problems


# --- tests: read them, don't change them ---
import pytest

GOOD = {
    "name": '"netcheck"',
    "version": '"1.3.0"',
    "description": '"Check that hosts answer"',
    "readme": '"README.md"',
    "requires-python": '">=3.11"',
}


@pytest.fixture
def make_project(tmp_path):
    def make(readme_file=True, **changes):
        fields = {**GOOD, **changes}
        lines = ["[project]"] + [f"{k} = {v}" for k, v in fields.items() if v is not None]
        (tmp_path / "pyproject.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        readme = tmp_path / "README.md"
        if readme_file:
            readme.write_text("# netcheck\n", encoding="utf-8")
        else:
            readme.unlink(missing_ok=True)
        return tmp_path

    return make


def test_a_complete_new_release_has_no_problems(make_project):
    assert release_problems(make_project(), ["1.0.0", "1.2.1"]) == set()


@pytest.mark.parametrize("field", ["description", "requires-python", "readme", "name",
                                   "version"])
def test_a_missing_field_is_reported(make_project, field):
    assert MISSING_METADATA in release_problems(make_project(**{field: None}), [])


def test_an_empty_description_counts_as_missing(make_project):
    assert release_problems(make_project(description='""'), []) == {MISSING_METADATA}


def test_readme_file_must_exist(make_project):
    assert release_problems(make_project(readme_file=False), []) == {MISSING_README}


def test_readme_can_be_a_table(make_project):
    table = '{ file = "README.md", content-type = "text/markdown" }'
    assert release_problems(make_project(readme=table), []) == set()
    assert release_problems(make_project(readme=table, readme_file=False), []) == {
        MISSING_README
    }


def test_the_same_version_was_released(make_project):
    assert release_problems(make_project(), ["1.2.1", "1.3.0"]) == {VERSION_EXISTS}


@pytest.mark.parametrize("mine, theirs", [("1.3", "1.3.0"), ("1.3.0", "1.3"),
                                          ("1.3.0rc1", "1.3.0-rc.1"), ("2!1.0", "2!1.0.0")])
def test_the_same_version_written_differently_was_released(make_project, mine, theirs):
    problems = release_problems(make_project(version=f'"{mine}"'), ["0.9", theirs])
    assert problems == {VERSION_EXISTS}


@pytest.mark.parametrize("version", ['"1.10.0"', '"1.2.5"', '"1.3.0.post1"'])
def test_new_versions_may_be_older_than_the_newest(make_project, version):
    assert release_problems(make_project(version=version), ["1.2.4", "1.3.0", "2.0.0"]) == set()


@pytest.mark.parametrize("version", ['"1.3-final-final"', '"v1..3"', '"latest"'])
def test_an_invalid_version_is_reported(make_project, version):
    assert release_problems(make_project(version=version), ["1.2.4"]) == {INVALID_VERSION}
