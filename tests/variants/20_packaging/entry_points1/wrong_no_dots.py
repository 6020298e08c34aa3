import importlib
import tomllib


def parse_entry_point(value):
    module, attr = value.split(":")
    return module.strip(), attr.strip()


def load_entry_point(value):
    module_name, attr = parse_entry_point(value)
    return getattr(importlib.import_module(module_name), attr)


def console_scripts(pyproject_text):
    return tomllib.loads(pyproject_text).get("project", {}).get("scripts", {})
