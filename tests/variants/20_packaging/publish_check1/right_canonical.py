import tomllib
from pathlib import Path

from packaging.utils import canonicalize_version
from packaging.version import InvalidVersion, Version

MISSING_METADATA = "missing-metadata"
MISSING_README = "missing-readme"
INVALID_VERSION = "invalid-version"
VERSION_EXISTS = "version-exists"

REQUIRED = ("name", "version", "description", "readme", "requires-python")


def release_problems(project_dir, released):
    project = tomllib.loads(Path(project_dir, "pyproject.toml").read_text()).get("project", {})
    problems = {MISSING_METADATA} if not all(project.get(f) for f in REQUIRED) else set()
    match project.get("readme"):
        case {"file": name} | str(name) if not Path(project_dir, name).is_file():
            problems.add(MISSING_README)
    version = project.get("version")
    if not version:
        return problems
    try:
        Version(version)
    except InvalidVersion:
        problems.add(INVALID_VERSION)
        return problems
    if canonicalize_version(version) in {canonicalize_version(v) for v in released}:
        problems.add(VERSION_EXISTS)
    return problems
