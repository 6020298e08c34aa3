"""Slice assignment: change part of a list in place.

A config file has been read into a list of lines, and other code holds that
same list. Each function below must CHANGE the list it is given, so that
every name for it sees the change.

A slice on the left of `=` replaces that part of the list itself, with as
many new items as you like: `items[1:3] = ["a", "b", "c"]`. `del items[:2]`
removes a part. But `lines = lines[2:]` inside a function only points the
local name `lines` at a new list; the caller's list stays as it was.
"""


def drop_header(lines, count):
    """Remove the first `count` lines."""
    del lines[:count]


def replace_section(lines, start, stop, new_lines):
    """Put the lines of `new_lines` in place of `lines[start:stop]`.

    There may be more or fewer new lines than the ones they replace.
    """
    lines[start:stop] = new_lines


def insert_lines(lines, index, new_lines):
    """Insert the lines of `new_lines` before `lines[index]`, in their order."""
    lines[index:index] = new_lines

# --- tests: read them, don't change them ---


def config():
    return ["# generated", "# do not edit", "port=22", "user=root", "log=info"]


def test_drop_header_changes_the_callers_list():
    lines = config()
    drop_header(lines, 2)
    assert lines == ["port=22", "user=root", "log=info"]


def test_drop_header_of_zero_lines_keeps_everything():
    lines = config()
    drop_header(lines, 0)
    assert lines == config()


def test_replace_section_with_more_lines():
    lines = config()
    replace_section(lines, 2, 3, ["port=2222", "address=0.0.0.0"])
    assert lines == ["# generated", "# do not edit", "port=2222", "address=0.0.0.0",
                     "user=root", "log=info"]


def test_replace_section_with_fewer_lines():
    lines = config()
    replace_section(lines, 2, 4, ["user=admin"])
    assert lines == ["# generated", "# do not edit", "user=admin", "log=info"]


def test_replace_section_with_nothing_removes_it():
    lines = config()
    replace_section(lines, 0, 2, [])
    assert lines == ["port=22", "user=root", "log=info"]


def test_insert_lines_in_the_middle():
    lines = config()
    insert_lines(lines, 3, ["timeout=30", "retries=3"])
    assert lines == ["# generated", "# do not edit", "port=22", "timeout=30", "retries=3",
                     "user=root", "log=info"]


def test_insert_lines_at_the_start():
    lines = config()
    insert_lines(lines, 0, ["# edited by hand"])
    assert lines == ["# edited by hand"] + config()


def test_every_name_for_the_list_sees_the_changes():
    lines = config()
    same_list = lines
    drop_header(lines, 1)
    insert_lines(lines, 1, ["a=1"])
    replace_section(lines, 0, 1, ["b=2"])
    assert same_list is lines
    assert same_list == ["b=2", "a=1", "port=22", "user=root", "log=info"]
