"""Step 4: analyze.py computes, and only computes: no printing, no files, no command line.
Code like that is easy to test and to reuse."""
import ast

import pytest

IO_CALLS = {"print", "open", "input", "exit"}
IO_MODULES = {"sys", "argparse", "csv", "json", "pathlib", "os"}


@pytest.fixture
def analyze(project):
    path = project / "diskreport" / "analyze.py"
    assert path.is_file(), "create diskreport/analyze.py (step 3)"
    return ast.parse(path.read_text(encoding="utf-8"))


def test_analyze_has_functions(analyze):
    assert any(isinstance(node, ast.FunctionDef) for node in analyze.body)


def test_analyze_does_no_input_or_output(analyze):
    calls = {node.func.id for node in ast.walk(analyze)
             if isinstance(node, ast.Call) and isinstance(node.func, ast.Name)}
    assert calls & IO_CALLS == set(), "analyze.py calls " + ", ".join(sorted(calls & IO_CALLS))


def test_analyze_imports_no_io_modules(analyze):
    imported = set()
    for node in ast.walk(analyze):
        if isinstance(node, ast.Import):
            imported |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            imported.add(node.module.split(".")[0])
    assert imported & IO_MODULES == set(), "analyze.py imports " + ", ".join(
        sorted(imported & IO_MODULES))


def test_cli_uses_analyze(project):
    path = project / "diskreport" / "cli.py"
    assert path.is_file(), "create diskreport/cli.py (step 3)"
    source = path.read_text(encoding="utf-8")
    imports = [node for node in ast.walk(ast.parse(source))
               if isinstance(node, (ast.Import, ast.ImportFrom))]
    assert any("analyze" in ast.unparse(node) for node in imports), "cli.py should use analyze"
