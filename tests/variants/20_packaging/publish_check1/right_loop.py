import tomllib
from pathlib import Path

from packaging import version as pv

MISSING_METADATA = "missing-metadata"
MISSING_README = "missing-readme"
INVALID_VERSION = "invalid-version"
VERSION_EXISTS = "version-exists"

REQUIRED = ("name", "version", "description", "readme", "requires-python")


def release_problems(project_dir, released):
    with open(Path(project_dir, "pyproject.toml"), "rb") as f:
        project = tomllib.load(f).get("project", {})
    problems = set()
    for field in REQUIRED:
        value = project.get(field)
        if value is None or value == "":
            problems.add(MISSING_METADATA)
            break
    readme = project.get("readme")
    if readme is not None:
        name = readme["file"] if isinstance(readme, dict) else readme
        if not Path(project_dir, name).exists():
            problems.add(MISSING_README)
    if "version" in project:
        try:
            mine = pv.parse(project["version"])
        except pv.InvalidVersion:
            return problems | {INVALID_VERSION}
        for other in released:
            if pv.parse(other) == mine:
                problems.add(VERSION_EXISTS)
    return problems
