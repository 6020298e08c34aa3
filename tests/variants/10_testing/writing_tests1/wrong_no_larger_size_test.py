"""Writing test cases: the usual case, the edge cases, the boundaries."""


def chunk(items, size):
    """Split a list into lists of `size` items; the last one may be shorter."""
    return [items[i:i + size] for i in range(0, len(items), size)]


def test_items_that_divide_evenly():
    assert chunk([1, 2, 3, 4], 2) == [[1, 2], [3, 4]]


def test_leftover_items_form_a_shorter_last_chunk():
    assert chunk([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]


def test_empty_list_gives_no_chunks():
    assert chunk([], 3) == []
