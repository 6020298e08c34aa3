"""What the package does: these pass already, and must still pass after the split."""
import hoststool
from hoststool import parse_inventory, render_table

INVENTORY = """
# lab inventory
web01 10.0.0.11 web,prod
db-primary 10.0.0.21 db

mon 10.0.0.31
"""


def test_parse_inventory():
    assert parse_inventory(INVENTORY) == [
        {"name": "web01", "ip": "10.0.0.11", "tags": ["web", "prod"]},
        {"name": "db-primary", "ip": "10.0.0.21", "tags": ["db"]},
        {"name": "mon", "ip": "10.0.0.31", "tags": []},
    ]


def test_render_table():
    assert render_table(parse_inventory(INVENTORY)) == (
        "NAME        IP               TAGS\n"
        "web01       10.0.0.11        web,prod\n"
        "db-primary  10.0.0.21        db\n"
        "mon         10.0.0.31        -\n"
    )


def test_public_names_stay_the_same():
    assert sorted(hoststool.__all__) == ["parse_inventory", "render_table"]
    namespace = {}
    exec("from hoststool import *", namespace)
    assert sorted(name for name in namespace if not name.startswith("__")) == [
        "parse_inventory",
        "render_table",
    ]
