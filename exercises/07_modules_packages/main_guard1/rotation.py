"""Make a file work both as a module and as a script: `if __name__ == "__main__":`.

`stale_backups(names, keep)` returns the backups to delete: every name except the `keep` newest
(names sort oldest first, as they start with a date). Run as a script, the file prints a demo
plan. But other programs import this file to use stale_backups, and importing it must print
nothing: code at the top level runs on every import.
"""

DEMO_BACKUPS = [
    "2024-03-01-db.tar.gz",
    "2024-03-04-db.tar.gz",
    "2024-03-02-db.tar.gz",
    "2024-03-03-db.tar.gz",
]


def stale_backups(names, keep=2):
    ordered = sorted(names)
    return ordered[: max(len(ordered) - keep, 0)]


# TODO: this demo runs on import too; run it only when the file is executed as a script
print("Rotation plan:")
for name in stale_backups(DEMO_BACKUPS):
    print(f"  delete {name}")
