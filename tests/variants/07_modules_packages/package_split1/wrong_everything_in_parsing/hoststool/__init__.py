"""hoststool: read a host inventory and show it as a table.

The package works, and its tests in tests/test_behaviour.py pass. But it is one file that does
two jobs, and it keeps growing: split it into modules, one job each, without changing what
the package offers.
- hoststool/parsing.py gets parse_line and parse_inventory (inventory text -> host dicts);
- hoststool/report.py gets render_table (host dicts -> text);
- this __init__.py keeps its docstring and __all__, defines no function itself any more, and
  imports the public names from the new modules, so that `from hoststool import
  parse_inventory, render_table` keeps working for the package's users.
tests/test_structure.py checks the new layout.
"""
from .parsing import parse_inventory
from .parsing import render_table

__all__ = ["parse_inventory", "render_table"]
