"""Syntax errors vs runtime errors, part 1: a syntax error.

Python reads (parses) the whole file before it runs any of it, so one syntax error anywhere
stops everything: not even the first print() below runs. The error names the file and line and
puts a caret under the spot. Fix the mistakes one at a time until the disk report prints.
"""

print("Disk report")

disks = {"/": 71, "/var": 93, "/home": 40}

for mount, used in disks.items():
    if used > 90:
        print(f"{mount}: {used}% used, clean up!")
    else:
        print(f"{mount}: {used}% used")

print("Done")
