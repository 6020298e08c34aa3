"""Build and take apart paths with pathlib instead of string glue.

- `change_suffix(path, suffix)`: the same path with another extension:
  Path("releases/v1.2/notes.txt"), ".md" -> Path("releases/v1.2/notes.md").
- `archive_path(root, year, name)`: root / "archive" / year / name as a Path (root may be a str).
- `backup_names(folder)`: the names of the files in folder whose extension is ".bak", sorted.
"""
from pathlib import Path


def change_suffix(path, suffix):
    # TODO: splitting on "." breaks when a folder name has a dot; a Path knows its suffix
    return Path(str(path).split(".")[0] + suffix)


def archive_path(root, year, name):
    # TODO: gluing strings loses the separators; join parts with the / operator
    return Path(str(root) + "archive" + str(year) + name)


def backup_names(folder):
    # TODO: keep only the ".bak" files, and sort the names
    return [p.name for p in Path(folder).iterdir()]


# --- tests: read them, don't change them ---
from pathlib import Path


def test_change_suffix_replaces_extension():
    assert change_suffix(Path("reports/daily.csv"), ".json") == Path("reports/daily.json")


def test_change_suffix_with_dot_in_folder_name():
    assert change_suffix(Path("releases/v1.2/notes.txt"), ".md") == Path("releases/v1.2/notes.md")


def test_change_suffix_adds_one_when_missing():
    assert change_suffix(Path("releases/v1.2/README"), ".md") == Path("releases/v1.2/README.md")


def test_archive_path_joins_parts():
    assert archive_path(Path("/srv/backups"), 2024, "db.sql") == Path("/srv/backups/archive/2024/db.sql")


def test_archive_path_accepts_str_root():
    assert archive_path("/srv/backups", 2023, "app.tar") == Path("/srv/backups/archive/2023/app.tar")


def test_backup_names_only_bak_files_sorted(tmp_path):
    for name in ["web.bak", "notes.txt", "app.bak", "db.bak.txt"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert backup_names(tmp_path) == ["app.bak", "web.bak"]


def test_backup_names_sorted_whatever_the_folder_order(tmp_path):
    for name in ["mail.bak", "cache.bak", "www.bak", "auth.bak", "queue.bak", "db.bak"]:
        (tmp_path / name).write_text("x", encoding="utf-8")
    assert backup_names(tmp_path) == ["auth.bak", "cache.bak", "db.bak", "mail.bak", "queue.bak", "www.bak"]


def test_backup_names_empty_folder(tmp_path):
    assert backup_names(tmp_path) == []
