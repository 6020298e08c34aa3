"""Handle more than one kind of exception.

`load_servers(path)` reads a CSV inventory with the columns name, role and ram_gb and returns
`(servers, skipped)`: servers is a list of dicts {"name": ..., "role": ..., "ram_gb": int} in
file order, and skipped lists, in file order, the names of the rows whose ram_gb can't be used.
Such a row is skipped and the rows after it are still loaded.
- A ram_gb that is not a whole number ("lots", "12.5", "") makes int() raise ValueError.
- A row that stops before its ram_gb gets None there from csv.DictReader, and int(None)
  raises TypeError.
A file without a ram_gb column at all is not an inventory: its KeyError must reach the caller,
not turn every row into a skipped one.
"""
import csv


def load_servers(path):
    servers, skipped = [], []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            try:
                ram_gb = int(row["ram_gb"])
            # TODO: a short row raises TypeError, which this clause lets through
            except ValueError:
                skipped.append(row["name"])
                continue
            servers.append({"name": row["name"], "role": row["role"], "ram_gb": ram_gb})
    return servers, skipped


# --- tests: read them, don't change them ---
import pytest


def write_csv(tmp_path, text):
    path = tmp_path / "servers.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_valid_rows(tmp_path):
    path = write_csv(tmp_path, "name,role,ram_gb\nweb01,web,16\ndb01,database,64\n")
    assert load_servers(path) == (
        [{"name": "web01", "role": "web", "ram_gb": 16},
         {"name": "db01", "role": "database", "ram_gb": 64}],
        [],
    )


def test_value_that_is_not_a_number_is_skipped(tmp_path):
    path = write_csv(tmp_path, "name,role,ram_gb\nbackup01,storage,lots\nmon01,monitoring,8\n")
    servers, skipped = load_servers(path)
    assert servers == [{"name": "mon01", "role": "monitoring", "ram_gb": 8}]
    assert skipped == ["backup01"]


def test_short_row_is_skipped(tmp_path):
    path = write_csv(tmp_path, "name,role,ram_gb\ncache01,cache\nmon01,monitoring,8\n")
    servers, skipped = load_servers(path)
    assert servers == [{"name": "mon01", "role": "monitoring", "ram_gb": 8}]
    assert skipped == ["cache01"]


def test_mixed_file_keeps_going(tmp_path):
    path = write_csv(
        tmp_path,
        "name,role,ram_gb\n"
        "web01,web,16\n"
        "cache01,cache\n"
        'db01,"database, primary",64\n'
        "lab1,test,12.5\n"
        "lab2,test,\n"
        "mon01,monitoring,8\n",
    )
    servers, skipped = load_servers(path)
    assert [s["name"] for s in servers] == ["web01", "db01", "mon01"]
    assert skipped == ["cache01", "lab1", "lab2"]


def test_file_without_the_ram_column_raises(tmp_path):
    path = write_csv(tmp_path, "name,role\nweb01,web\ndb01,database\n")
    with pytest.raises(KeyError):
        load_servers(path)
