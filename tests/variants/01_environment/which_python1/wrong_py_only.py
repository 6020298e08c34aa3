"""
When you type a command such as `python3`, your shell looks for a program
of that name in the folders listed in the PATH environment variable, one
folder after the other. "python3: command not found" (or, on Windows, the
Microsoft Store opening) means that no folder on PATH holds it: Python is
not installed, or its folder was not added to PATH (on Windows, the
installer's "Add python.exe to PATH" box).

`shutil.which(name)` searches PATH the same way. It gives back the full
path of the program it finds, such as "/usr/bin/python3", or None when no
folder on PATH holds it.

This script should tell which command starts Python here: "python3" if it
is found, else "py" (the Windows launcher) if that is found, else None.
(`elif`, "else if", is tested only when the conditions above it were
false.) But it treats None as if it were a path, so it always answers
"python3".
Fix the two conditions. The tests run your lines with PATH set to folders
of their own.
"""

import shutil

python3_path = shutil.which("python3")
py_path = shutil.which("py")

# shutil.which() gives None, not "", when the program is not found
if python3_path != "":
    found = "python3"
elif py_path is not None:
    found = "py"
else:
    found = None

print("Start Python with:", found)
