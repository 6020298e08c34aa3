"""Default arguments: the mutable default trap.

`add_tag(tag, tags)` appends `tag` to the list `tags` and returns that list.
Called with a list, it must add to that very list. Called without one, it
must start from a fresh, empty list every time. Right now tags from earlier
calls turn up in later ones.
"""


def add_tag(tag, tags=None):
    if tags is None:
        tags = []
    tags.append(tag)
    return tags


# --- tests: read them, don't change them ---


def test_calls_without_a_list_do_not_share_tags():
    first = add_tag("python")
    second = add_tag("linux")
    assert first == ["python"]
    assert second == ["linux"]


def test_every_call_without_a_list_starts_empty():
    add_tag("a")
    add_tag("b")
    assert add_tag("c") == ["c"]


def test_a_given_list_is_added_to_and_returned():
    mine = ["news"]
    result = add_tag("python", mine)
    assert mine == ["news", "python"]
    assert result is mine


def test_a_given_empty_list_is_added_to():
    mine = []
    add_tag("python", mine)
    assert mine == ["python"]
