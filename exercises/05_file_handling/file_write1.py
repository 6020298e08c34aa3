"""Write a status report to a text file, one line per host.

`write_report(path, statuses)` gets a dict such as {"web01": "up", "db01": "down"} and writes
one line "web01: up" per host, in the dict's order. Every line, the last one too, ends with a
newline, so an empty dict gives an empty file.
"""


def write_report(path, statuses):
    with open(path, "w", encoding="utf-8") as f:
        for host, status in statuses.items():
            # TODO: f.write() adds no newline of its own
            f.write(f"{host}: {status}")


# --- tests: read them, don't change them ---


def test_one_line_per_host(tmp_path):
    path = tmp_path / "report.txt"
    write_report(path, {"web01": "up", "db01": "down"})
    assert path.read_text(encoding="utf-8") == "web01: up\ndb01: down\n"


def test_single_host_line_ends_with_newline(tmp_path):
    path = tmp_path / "report.txt"
    write_report(path, {"mail01": "up"})
    assert path.read_text(encoding="utf-8") == "mail01: up\n"


def test_empty_statuses_give_empty_file(tmp_path):
    path = tmp_path / "report.txt"
    write_report(path, {})
    assert path.read_text(encoding="utf-8") == ""


def test_writing_again_replaces_the_old_report(tmp_path):
    path = tmp_path / "report.txt"
    write_report(path, {"web01": "down", "web02": "down"})
    write_report(path, {"web01": "up"})
    assert path.read_text(encoding="utf-8") == "web01: up\n"
