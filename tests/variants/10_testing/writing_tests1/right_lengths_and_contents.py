"""Writing test cases: the usual case, the edge cases, the boundaries."""


def chunk(items, size):
    """Split a list into lists of `size` items; the last one may be shorter."""
    return [items[i:i + size] for i in range(0, len(items), size)]


def test_items_that_divide_evenly():
    assert chunk([1, 2, 3, 4], 2) == [[1, 2], [3, 4]]


def test_last_chunk_holds_the_rest():
    result = chunk(list("abcdefg"), 3)
    assert len(result) == 3
    assert result[-1] == ["g"]


def test_nothing_in_nothing_out():
    assert not chunk([], 2)


def test_one_chunk_when_size_is_big():
    result = chunk(["x", "y", "z"], 10)
    assert result == [["x", "y", "z"]]
