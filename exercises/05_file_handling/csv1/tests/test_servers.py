from servers import load_servers


def test_loads_valid_rows_in_order():
    servers, _ = load_servers()
    assert [s["name"] for s in servers] == ["web01", "web02", "db01", "mon01"]


def test_quoted_field_keeps_its_comma():
    servers, _ = load_servers()
    by_name = {s["name"]: s for s in servers}
    assert by_name.get("db01") == {"name": "db01", "role": "database, primary", "ram_gb": 64}


def test_ram_is_an_int():
    servers, _ = load_servers()
    assert [s["ram_gb"] for s in servers] == [16, 16, 64, 8]


def test_broken_rows_are_reported():
    _, skipped = load_servers()
    assert skipped == ["cache01", "backup01"]


def test_other_file(tmp_path):
    path = tmp_path / "lab.csv"
    path.write_text('name,role,ram_gb\nlab1,"test, ""sandbox""",4\nlab2,test,\n', encoding="utf-8")
    assert load_servers(path) == ([{"name": "lab1", "role": 'test, "sandbox"', "ram_gb": 4}], ["lab2"])
