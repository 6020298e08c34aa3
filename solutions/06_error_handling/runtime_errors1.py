"""Syntax errors vs runtime errors, part 2: a runtime error.

This file is valid Python, so it starts and runs line by line, until a line fails while it
runs: the per-host lines print, and then the total line raises an exception. The last line of
the traceback names the exception and says what went wrong; the lines above it show where.
Fix that line so the total prints too.

`backup_report(sizes_mb)` prints "Backup sizes", one line "host: N MB" per host of a dict
host -> size in MB (in dict order), and then "Total: N MB".
"""


def backup_report(sizes_mb):
    print("Backup sizes")
    total = 0
    for host, size in sizes_mb.items():
        print(f"{host}: {size} MB")
        total += size
    print(f"Total: {total} MB")


# --- tests: read them, don't change them ---


def test_report(capsys):
    backup_report({"web01": 120, "db01": 2048, "mail01": 512})
    assert capsys.readouterr().out == (
        "Backup sizes\n"
        "web01: 120 MB\n"
        "db01: 2048 MB\n"
        "mail01: 512 MB\n"
        "Total: 2680 MB\n"
    )


def test_other_sizes(capsys):
    backup_report({"files01": 7, "git01": 35})
    assert capsys.readouterr().out == "Backup sizes\nfiles01: 7 MB\ngit01: 35 MB\nTotal: 42 MB\n"


def test_no_backups(capsys):
    backup_report({})
    assert capsys.readouterr().out == "Backup sizes\nTotal: 0 MB\n"
