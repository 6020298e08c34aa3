import csv
import json

import pytest

import backupcheck
from backupcheck import ManifestError, check_all, check_backup, load_manifest, write_report


def make_backup(folder, listed, present):
    """listed: {name: bytes} for the manifest (None: no manifest); present: {name: bytes}."""
    folder.mkdir(parents=True)
    for name, size in present.items():
        (folder / name).write_bytes(b"x" * size)
    if listed is not None:
        files = [{"name": name, "bytes": size} for name, size in listed.items()]
        manifest = {"created": "2024-03-09T23:50:00", "files": files}
        (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    return folder


# load_manifest

def test_manifest_as_a_dict(tmp_path):
    folder = make_backup(tmp_path / "b", {"db.sql": 120, "etc.tar": 2048}, {})
    assert load_manifest(folder) == {"db.sql": 120, "etc.tar": 2048}


def test_missing_manifest(tmp_path):
    folder = make_backup(tmp_path / "b", None, {"db.sql": 3})
    with pytest.raises(ManifestError) as excinfo:
        load_manifest(folder)
    assert excinfo.value.path == folder / "manifest.json"
    assert isinstance(excinfo.value.__cause__, FileNotFoundError)


def test_manifest_that_is_not_json(tmp_path):
    folder = make_backup(tmp_path / "b", None, {})
    (folder / "manifest.json").write_text('{"files": [', encoding="utf-8")
    with pytest.raises(ManifestError) as excinfo:
        load_manifest(folder)
    assert excinfo.value.path == folder / "manifest.json"
    assert isinstance(excinfo.value.__cause__, json.JSONDecodeError)


def test_manifest_without_files(tmp_path):
    folder = make_backup(tmp_path / "b", None, {})
    (folder / "manifest.json").write_text('{"created": "2024-03-09T23:50:00"}', encoding="utf-8")
    with pytest.raises(ManifestError) as excinfo:
        load_manifest(folder)
    assert isinstance(excinfo.value.__cause__, KeyError)


# check_backup

def test_complete_backup(tmp_path):
    files = {"db.sql": 12, "etc.tar": 20}
    folder = make_backup(tmp_path / "b", {"etc.tar": 20, "db.sql": 12}, files)
    assert check_backup(folder) == {"ok": ["db.sql", "etc.tar"], "missing": [], "wrong_size": [],
                                    "unexpected": []}


def test_every_kind_of_problem(tmp_path):
    folder = make_backup(
        tmp_path / "b",
        {"www.tar": 30, "db.sql": 12, "mail.tar": 8, "app.tar": 5, "certs.tar": 9},
        {"db.sql": 12, "www.tar": 31, "zz-notes.txt": 4, "app.tar": 5, "core.dump": 2,
         "certs.tar": 0},
    )
    assert check_backup(folder) == {
        "ok": ["app.tar", "db.sql"],
        "missing": ["mail.tar"],
        "wrong_size": ["certs.tar", "www.tar"],
        "unexpected": ["core.dump", "zz-notes.txt"],
    }


def test_sub_folders_are_not_unexpected_files(tmp_path):
    folder = make_backup(tmp_path / "b", {"db.sql": 1}, {"db.sql": 1})
    (folder / "old").mkdir()
    assert check_backup(folder)["unexpected"] == []


def test_broken_manifest_reaches_the_caller(tmp_path):
    folder = make_backup(tmp_path / "b", None, {"db.sql": 1})
    with pytest.raises(ManifestError):
        check_backup(folder)


# write_report

def test_report_rows_sorted_by_name(tmp_path):
    result = {"ok": ["db.sql", "www.tar"], "missing": ["mail.tar"], "wrong_size": ["app.tar"],
              "unexpected": ["core.dump"]}
    out = tmp_path / "report.csv"
    write_report(out, result)
    with open(out, newline="", encoding="utf-8") as f:
        assert list(csv.reader(f)) == [
            ["name", "status"],
            ["app.tar", "wrong_size"],
            ["core.dump", "unexpected"],
            ["db.sql", "ok"],
            ["mail.tar", "missing"],
            ["www.tar", "ok"],
        ]


def test_report_of_an_empty_backup(tmp_path):
    out = tmp_path / "report.csv"
    write_report(out, {"ok": [], "missing": [], "wrong_size": [], "unexpected": []})
    with open(out, newline="", encoding="utf-8") as f:
        assert list(csv.reader(f)) == [["name", "status"]]


# check_all

def test_check_all_keeps_going_after_a_broken_manifest(tmp_path):
    make_backup(tmp_path / "2024-03-09", {"db.sql": 2}, {"db.sql": 2})
    make_backup(tmp_path / "2024-03-08", None, {"db.sql": 2})
    make_backup(tmp_path / "2024-03-07", {"db.sql": 2}, {})
    (tmp_path / "README.txt").write_text("nightly backups\n", encoding="utf-8")
    results, problems = check_all(tmp_path)
    assert sorted(results) == ["2024-03-07", "2024-03-09"]
    assert results["2024-03-07"]["missing"] == ["db.sql"]
    assert results["2024-03-09"]["ok"] == ["db.sql"]
    assert list(problems) == ["2024-03-08"]
    assert "manifest.json" in problems["2024-03-08"]


def test_check_all_lets_bugs_through(tmp_path, monkeypatch):
    make_backup(tmp_path / "2024-03-09", {"db.sql": 2}, {"db.sql": 2})

    def buggy_check(folder):
        raise RuntimeError("a bug, not a broken backup")

    monkeypatch.setattr(backupcheck, "check_backup", buggy_check)
    with pytest.raises(RuntimeError):
        check_all(tmp_path)


def test_check_all_of_nothing(tmp_path):
    assert check_all(tmp_path) == ({}, {})
