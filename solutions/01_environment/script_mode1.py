"""
There are two ways to run Python. Type `python3` alone (`py` on Windows) and
you get the interactive interpreter, the REPL, with its >>> prompt: each line
runs as soon as you press Enter. Type `python3 script_mode1.py` and Python
runs the whole file as a script, from top to bottom, then stops.

A file can also be imported by another file (`import script_mode1`): its
lines run then too, once, and the other file uses what they defined. The
special variable __name__ tells the two cases apart. When the file runs as
a script, __name__ is "__main__"; when it is imported, __name__ is the
module's name, here "script_mode1". Code that should only run as a script
goes under `if __name__ == "__main__":`.

The backup message below should only be printed when this file runs as a
script, never when another file imports it. Fix the comparison. (Run the
file yourself, and look at the first line it prints.)
"""

FOLDER = "reports"

print("__name__ is", __name__)

# Compare __name__ with the value it has when the file runs as a script
if __name__ == "__main__":
    print("Backing up", FOLDER)

# --- tests: read them, don't change them ---

import sys


def run_as(name, capsys):
    """Run your file again with __name__ set to `name`; give back the lines it prints."""
    from coursekit import learner_source

    capsys.readouterr()
    exec(learner_source(sys.modules[__name__]), {"__name__": name})
    return capsys.readouterr().out.splitlines()


def test_run_as_a_script(capsys):
    printed = run_as("__main__", capsys)
    assert "Backing up reports" in printed, "python3 script_mode1.py must print the backup message"


def test_imported_by_another_file(capsys):
    for module_name in ["script_mode1", "tools.script_mode1"]:
        printed = run_as(module_name, capsys)
        assert "Backing up reports" not in printed, (
            f"imported as {module_name!r}, the file must not start a backup")
