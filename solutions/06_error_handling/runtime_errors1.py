"""Syntax errors vs runtime errors, part 2: a runtime error.

This file is valid Python, so it starts and runs line by line: the per-host lines print, and
then a line fails while running. The last line of the traceback names the exception and the
line above it shows where it happened. Fix that line so the total prints too.
"""

print("Backup sizes")

sizes_mb = {"web01": 120, "db01": 2048, "mail01": 512}
total = 0
for host, size in sizes_mb.items():
    print(f"{host}: {size} MB")
    total += size

print(f"Total: {total} MB")
