"""Unpacking: take a sequence apart in one assignment.

`host, port = address` gives each item of a sequence its own name. A starred
name collects everything left over, as a list: `first, *rest = items`. And
the right-hand side is worked out completely before anything is assigned,
which is why `a, b = b, a` swaps two values. Fix the two functions.
"""


def parse_command(line):
    """Split a command line such as "copy a.txt b.txt backup/".

    The first word is the command, the last word is the target, and every
    word in between is a source (there may be none). Return a tuple
    (command, sources, target) with the sources as a list.
    """
    words = line.split()
    # TODO: this only works with exactly one source. Unpack `words` with a
    # starred name in the middle instead.
    command = words[0]
    sources = [words[1]]
    target = words[2]
    return command, sources, target


def swap_ends(items):
    """Swap the first and the last item of the list `items`, in place."""
    # TODO: by the second line, the first item is already gone.
    items[0] = items[-1]
    items[-1] = items[0]


# --- tests: read them, don't change them ---


def test_parse_command_with_one_source():
    assert parse_command("copy a.txt backup/") == ("copy", ["a.txt"], "backup/")


def test_parse_command_with_three_sources():
    assert parse_command("copy a.txt b.txt c.txt backup/") == (
        "copy", ["a.txt", "b.txt", "c.txt"], "backup/")


def test_parse_command_without_sources():
    assert parse_command("mkdir backup/") == ("mkdir", [], "backup/")


def test_swap_ends_of_a_longer_list():
    items = ["web1", "web2", "web3", "db1"]
    swap_ends(items)
    assert items == ["db1", "web2", "web3", "web1"]


def test_swap_ends_of_two_items():
    items = [2, 1]
    swap_ends(items)
    assert items == [1, 2]


def test_swap_ends_of_one_item():
    items = ["only"]
    swap_ends(items)
    assert items == ["only"]
