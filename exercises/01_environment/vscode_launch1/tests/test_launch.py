# --- tests: read them, don't change them ---
"""Read launch.json the way VS Code does, and run the configuration for tipcalc."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

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
def configs():
    text = (FOLDER / "launch.json").read_text(encoding="utf-8")
    try:
        launch = json.loads(without_comments(text))
    except json.JSONDecodeError as error:
        pytest.fail(f"launch.json is not valid JSON: {error}", pytrace=False)
    return launch.get("configurations", [])


@pytest.fixture
def tipcalc_config(configs):
    found = [c for c in configs if isinstance(c, dict) and "tipcalc" in json.dumps(c)]
    assert found, "no configuration in launch.json's list mentions tipcalc"
    return found[0]


def test_the_current_file_configuration_stays(configs):
    programs = [c.get("program") for c in configs if isinstance(c, dict)]
    assert "${file}" in programs, "keep the configuration that runs the current file"


def expand(value):
    return str(value).replace("${workspaceFolder}", str(FOLDER))


def test_it_has_a_name(tipcalc_config):
    name = tipcalc_config.get("name")
    assert isinstance(name, str) and name.strip(), "give the configuration a name"


def test_it_launches_the_python_debugger(tipcalc_config):
    kind = (tipcalc_config.get("type"), tipcalc_config.get("request"))
    assert kind in [("debugpy", "launch"), ("python", "launch")], (
        "type must be debugpy and request must be launch")


def test_it_runs_the_package_as_a_module(tipcalc_config):
    module = tipcalc_config.get("module")
    assert module == "tipcalc", 'run tipcalc as a module: "module": "tipcalc"'
    assert "program" not in tipcalc_config, "a configuration runs a module or a program, not both"


def test_it_splits_80_with_15_percent_between_2(tipcalc_config):
    arguments = tipcalc_config.get("args", [])
    assert isinstance(arguments, list), "args is a list: [\"first\", \"second\", ...]"
    command = [sys.executable, "-m", str(tipcalc_config.get("module")), *map(expand, arguments)]
    folder = expand(tipcalc_config.get("cwd", "${workspaceFolder}"))
    done = subprocess.run(command, cwd=folder, capture_output=True, text=True, timeout=20,
                          env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))
    assert done.stderr == "", f"the program, started with the arguments {arguments}, says"
    assert done.stdout == "Each person pays 46.00\n"
