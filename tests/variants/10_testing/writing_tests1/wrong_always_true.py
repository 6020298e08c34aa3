"""Writing test cases: the usual case, the edge cases, the boundaries."""


def chunk(items, size):
    """Split a list into lists of `size` items; the last one may be shorter."""
    return [items[i:i + size] for i in range(0, len(items), size)]


def test_chunk_works():
    chunk([1, 2, 3, 4, 5], 2)
    assert True
