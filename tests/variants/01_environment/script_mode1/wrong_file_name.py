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
goes under `if __name__ == "script_mode1.py":`.

The backup message below should only be printed when this file runs as a
script, never when another file imports it. Fix the comparison. (Run the
file yourself, and look at the first line it prints.)
"""

FOLDER = "reports"

print("__name__ is", __name__)

# Compare __name__ with the value it has when the file runs as a script
if __name__ == "script_mode1.py":
    print("Backing up", FOLDER)
