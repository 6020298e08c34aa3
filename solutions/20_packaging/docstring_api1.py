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
        if (inspect.isfunction(obj) and obj.__module__ == module.__name__
                and not name.startswith("_")):
            lines += ["", f"## `{name}{inspect.signature(obj)}`", "", summary(obj)]
    return "\n".join(lines) + "\n"


# --- tests: read them, don't change them ---
import types

import pytest

PROBE = '''"""Is a host answering? Small TCP probes for netcheck.

Nothing here sends data: a probe only opens and closes a connection.
"""
import socket
from os.path import join

DEFAULT_PORT = 22


def scan(hosts, ports=(22, 443)):
    """
    Check every port of every host.

    Returns {(host, port): bool}.
    """
    return {(host, port): answers(host, port) for host in hosts for port in ports}


def _connect(host, port):
    """Open a connection (private: not documented)."""
    return socket.create_connection((host, port), timeout=2.0)


def answers(host: str, port: int = DEFAULT_PORT, *, timeout: float = 2.0) -> bool:
    """Try a TCP connection; True when the host accepts it."""
    try:
        _connect(host, port).close()
    except OSError:
        return False
    return True


def report(results):
    return "\\n".join(f"{host}:{port} {'ok' if ok else 'FAILED'}"
                     for (host, port), ok in results.items())


class Probe:
    """A class, which this reference leaves out."""
'''

EXPECTED = """# netcheck.probe

Is a host answering? Small TCP probes for netcheck.

## `scan(hosts, ports=(22, 443))`

Check every port of every host.

## `answers(host: str, port: int = 22, *, timeout: float = 2.0) -> bool`

Try a TCP connection; True when the host accepts it.

## `report(results)`

(undocumented)
"""


@pytest.fixture
def probe():
    module = types.ModuleType("netcheck.probe")
    exec(compile(PROBE, "probe.py", "exec"), module.__dict__)
    return module


def headings(text):
    return [line for line in text.splitlines() if line.startswith("## ")]


def test_only_the_public_functions_it_defines(probe):
    names = [line.split("`")[1].split("(")[0] for line in headings(api_reference(probe))]
    assert sorted(names) == ["answers", "report", "scan"]


def test_in_the_order_they_are_defined(probe):
    names = [line.split("`")[1].split("(")[0] for line in headings(api_reference(probe))]
    assert names == ["scan", "answers", "report"]


def test_signatures(probe):
    assert headings(api_reference(probe)) == [
        "## `scan(hosts, ports=(22, 443))`",
        "## `answers(host: str, port: int = 22, *, timeout: float = 2.0) -> bool`",
        "## `report(results)`",
    ]


def test_summaries():
    def indented():
        """
        The summary is on the second line here.
        """

    def missing():
        pass

    assert summary(indented) == "The summary is on the second line here."
    assert summary(missing) == "(undocumented)"


def test_the_whole_reference(probe):
    assert api_reference(probe) == EXPECTED
