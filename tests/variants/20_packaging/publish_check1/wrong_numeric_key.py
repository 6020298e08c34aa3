import tomllib
from pathlib import Path

MISSING_METADATA = "missing-metadata"
MISSING_README = "missing-readme"
INVALID_VERSION = "invalid-version"
VERSION_EXISTS = "version-exists"

REQUIRED = ("name", "version", "description", "readme", "requires-python")


def key(version):
    parts = [int(part) for part in version.split(".")]
    while parts and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def release_problems(project_dir, released):
    project = tomllib.loads((Path(project_dir) / "pyproject.toml").read_text()).get("project", {})
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
            if key(version) in [key(v) for v in released]:
                problems.add(VERSION_EXISTS)
        except ValueError:
            problems.add(INVALID_VERSION)
    return problems
