"""
Quiz: chapters 00 to 02.

A small tool for whoever looks after a server. You type its disks, one per
line, as three words:
    NAME USED SIZE          in GB, for example:  root 45 50
and an empty line when you are done (a line of only spaces counts as empty).
For each disk the tool prints one line: the name left-aligned in 10
characters, the use as a percentage without decimals right-aligned in 5
characters, a space, and a status:
    root        90% CRITICAL
The status is "CRITICAL" at 90 % or more, "WARNING" at 75 % or more, and
"ok" below that. The sizes may have decimals (9.5), and extra spaces between
or around the words don't matter.

A line that doesn't have exactly three words is not a disk: print "Skipped: "
followed by the line, and go on with the next one. At the end, print the
summary, which counts only the disks:
    Disks: 3, critical: 1, warning: 1

Write the program under `if __name__ == "__main__":`; the tests type the
lines for it. Try it yourself too: python3 quiz0.py
"""

if __name__ == "__main__":
    disks = 0
    critical = 0
    warning = 0
    # TODO: read lines until an empty one; print a line for each disk, and
    # "Skipped: ..." for each line that is not one
    print(f"Disks: {disks}, critical: {critical}, warning: {warning}")

# --- tests: read them, don't change them ---

import sys


def run_script(answers, monkeypatch, capsys):
    """Run your file as a script; each input() gets the next of the answers, as if typed.
    Give back the lines it prints."""
    answers = list(answers)

    def typed(prompt=""):
        assert answers, "your program asked for more input than the user typed"
        return answers.pop(0)

    from coursekit import learner_source

    monkeypatch.setattr("builtins.input", typed)
    capsys.readouterr()
    code = compile(learner_source(sys.modules[__name__]), __file__, "exec")
    exec(code, {"__name__": "__main__"})
    return capsys.readouterr().out.splitlines()


def test_one_disk(monkeypatch, capsys):
    printed = run_script(["root 45 50", ""], monkeypatch, capsys)
    assert printed == ["root        90% CRITICAL", "Disks: 1, critical: 1, warning: 0"]


def test_each_status_and_its_limits(monkeypatch, capsys):
    lines = ["data 30 40", "logs 12 40", "home 74 100", "tmp 90 100", "var 89 100", ""]
    assert run_script(lines, monkeypatch, capsys) == [
        "data        75% WARNING",
        "logs        30% ok",
        "home        74% ok",
        "tmp         90% CRITICAL",
        "var         89% WARNING",
        "Disks: 5, critical: 1, warning: 2",
    ]


def test_sizes_with_decimals(monkeypatch, capsys):
    printed = run_script(["backup 9.5 10", "media 120 500.0", ""], monkeypatch, capsys)
    assert printed[:2] == ["backup      95% CRITICAL", "media       24% ok"]


def test_extra_spaces_dont_matter(monkeypatch, capsys):
    printed = run_script(["  root   45  50 ", "   "], monkeypatch, capsys)
    assert printed == ["root        90% CRITICAL", "Disks: 1, critical: 1, warning: 0"]


def test_lines_that_are_not_disks_are_skipped(monkeypatch, capsys):
    lines = ["oops", "root 45 50", "srv 1 2 3", "home 74 100", ""]
    assert run_script(lines, monkeypatch, capsys) == [
        "Skipped: oops",
        "root        90% CRITICAL",
        "Skipped: srv 1 2 3",
        "home        74% ok",
        "Disks: 2, critical: 1, warning: 0",
    ]


def test_the_empty_line_ends_the_input(monkeypatch, capsys):
    printed = run_script(["", "root 45 50"], monkeypatch, capsys)
    assert printed == ["Disks: 0, critical: 0, warning: 0"]
