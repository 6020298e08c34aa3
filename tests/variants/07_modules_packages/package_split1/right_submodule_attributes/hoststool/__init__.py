"""hoststool: read a host inventory and show it as a table."""
from . import parsing, report

parse_inventory = parsing.parse_inventory
render_table = report.render_table

__all__ = ["parse_inventory", "render_table"]
