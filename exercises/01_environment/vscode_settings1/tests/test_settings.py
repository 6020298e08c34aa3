# --- tests: read them, don't change them ---
"""Read settings.json the way VS Code does: JSON, with comments and trailing commas."""

import json
import re
from pathlib import Path, PurePosixPath

import pytest

SETTINGS = "settings.json"
FOLDER = Path(__file__).parent.parent


def without_comments(text):
    """Drop // and /* */ comments (outside strings) and commas before } or ]."""
    out, i, in_string = [], 0, False
    while i < len(text):
        char = text[i]
        if in_string:
            out.append(char)
            if char == "\\":
                out.append(text[i + 1])
                i += 1
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
            out.append(char)
        elif text.startswith("//", i):
            i = text.find("\n", i)
            if i == -1:
                break
            continue
        elif text.startswith("/*", i):
            i = text.index("*/", i) + 2
            continue
        else:
            out.append(char)
        i += 1
    return re.sub(r",(\s*[}\]])", r"\1", "".join(out))


@pytest.fixture
def settings():
    text = (FOLDER / SETTINGS).read_text(encoding="utf-8")
    try:
        return json.loads(without_comments(text))
    except json.JSONDecodeError as error:
        pytest.fail(f"{SETTINGS} is not valid JSON: {error}", pytrace=False)


def test_the_interpreter_is_the_projects_venv(settings):
    path = settings.get("python.defaultInterpreterPath", "")
    parts = PurePosixPath(path.replace("\\", "/")).parts
    if parts[:1] == ("${workspaceFolder}",):
        parts = parts[1:]
    venv_pythons = [(".venv",), (".venv", "bin", "python"), (".venv", "bin", "python3"),
                    (".venv", "Scripts", "python.exe"), (".venv", "Scripts", "python")]
    assert parts in venv_pythons, (
        f"python.defaultInterpreterPath is {path!r}: use the project's .venv, "
        "for example ${workspaceFolder}/.venv")


def test_pytest_is_on(settings):
    enabled = settings.get("python.testing.pytestEnabled")
    assert enabled is True, "python.testing.pytestEnabled must be true"


def test_unittest_is_off(settings):
    enabled = settings.get("python.testing.unittestEnabled", False)
    assert enabled is False, "python.testing.unittestEnabled must be false (or left out)"


def test_pytest_looks_in_the_tests_folder(settings):
    arguments = settings.get("python.testing.pytestArgs", [])
    folders = [PurePosixPath(a.replace("${workspaceFolder}", ".")) for a in arguments]
    assert PurePosixPath("tests") in folders, (
        f"python.testing.pytestArgs is {arguments}: give pytest the tests folder")
