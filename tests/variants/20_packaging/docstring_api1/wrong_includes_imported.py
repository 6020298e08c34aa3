"""Project documentation: an API reference made from docstrings.

Sphinx's autodoc, pdoc and mkdocstrings write a project's reference pages from its
docstrings, so the documentation lives next to the code. `api_reference(module)` does a small
version of that, in Markdown: a heading with the module's name and its docstring's first
line, then, for each function, a heading with its name and signature and the first line of
its docstring ("(undocumented)" when it has none). Document:
- only the module's PUBLIC functions (no leading underscore) that the module DEFINES, not the
  ones it imports, in the order they are defined;
- each with its real signature, as `inspect.signature` shows it;
- with the first line of the docstring as `inspect.getdoc` cleans it up.
"""
import inspect
import types


def summary(obj) -> str:
    """The first line of an object's docstring, or "(undocumented)"."""
    doc = inspect.getdoc(obj)
    return doc.splitlines()[0] if doc else "(undocumented)"


def api_reference(module: types.ModuleType) -> str:
    lines = [f"# {module.__name__}", "", summary(module)]
    for name, obj in vars(module).items():
        if inspect.isfunction(obj) and not name.startswith("_"):
            lines += ["", f"## `{name}{inspect.signature(obj)}`", "", summary(obj)]
    return "\n".join(lines) + "\n"
