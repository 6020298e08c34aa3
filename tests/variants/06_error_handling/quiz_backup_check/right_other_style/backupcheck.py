import csv
import json
import os
from pathlib import Path

MANIFEST = "manifest.json"


class ManifestError(Exception):
    def __init__(self, path, problem):
        super().__init__(f"{path}: {problem}")
        self.path = path


def load_manifest(folder):
    path = Path(folder, MANIFEST)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as err:
        raise ManifestError(path, "no manifest") from err
    try:
        data = json.loads(text)
    except ValueError as err:
        raise ManifestError(path, "broken JSON") from err
    if "files" not in data:
        raise ManifestError(path, "no files") from KeyError("files")
    files = {}
    for entry in data["files"]:
        files[entry["name"]] = entry["bytes"]
    return files


def check_backup(folder):
    listed = load_manifest(folder)
    names = [n for n in os.listdir(folder) if os.path.isfile(os.path.join(folder, n))]
    names = [n for n in names if n != MANIFEST]
    ok = sorted(n for n in listed if n in names and os.path.getsize(os.path.join(folder, n)) == listed[n])
    missing = sorted(n for n in listed if n not in names)
    wrong = sorted(n for n in listed if n in names and n not in ok)
    unexpected = sorted(set(names) - set(listed))
    return {"ok": ok, "missing": missing, "wrong_size": wrong, "unexpected": unexpected}


def write_report(path, result):
    status_of = {}
    for status in result:
        for name in result[status]:
            status_of[name] = status
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.DictWriter(f, fieldnames=["name", "status"])
        writer.writeheader()
        for name in sorted(status_of):
            writer.writerow({"name": name, "status": status_of[name]})


def check_all(root):
    results = {}
    problems = {}
    for folder in Path(root).iterdir():
        if folder.is_dir():
            try:
                result = check_backup(folder)
            except ManifestError as err:
                problems[folder.name] = f"{err}"
            else:
                results[folder.name] = result
    return results, problems
