import tomllib
from pathlib import Path

MISSING_METADATA = "missing-metadata"
MISSING_README = "missing-readme"
VERSION_EXISTS = "version-exists"
VERSION_NOT_NEWER = "version-not-newer"

REQUIRED = ("name", "version", "description", "readme", "requires-python")


def release_key(version):
    parts = [int(part) for part in version.split(".")]
    while parts and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


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
        mine = release_key(project["version"])
        for other in released:
            theirs = release_key(other)
            if theirs == mine:
                problems.add(VERSION_EXISTS)
            elif theirs > mine:
                problems.add(VERSION_NOT_NEWER)
    return problems
