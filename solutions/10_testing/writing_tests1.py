"""Writing test cases: the usual case, the edge cases, the boundaries.

`chunk` is correct. One test checks the easy case; bugs hide in the others.
Write a test for items that don't divide evenly, one for an empty list, and
one for a size larger than the list.
"""


def chunk(items, size):
    """Split a list into lists of `size` items; the last one may be shorter."""
    return [items[i:i + size] for i in range(0, len(items), size)]


def test_items_that_divide_evenly():
    assert chunk([1, 2, 3, 4], 2) == [[1, 2], [3, 4]]


def test_leftover_items_form_a_shorter_last_chunk():
    assert chunk([1, 2, 3, 4, 5], 2) == [[1, 2], [3, 4], [5]]


def test_empty_list_gives_no_chunks():
    assert chunk([], 3) == []


def test_size_larger_than_the_list_gives_one_chunk():
    assert chunk([1, 2], 5) == [[1, 2]]


# --- tests: read them, don't change them ---
# How your tests are checked: they must pass on the `chunk` above. Then each broken
# `chunk` below is put in its place in turn, and your tests run again: for every one
# of them at least one of your tests must fail, or that bug would slip through.

import sys

import pytest

from coursekit import assert_tests_catch, assert_tests_exist

THIS = sys.modules[__name__]


def chunk_dropping_leftovers(items, size):
    return [items[i:i + size] for i in range(0, len(items) - size + 1, size)]


def chunk_merging_leftovers_into_the_last_chunk(items, size):
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    if len(chunks) > 1 and len(chunks[-1]) < size:
        chunks[-2:] = [chunks[-2] + chunks[-1]]
    return chunks


def chunk_with_an_empty_chunk_for_nothing(items, size):
    if not items:
        return [[]]
    return [items[i:i + size] for i in range(0, len(items), size)]


def chunk_padding_the_last_chunk(items, size):
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    if chunks and len(chunks[-1]) < size:
        chunks[-1] = chunks[-1] + [None] * (size - len(chunks[-1]))
    return chunks


def chunk_losing_a_lone_partial_chunk(items, size):
    chunks, current = [], []
    for item in items:
        current.append(item)
        if len(current) == size:
            chunks.append(current)
            current = []
    if chunks and current:
        chunks.append(current)
    return chunks


BROKEN = {
    "a chunk that drops the leftover items": chunk_dropping_leftovers,
    "a chunk that adds the leftover items to the chunk before them":
        chunk_merging_leftovers_into_the_last_chunk,
    "a chunk that returns [[]] for an empty list": chunk_with_an_empty_chunk_for_nothing,
    "a chunk that pads the last chunk with None": chunk_padding_the_last_chunk,
    "a chunk that loses everything when no chunk fills up": chunk_losing_a_lone_partial_chunk,
}


def test_your_tests_pass_on_the_correct_code(tmp_path):
    assert_tests_exist(THIS, tmp_path)


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, tmp_path):
    assert_tests_catch(THIS, tmp_path, {(THIS, "chunk"): BROKEN[bug]}, bug)
