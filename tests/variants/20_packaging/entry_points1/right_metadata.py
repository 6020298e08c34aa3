"""Uses importlib.metadata's EntryPoint, which understands the same syntax."""

import tomllib
from importlib.metadata import EntryPoint


def parse_entry_point(value):
    ep = EntryPoint(name="x", value=value, group="console_scripts")
    return ep.module, ep.attr


def load_entry_point(value):
    return EntryPoint(name="x", value=value, group="console_scripts").load()


def console_scripts(pyproject_text):
    project = tomllib.loads(pyproject_text)["project"]
    if "scripts" in project:
        return dict(project["scripts"])
    return {}
