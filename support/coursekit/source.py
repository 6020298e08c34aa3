"""Looking at the learner's code as code (with `ast`), for rules about how something is done:
a prediction written as a literal, no duplicated block, no global state."""

import ast
import inspect
import types

TESTS_MARKER = "# --- tests"


def learner_source(module_or_path) -> str:
    """The source of a module (or file) above its tests marker: the learner's part."""
    if isinstance(module_or_path, types.ModuleType):
        path = inspect.getsourcefile(module_or_path)
    else:
        path = module_or_path
    with open(path, encoding="utf-8") as f:
        text = f.read()
    lines = []
    for line in text.splitlines(keepends=True):
        if line.startswith(TESTS_MARKER):
            break
        lines.append(line)
    return "".join(lines)


def learner_tree(module_or_path) -> ast.Module:
    return ast.parse(learner_source(module_or_path))


def _assigned_value(tree: ast.Module, name: str):
    value = None
    for node in tree.body:
        if isinstance(node, ast.Assign):
            if any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
                value = node.value
        elif isinstance(node, ast.AnnAssign):
            if isinstance(node.target, ast.Name) and node.target.id == name:
                value = node.value
    return value


def assert_literal(module, name: str) -> None:
    """Fails unless `name` is assigned a literal (a string, number, or a list, tuple or dict of
    them) at the top level of the learner's code: a prediction is written, not computed."""
    value = _assigned_value(learner_tree(module), name)
    assert value is not None, f"{name} is not set at the top of the file"
    try:
        ast.literal_eval(value)
    except ValueError:
        raise AssertionError(
            f"{name} must be written out as a literal (your answer), not computed"
        ) from None


def function_names(module) -> list[str]:
    """Names of the top-level functions and classes of the learner's code, in order."""
    return [
        node.name
        for node in learner_tree(module).body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
    ]


def functions_using_global(module) -> list[str]:
    """Functions of the learner's code that rebind module-level names with `global`."""
    found = []
    for node in ast.walk(learner_tree(module)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if any(isinstance(n, ast.Global) for n in ast.walk(node)):
                found.append(node.name)
    return found


def _shape(statements) -> str:
    return "\n".join(ast.dump(s, annotate_fields=False) for s in statements)


def _repeated_runs(tree: ast.AST, min_statements: int) -> list[tuple[int, int]]:
    seen: dict[str, int] = {}
    pairs = []
    for node in ast.walk(tree):
        for field in ("body", "orelse", "finalbody"):
            body = getattr(node, field, None)
            if not isinstance(body, list) or len(body) < min_statements:
                continue
            for start in range(len(body) - min_statements + 1):
                run = body[start:start + min_statements]
                if not all(isinstance(s, ast.stmt) for s in run):
                    continue
                key = _shape(run)
                line = run[0].lineno
                if key in seen and seen[key] != line:
                    pairs.append((seen[key], line))
                else:
                    seen.setdefault(key, line)
    return pairs


def duplicated_blocks(module, min_statements: int = 2) -> list[tuple[int, int]]:
    """Pairs of first lines of statement runs (at least `min_statements` long, in any block)
    that are the same code twice. Empty when nothing is repeated."""
    return _repeated_runs(learner_tree(module), min_statements)


class _Anonymous(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.copy_location(ast.Name(id="_", ctx=node.ctx), node)

    def visit_arg(self, node):
        node.arg = "_"
        return node


def similar_blocks(module, min_statements: int = 2) -> list[tuple[int, int]]:
    """Like `duplicated_blocks`, but two runs of statements also count as the same when
    they differ only in the names of their variables (`count += 1` and `count2 += 1`): a
    copy with renamed variables is still a copy."""
    return _repeated_runs(_Anonymous().visit(learner_tree(module)), min_statements)


def assert_prediction(prediction: str, printed: str) -> None:
    """Compares a written prediction with what the program printed, line by line (spaces at
    the ends of lines and blank lines around don't count). On a mismatch it names the first
    wrong line of the prediction, not the right answer: read the code again, or run it."""
    said = [line.rstrip() for line in prediction.strip("\n").splitlines()]
    got = [line.rstrip() for line in printed.strip("\n").splitlines()]
    if said == got:
        return
    if not any(line.strip() for line in said):
        raise AssertionError("write your prediction in PREDICTION first")
    for number, (mine, real) in enumerate(zip(said, got), start=1):
        if mine != real:
            raise AssertionError(
                f"line {number} of your prediction, {mine!r}, is not what the program prints "
                f"there; read the code that prints it again")
    raise AssertionError(
        f"your prediction has {len(said)} line(s), but the program prints {len(got)}")
