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
    module, _, attr = value.partition(":")
    return module, attr


def load_entry_point(value: str):
    """Import the module of an entry point and return the object it names."""
    module_name, attr = parse_entry_point(value)
    target = importlib.import_module(module_name)
    for name in attr.split("."):
        target = getattr(target, name)
    return target


def console_scripts(pyproject_text: str) -> dict[str, str]:
    """The [project.scripts] table of a pyproject.toml: {command: entry point}.

    A project without scripts gives an empty dict.
    """
    data = tomllib.loads(pyproject_text)
    return data.get("project", {}).get("scripts", {})
