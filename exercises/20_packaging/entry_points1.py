"""A console script such as `netcheck = "netcheck.cli:main"` means: import the module
`netcheck.cli`, then take its attribute `main` and call it. Finish the three functions so they
read such entry points from pyproject.toml text and turn them into the objects they name.
"""

import importlib
import tomllib


def parse_entry_point(value: str) -> tuple[str, str]:
    """Split "package.module:object.attr" into ("package.module", "object.attr").

    Spaces around the colon are allowed: "a.b : c" is ("a.b", "c").
    """
    module, attr = value.split(":")
    # TODO: strip the spaces around both parts
    return module, attr


def load_entry_point(value: str):
    """Import the module of an entry point and return the object it names."""
    module_name, attr = parse_entry_point(value)
    target = importlib.import_module(module_name)
    # TODO: the attribute part may be dotted, like "JSONDecoder.decode": follow each name
    return getattr(target, attr)


def console_scripts(pyproject_text: str) -> dict[str, str]:
    """The [project.scripts] table of a pyproject.toml: {command: entry point}.

    A project without scripts gives an empty dict.
    """
    # TODO: parse the text with tomllib and return the table
    return {}


# --- tests: read them, don't change them ---
import json
import os.path
import platform

PYPROJECT = """
[project]
name = "toolbox"
version = "1.0.0"

[project.scripts]
toolbox-version = "platform:python_version"
toolbox-decode = "json : JSONDecoder.decode"
"""


def test_parse_splits_module_and_attribute():
    assert parse_entry_point("netcheck.cli:main") == ("netcheck.cli", "main")


def test_parse_allows_spaces_around_the_colon():
    assert parse_entry_point("netcheck.cli : main") == ("netcheck.cli", "main")


def test_load_imports_the_module_and_takes_the_function():
    assert load_entry_point("os.path:join") is os.path.join


def test_load_follows_a_dotted_attribute():
    assert load_entry_point("json:JSONDecoder.decode") is json.JSONDecoder.decode


def test_console_scripts_reads_the_scripts_table():
    assert console_scripts(PYPROJECT) == {
        "toolbox-version": "platform:python_version",
        "toolbox-decode": "json : JSONDecoder.decode",
    }


def test_console_scripts_of_a_project_without_scripts_is_empty():
    assert console_scripts('[project]\nname = "quiet"\nversion = "1.0"\n') == {}


def test_every_script_of_the_project_can_be_loaded():
    scripts = console_scripts(PYPROJECT)
    assert load_entry_point(scripts["toolbox-version"])() == platform.python_version()
    assert load_entry_point(scripts["toolbox-decode"]) is json.JSONDecoder.decode
