import functools
import importlib
import tomllib


def parse_entry_point(value):
    module, attr = value.split(":")
    return module.strip(), attr.strip()


def load_entry_point(value):
    module_name, attr = parse_entry_point(value)
    module = importlib.import_module(module_name)
    return functools.reduce(getattr, attr.split("."), module)


def console_scripts(pyproject_text):
    return tomllib.loads(pyproject_text)["project"]["scripts"]
