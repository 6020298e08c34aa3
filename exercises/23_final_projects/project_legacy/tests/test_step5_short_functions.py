"""Step 5: a function per job, each short enough to read at once."""
import ast

LIMIT = 15  # statements in one function, the ones inside its ifs and loops included


def statements(function):
    return sum(1 for node in ast.walk(function) if isinstance(node, ast.stmt)) - 1


def test_every_function_is_short(project_files):
    long = []
    for path in project_files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                count = statements(node)
                if count > LIMIT:
                    long.append(f"{node.name} in {path.name} ({count})")
    assert long == [], f"functions with more than {LIMIT} statements: " + ", ".join(long)
