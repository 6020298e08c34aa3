from hosts import load_hosts


def test_reads_host_names_from_shipped_file():
    assert load_hosts() == ["web01", "web02", "db01"]


def test_skips_comments_and_blank_lines(tmp_path):
    path = tmp_path / "hosts.txt"
    path.write_text("# staging\n\napp01\n  app02\n\n# end\n", encoding="utf-8")
    assert load_hosts(path) == ["app01", "app02"]


def test_last_line_without_newline(tmp_path):
    path = tmp_path / "hosts.txt"
    path.write_text("mail01\nmail02", encoding="utf-8")
    assert load_hosts(path) == ["mail01", "mail02"]


def test_empty_file_gives_no_hosts(tmp_path):
    path = tmp_path / "hosts.txt"
    path.write_text("", encoding="utf-8")
    assert load_hosts(path) == []
