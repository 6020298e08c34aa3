"""Checks of netcheck/ before it is published: the same checks `twine check` makes."""
import io
import logging
import shutil
import tomllib
from pathlib import Path

import pytest
import readme_renderer.rst
import setuptools.build_meta
import twine.commands.check

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


def test_twine_check_passes(tmp_path, monkeypatch):
    # `python -m build --sdist --no-isolation` and `twine check --strict`, run in this process
    copy = tmp_path / "netcheck"
    shutil.copytree(PROJECT, copy)
    monkeypatch.chdir(copy)  # setuptools builds the project in the working folder
    try:
        sdist = setuptools.build_meta.build_sdist(str(tmp_path / "dist"))
    except Exception as error:
        pytest.fail(f"the build failed: {' '.join(str(error).split())[-300:]}", pytrace=False)
    messages = []
    collect = logging.Handler()
    collect.emit = lambda record: messages.append(f"{record.levelname} {record.getMessage()}")
    logger = logging.getLogger("twine")
    logger.addHandler(collect)
    try:
        failed = twine.commands.check.check([str(tmp_path / "dist" / sdist)], strict=True)
    finally:
        logger.removeHandler(collect)
    report = " ".join(" ".join(messages).split())
    assert not failed, f"twine check: {report[-300:]}"
