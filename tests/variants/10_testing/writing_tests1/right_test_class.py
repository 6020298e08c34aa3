"""Writing test cases: the usual case, the edge cases, the boundaries."""


def chunk(items, size):
    """Split a list into lists of `size` items; the last one may be shorter."""
    return [items[i:i + size] for i in range(0, len(items), size)]


class TestChunk:
    def test_even_split(self):
        assert chunk([1, 2, 3, 4], 2) == [[1, 2], [3, 4]]

    def test_uneven_split_keeps_every_item_in_order(self):
        result = chunk(list(range(7)), 3)
        assert result == [[0, 1, 2], [3, 4, 5], [6]]

    def test_empty(self):
        assert chunk([], 1) == []

    def test_one_short_chunk(self):
        assert chunk(["only"], 3) == [["only"]]
