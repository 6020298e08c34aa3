"""Syntax errors vs runtime errors, part 1: a syntax error.

Python reads (parses) the whole file before it runs any of it, so one syntax error anywhere
stops everything: not one line of this file runs, and no test can even start. The error names
the file and the line and puts a caret (^) under the spot. Fix the mistakes one at a time:
Python reports only the first one it finds.

`disk_report(disks)` gets a dict mount -> percent used and returns one line per mount, in dict
order: "/var: 93% used, clean up!" when more than 90 percent is used, "/home: 40% used"
otherwise.
"""


def disk_report(disks):
    lines = []
    for mount, used in disks.items():
        if used > 90:
            lines.append(f"{mount}: {used}% used, clean up!")
        else:
            lines.append(f"{mount}: {used}% used")
    return lines


# --- tests: read them, don't change them ---


def test_report_lines_in_dict_order():
    disks = {"/": 71, "/var": 93, "/home": 40}
    assert disk_report(disks) == ["/: 71% used", "/var: 93% used, clean up!", "/home: 40% used"]


def test_other_disks():
    disks = {"/data": 99, "/boot": 12}
    assert disk_report(disks) == ["/data: 99% used, clean up!", "/boot: 12% used"]


def test_exactly_90_percent_is_still_fine():
    assert disk_report({"/srv": 90, "/tmp": 91}) == ["/srv: 90% used", "/tmp: 91% used, clean up!"]


def test_no_disks():
    assert disk_report({}) == []
