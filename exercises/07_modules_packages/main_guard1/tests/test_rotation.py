import importlib
import runpy
import sys
from pathlib import Path

SCRIPT = Path(__file__).parent.parent / "rotation.py"


def fresh_import():
    sys.modules.pop("rotation", None)
    return importlib.import_module("rotation")


def test_importing_prints_nothing(capsys):
    fresh_import()
    assert capsys.readouterr().out == ""


def test_imported_function_works(capsys):
    rotation = fresh_import()
    assert rotation.stale_backups(["c", "a", "b"], keep=1) == ["a", "b"]
    assert rotation.stale_backups(["a"], keep=2) == []


def test_running_as_script_prints_the_plan(capsys):
    runpy.run_path(str(SCRIPT), run_name="__main__")
    assert capsys.readouterr().out == (
        "Rotation plan:\n"
        "  delete 2024-03-01-db.tar.gz\n"
        "  delete 2024-03-02-db.tar.gz\n"
    )
