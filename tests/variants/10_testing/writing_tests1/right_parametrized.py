"""Writing test cases: the usual case, the edge cases, the boundaries."""


def chunk(items, size):
    """Split a list into lists of `size` items; the last one may be shorter."""
    return [items[i:i + size] for i in range(0, len(items), size)]


import pytest


@pytest.mark.parametrize(
    "items, size, expected",
    [
        ([1, 2, 3, 4], 2, [[1, 2], [3, 4]]),
        (list("abcde"), 2, [["a", "b"], ["c", "d"], ["e"]]),
        ([], 4, []),
        ([7, 8, 9], 10, [[7, 8, 9]]),
    ],
)
def test_chunk(items, size, expected):
    assert chunk(items, size) == expected
