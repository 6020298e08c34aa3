"""Checks of netcheck/ before it is published: the same checks `twine check` makes."""
import io
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import readme_renderer.rst

PROJECT = Path(__file__).resolve().parent.parent / "netcheck"


def test_pyproject_names_the_readme():
    project = tomllib.loads((PROJECT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    readme = project.get("readme")
    if isinstance(readme, dict):
        readme = readme.get("file")
    assert readme == "README.rst", "[project] doesn't name the README as `readme`"


def test_the_readme_renders_on_pypi():
    text = (PROJECT / "README.rst").read_text(encoding="utf-8")
    problems = io.StringIO()
    html = readme_renderer.rst.render(text, stream=problems)
    first = problems.getvalue().strip().splitlines()[:1]
    assert html is not None, f"README.rst doesn't render: {' '.join(first)}"


def test_twine_check_passes(tmp_path):
    copy = tmp_path / "netcheck"
    shutil.copytree(PROJECT, copy)
    built = subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--no-isolation", "--outdir",
         str(tmp_path / "dist"), str(copy)],
        capture_output=True, text=True,
    )
    code, errors = built.returncode, built.stderr.strip()
    assert code == 0, "the build failed: " + errors[-300:]
    dists = [str(path) for path in (tmp_path / "dist").iterdir()]
    checked = subprocess.run(
        [sys.executable, "-m", "twine", "--no-color", "check", "--strict", *dists],
        capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1"},
    )
    code = checked.returncode
    report = " ".join((checked.stdout + checked.stderr).split())
    assert code == 0, f"twine check: {report[-300:]}"
