"""Step 1: no global state. Functions take what they need as arguments and return what
they make; nothing is kept in module-level lists or dicts between calls."""
import ast

from coursekit import functions_using_global


def test_no_function_uses_global(project_files):
    found = []
    for path in project_files:
        found += [f"{name} ({path.name})" for name in functions_using_global(path)]
    assert found == [], "still uses `global`: " + ", ".join(found)


def test_no_module_level_lists_or_dicts(project_files):
    found = []
    for path in project_files:
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and isinstance(
                    node.value, (ast.List, ast.Dict, ast.Set, ast.ListComp, ast.DictComp)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                found += [f"{ast.unparse(t)} ({path.name})" for t in targets]
    assert found == [], "module-level state left: " + ", ".join(found)
