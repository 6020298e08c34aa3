"""os.path and pathlib: two styles for the same path jobs.

`split_config(path)` returns (folder, stem, extension) of a path string:
"/etc/app.d/nginx.conf" -> ("/etc/app.d", "nginx", ".conf"). `backup_path(path)`
returns where the backup copy goes: same folder, ".bak" added after the whole
name. `ensure_dir(base, *parts)` creates the folder base/parts... (every missing
level, and no error when it already exists) and returns its path.
"""
import os
from pathlib import Path


def split_config(path):
    folder, name = os.path.split(path)
    # TODO: only the LAST dot starts the extension, and a name may have none.
    #       os.path has a function that splits a name this way.
    pieces = name.split(".")
    stem, extension = pieces[0], "." + pieces[-1]
    return folder, stem, extension


def backup_path(path):
    # TODO: with_suffix() replaces ".db"; the backup keeps it: "data.db.bak"
    return Path(path).with_suffix(".bak")


def ensure_dir(base, *parts):
    path = os.path.join(base, *parts)
    # TODO: os.mkdir makes one level and fails if the folder exists
    os.mkdir(path)
    return path


# --- tests: read them, don't change them ---
import os
from pathlib import Path


def test_split_simple_config():
    assert split_config("/etc/app.d/nginx.conf") == ("/etc/app.d", "nginx", ".conf")


def test_split_keeps_all_but_the_last_extension():
    assert split_config("/backups/db.tar.gz") == ("/backups", "db.tar", ".gz")


def test_split_name_without_extension():
    assert split_config("/srv/Makefile") == ("/srv", "Makefile", "")


def test_split_hidden_file_has_no_extension():
    assert split_config("/home/ops/.bashrc") == ("/home/ops", ".bashrc", "")


def test_split_agrees_with_pathlib():
    p = Path("/var/log/app/web.1.log")
    assert split_config(str(p)) == (str(p.parent), p.stem, p.suffix)


def test_backup_path_keeps_the_extension():
    assert Path(backup_path("/var/lib/app/data.db")) == Path("/var/lib/app/data.db.bak")


def test_backup_path_of_name_without_extension():
    assert Path(backup_path("/etc/hosts")) == Path("/etc/hosts.bak")


def test_ensure_dir_creates_missing_levels(tmp_path):
    made = ensure_dir(str(tmp_path), "releases", "2024", "v1")
    assert Path(made) == tmp_path / "releases" / "2024" / "v1"
    assert os.path.isdir(made)


def test_ensure_dir_twice_is_fine(tmp_path):
    ensure_dir(str(tmp_path), "cache")
    assert os.path.isdir(ensure_dir(str(tmp_path), "cache"))
