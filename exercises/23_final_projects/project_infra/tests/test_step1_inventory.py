from pathlib import Path

import pytest

from netbackup.inventory import Device, InventoryError, load_inventory, select

DEVICES_CSV = Path(__file__).resolve().parent.parent / "devices.csv"
HEADER = "name,host,platform,tags\n"


def write(tmp_path, rows):
    path = tmp_path / "inventory.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def test_loads_the_shipped_inventory_without_comment_rows():
    names = [device.name for device in load_inventory(DEVICES_CSV)]
    assert names == ["core-sw1", "core-sw2", "edge-r1", "edge-r2", "fw1"]


def test_tags_become_a_set():
    device = load_inventory(DEVICES_CSV)[0]
    assert device == Device("core-sw1", "10.0.0.1", "eos", frozenset({"core", "dc1"}))


def test_select_matches_whole_tags_and_platforms():
    devices = load_inventory(DEVICES_CSV)
    assert [d.name for d in select(devices, tag="edge")] == ["edge-r1"]
    assert [d.name for d in select(devices, tag="dc2", platform="junos")] == ["fw1"]


@pytest.mark.parametrize(
    "rows",
    [
        "sw1,10.0.0.1,nxos,core\n",
        "sw1,10.0.0.1,eos,core\nsw1,10.0.0.9,eos,edge\n",
        "sw1,,eos,core\n",
    ],
)
def test_bad_rows_are_inventory_errors(tmp_path, rows):
    with pytest.raises(InventoryError):
        load_inventory(write(tmp_path, rows))


def test_error_names_the_line(tmp_path):
    with pytest.raises(InventoryError, match=r"\b3\b"):
        load_inventory(write(tmp_path, "sw1,10.0.0.1,eos,\nsw2,10.0.0.2,cisco,\n"))
