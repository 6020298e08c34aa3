"""Step 3: one module per job, in a package; disk_report.py only starts the program."""
import ast
import importlib

import pytest


def tree(path):
    return ast.parse(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["parse", "analyze", "cli"])
def test_the_package_has_the_module(project, name):
    path = project / "diskreport" / f"{name}.py"
    assert path.is_file(), f"create diskreport/{name}.py"
    assert (project / "diskreport" / "__init__.py").is_file(), "create diskreport/__init__.py"


def test_parse_reads_the_csv(project):
    path = project / "diskreport" / "parse.py"
    assert path.is_file(), "create diskreport/parse.py"
    names = {node.id for node in ast.walk(tree(path)) if isinstance(node, ast.Name)}
    assert "csv" in names, "reading the CSV file is parse.py's job"


def test_cli_has_main(project):
    path = project / "diskreport" / "cli.py"
    assert path.is_file(), "create diskreport/cli.py"
    functions = [node.name for node in tree(path).body if isinstance(node, ast.FunctionDef)]
    assert "main" in functions, "main() moves to diskreport/cli.py"


def test_disk_report_only_starts_the_program(project):
    body = tree(project / "disk_report.py").body
    kinds = {type(node).__name__ for node in body}
    allowed = {"Import", "ImportFrom", "If", "Expr"}
    assert kinds <= allowed, "disk_report.py should only import main and run it"
    cli = importlib.import_module("diskreport.cli")
    script = importlib.import_module("disk_report")
    assert script.main is cli.main, "disk_report.main should be diskreport.cli's main"
