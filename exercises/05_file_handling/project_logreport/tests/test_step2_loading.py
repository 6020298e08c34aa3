"""Step 2: loading.find_logs and loading.read_log."""
from pathlib import Path

from loading import find_logs, read_log

LOGS = Path(__file__).parent.parent / "logs"


def write(path, text):
    path.write_text(text, encoding="utf-8")
    return path


def test_step2_finds_only_log_files_sorted():
    assert [Path(p).name for p in find_logs(LOGS)] == ["api01.log", "web01.log", "web02.log"]


def test_step2_found_logs_are_paths_that_can_be_opened():
    for path in find_logs(LOGS):
        with open(path, encoding="utf-8") as f:
            f.read()


def test_step2_finds_logs_sorted_whatever_the_folder_order(tmp_path):
    for name in ["mx02.log", "app07.log", "zz01.log", "db03.log", "cache01.log", "dns.txt"]:
        write(tmp_path / name, "")
    names = [Path(p).name for p in find_logs(tmp_path)]
    assert names == ["app07.log", "cache01.log", "db03.log", "mx02.log", "zz01.log"]


def test_step2_empty_folder_has_no_logs(tmp_path):
    assert list(find_logs(tmp_path)) == []


def test_step2_reads_records_in_file_order_with_their_host():
    records, _ = read_log(LOGS / "web01.log")
    assert [(r["host"], r["path"], r["status"]) for r in records] == [
        ("web01", "/index.html", 200),
        ("web01", "/api/users", 200),
        ("web01", "/api/login", 500),
        ("web01", "/index.html", 304),
    ]


def test_step2_host_comes_from_the_file_name(tmp_path):
    path = write(tmp_path / "mail01.log", "2024-03-10T08:00:00 GET /inbox 200 9\n")
    assert read_log(path) == (
        [{"time": "2024-03-10T08:00:00", "method": "GET", "path": "/inbox", "status": 200,
          "ms": 9, "host": "mail01"}],
        [],
    )


def test_step2_bad_lines_are_numbered_from_one():
    records, bad_lines = read_log(LOGS / "web02.log")
    assert bad_lines == [3, 4]
    assert len(records) == 4


def test_step2_comments_and_blank_lines_are_not_bad(tmp_path):
    text = "# lab\n\nbroken\n   \n2024-03-10T08:00:00 GET / 200 1\n# end\nalso broken\n"
    path = write(tmp_path / "lab.log", text)
    records, bad_lines = read_log(path)
    assert [r["path"] for r in records] == ["/"]
    assert bad_lines == [3, 7]


def test_step2_last_line_without_newline(tmp_path):
    text = "2024-03-10T08:00:00 GET /a 200 1\n2024-03-10T08:00:01 GET /b 200 2"
    path = write(tmp_path / "edge.log", text)
    records, _ = read_log(path)
    assert [r["path"] for r in records] == ["/a", "/b"]
