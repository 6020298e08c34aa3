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

    if not project.get("name"):
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
