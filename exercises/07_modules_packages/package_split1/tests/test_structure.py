"""How the package is organised: these fail until the split is done."""
import ast
import importlib
from pathlib import Path

import pytest

import hoststool

PACKAGE = Path(hoststool.__file__).parent


def module(name):
    try:
        return importlib.import_module(f"hoststool.{name}")
    except ModuleNotFoundError as err:
        if err.name != f"hoststool.{name}":
            raise
    pytest.fail(f"hoststool/{name}.py doesn't exist yet: create it", pytrace=False)


def defined_in(name, function):
    found = getattr(module(name), function, None)
    if found is None or getattr(found, "__module__", None) != f"hoststool.{name}":
        pytest.fail(f"{function} is not defined in hoststool/{name}.py yet: move it there",
                    pytrace=False)


def test_parsing_module_parses():
    defined_in("parsing", "parse_line")
    defined_in("parsing", "parse_inventory")


def test_report_module_renders():
    defined_in("report", "render_table")


def test_init_only_gathers_the_public_names():
    tree = ast.parse((PACKAGE / "__init__.py").read_text(encoding="utf-8"))
    defined = [node.name for node in ast.walk(tree)
               if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))]
    assert not defined, f"__init__.py still defines {defined}: import them from the new modules"


def test_package_offers_the_functions_of_the_modules():
    assert hoststool.parse_inventory is module("parsing").parse_inventory
    assert hoststool.render_table is module("report").render_table
