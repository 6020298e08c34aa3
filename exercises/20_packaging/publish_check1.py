"""Before a release goes to a package index, a publish step checks what can't be undone once
uploaded: the metadata is complete, the README exists, and the version is new. Finish
release_problems so it reports each problem with one of the codes below.
"""

import tomllib
from pathlib import Path

MISSING_METADATA = "missing-metadata"  # a required [project] field is absent or empty
MISSING_README = "missing-readme"  # the file named by `readme` does not exist
VERSION_EXISTS = "version-exists"  # this version was released already
VERSION_NOT_NEWER = "version-not-newer"  # a newer version was released already

REQUIRED = ("name", "version", "description", "readme", "requires-python")


def release_key(version: str) -> tuple[int, ...]:
    """Turn "1.10" into (1, 10); trailing zeros don't count, so "1.0" and "1.0.0" are equal."""
    parts = [int(part) for part in version.split(".")]
    while parts and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def release_problems(project_dir: Path, released: list[str]) -> set[str]:
    """The problems that should stop `project_dir` from being published."""
    text = (Path(project_dir) / "pyproject.toml").read_text(encoding="utf-8")
    project = tomllib.loads(text).get("project", {})
    problems = set()

    # TODO: check every REQUIRED field, not only the name
    if not project.get("name"):
        problems.add(MISSING_METADATA)

    # TODO: `readme` names a file ("README.md", or a table like {file = "README.md"});
    #       that file must exist in project_dir

    # TODO: compare versions with release_key, not as text: "1.0" was released if "1.0.0"
    #       was, and a version older than the newest release must not be published
    version = project.get("version")
    if version in released:
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


@pytest.mark.parametrize("field", ["description", "requires-python", "version"])
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


def test_same_version_with_fewer_zeros_was_released(make_project):
    assert VERSION_EXISTS in release_problems(make_project(version='"1.3"'), ["1.3.0"])


def test_versions_compare_as_numbers(make_project):
    assert release_problems(make_project(version='"1.10.0"'), ["1.9.0"]) == set()
    assert release_problems(make_project(version='"1.2.0"'), ["1.10.0"]) == {VERSION_NOT_NEWER}
