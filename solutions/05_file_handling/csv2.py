"""Write rows to a CSV file that any spreadsheet or csv reader loads back correctly.

`write_servers(path, servers)` writes the header `name,role,ram_gb` and then one row per server
dict, in list order. A value that holds a comma or a double quote must be quoted in the file;
the csv module does that for you.
"""
import csv

FIELDS = ["name", "role", "ram_gb"]


def write_servers(path, servers):
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=FIELDS)
        writer.writeheader()
        writer.writerows(servers)


# --- tests: read them, don't change them ---
import csv


def read_back(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def test_header_and_simple_rows(tmp_path):
    path = tmp_path / "servers.csv"
    write_servers(path, [{"name": "web01", "role": "web", "ram_gb": 16}])
    assert read_back(path) == [["name", "role", "ram_gb"], ["web01", "web", "16"]]


def test_value_with_comma_stays_one_field(tmp_path):
    path = tmp_path / "servers.csv"
    write_servers(path, [{"name": "db01", "role": "database, primary", "ram_gb": 64}])
    assert read_back(path)[1] == ["db01", "database, primary", "64"]


def test_value_with_quotes_survives(tmp_path):
    path = tmp_path / "servers.csv"
    write_servers(path, [{"name": "lab1", "role": 'the "old" one', "ram_gb": 4}])
    assert read_back(path)[1] == ["lab1", 'the "old" one', "4"]


def test_no_servers_gives_only_the_header(tmp_path):
    path = tmp_path / "servers.csv"
    write_servers(path, [])
    assert read_back(path) == [["name", "role", "ram_gb"]]
