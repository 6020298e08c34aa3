"""backupcheck: compare backup folders with their manifests."""
import csv
import json
from pathlib import Path

MANIFEST = "manifest.json"


class ManifestError(Exception):
    """A backup's manifest can't be used. `.path` is the path of the manifest file."""

    def __init__(self, path, problem):
        super().__init__(f"{path}: {problem}")
        self.path = path


def load_manifest(folder):
    """Read folder/manifest.json and return its files as a dict {name: bytes}.

    Raise ManifestError, with the manifest's path, when the manifest is missing, when it is not
    valid JSON, or when it has no "files" key. Chain it to the exception that revealed the
    problem (`raise ... from err`), so the traceback still shows the details.
    """
    path = Path(folder) / MANIFEST
    try:
        with open(path, encoding="utf-8") as f:
            manifest = json.load(f)
        files = manifest["files"]
    except FileNotFoundError as err:
        raise ManifestError(path, "missing") from err
    except json.JSONDecodeError as err:
        raise ManifestError(path, f"not valid JSON ({err})") from err
    except KeyError as err:
        raise ManifestError(path, 'no "files" list') from err
    return {entry["name"]: entry["bytes"] for entry in files}


def check_backup(folder):
    """Compare the files in folder with its manifest.

    Returns {"ok": [...], "missing": [...], "wrong_size": [...], "unexpected": [...]}, each a
    sorted list of file names:
    - ok: listed in the manifest, present, and of the listed size;
    - missing: listed, but not in the folder;
    - wrong_size: listed and present, but of another size;
    - unexpected: files in the folder that the manifest doesn't list (manifest.json itself is
      not one of them; sub-folders are not files and don't count).
    A ManifestError from load_manifest goes on to the caller.
    """
    listed = load_manifest(folder)
    present = {
        path.name: path.stat().st_size
        for path in Path(folder).iterdir()
        if path.is_file() and path.name != MANIFEST
    }
    result = {"ok": [], "missing": [], "wrong_size": [], "unexpected": []}
    for name, size in listed.items():
        if name not in present:
            result["missing"].append(name)
        elif present[name] != size:
            result["wrong_size"].append(name)
        else:
            result["ok"].append(name)
    result["unexpected"] = [name for name in present if name not in listed]
    return {status: sorted(names) for status, names in result.items()}


def write_report(path, result):
    """Save a check_backup() result as a CSV file with the header name,status and one row per
    file, sorted by name, whose status is "ok", "missing", "wrong_size" or "unexpected"."""
    rows = [(name, status) for status, names in result.items() for name in names]
    with open(path, "w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["name", "status"])
        writer.writerows(sorted(rows))


def check_all(root):
    """Check every sub-folder of root; other files in root are ignored.

    Returns (results, problems): results maps each folder's name to its check_backup() result;
    problems maps the name of each folder whose manifest can't be used to the ManifestError's
    message (its str()). One broken manifest doesn't stop the check of the other folders. Any
    other exception is a bug, not a broken backup: it goes on to the caller.
    """
    results, problems = {}, {}
    for folder in sorted(Path(root).iterdir()):
        if not folder.is_dir():
            continue
        try:
            results[folder.name] = check_backup(folder)
        except ManifestError as err:
            problems[folder.name] = "broken"
    return results, problems
