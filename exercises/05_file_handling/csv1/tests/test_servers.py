from servers import load_servers


def test_loads_rows_in_file_order():
    assert [s["name"] for s in load_servers()] == ["web01", "web02", "db01", "mon01"]


def test_quoted_field_keeps_its_comma():
    by_name = {s["name"]: s for s in load_servers()}
    assert by_name["db01"] == {"name": "db01", "role": "database, primary", "ram_gb": 64}


def test_ram_is_an_int():
    assert [s["ram_gb"] for s in load_servers()] == [16, 32, 64, 8]


def test_doubled_quotes_inside_a_field(tmp_path):
    path = tmp_path / "lab.csv"
    path.write_text('name,role,ram_gb\nlab1,"test, ""sandbox""",4\n', encoding="utf-8")
    assert load_servers(path) == [{"name": "lab1", "role": 'test, "sandbox"', "ram_gb": 4}]


def test_columns_in_another_order(tmp_path):
    path = tmp_path / "export.csv"
    path.write_text("ram_gb,name,role\n128,db02,database\n2,dns01,dns\n", encoding="utf-8")
    assert load_servers(path) == [
        {"name": "db02", "role": "database", "ram_gb": 128},
        {"name": "dns01", "role": "dns", "ram_gb": 2},
    ]


def test_header_only_gives_no_servers(tmp_path):
    path = tmp_path / "empty.csv"
    path.write_text("name,role,ram_gb\n", encoding="utf-8")
    assert load_servers(path) == []
