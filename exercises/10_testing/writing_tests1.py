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


# TODO: write test_leftover_items_form_a_shorter_last_chunk (try 5 items in twos)


# TODO: write test_empty_list_gives_no_chunks


# TODO: write test_size_larger_than_the_list_gives_one_chunk


# --- tests: read them, don't change them ---
# How your tests are checked: each broken `chunk` below is put in place of the
# real one, then your tests run again. For every one of them at least one of
# your tests must fail, or that bug would slip through.

import inspect
import os
import sys

import pytest

CHECKS_START = inspect.currentframe().f_lineno  # the tests you write are above
TARGET = "chunk"


def chunk_dropping_leftovers(items, size):
    return [items[i:i + size] for i in range(0, len(items) - size + 1, size)]


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
    "a chunk that returns [[]] for an empty list": chunk_with_an_empty_chunk_for_nothing,
    "a chunk that pads the last chunk with None": chunk_padding_the_last_chunk,
    "a chunk that loses everything when no chunk fills up": chunk_losing_a_lone_partial_chunk,
}

THIS_MODULE = sys.modules[__name__]


def _run_your_tests(tmp_path):
    """Run pytest again on the tests you wrote above; count passes and failures."""
    counts = {"passed": 0, "failed": 0}

    class Recorder:
        def pytest_collection_modifyitems(self, items):
            items[:] = [it for it in items if it.location[1] < CHECKS_START]

        def pytest_runtest_logreport(self, report):
            if report.failed:
                counts["failed"] += 1
            elif report.when == "call":
                counts["passed"] += 1

    here = os.path.dirname(os.path.abspath(__file__))
    args = [__file__, "-c", os.devnull, f"--rootdir={here}", f"--confcutdir={here}",
            "-p", "no:terminal", "-p", "no:cacheprovider", f"--basetemp={tmp_path / 'run'}"]
    pytest.main(args, plugins=[Recorder()])
    return counts


def test_your_tests_exist(tmp_path):
    counts = _run_your_tests(tmp_path)
    if counts["passed"] + counts["failed"] == 0:
        pytest.fail("pytest found none of your tests: write functions named test_...")


@pytest.mark.parametrize("bug", BROKEN)
def test_your_tests_catch(bug, monkeypatch, tmp_path):
    monkeypatch.setattr(THIS_MODULE, TARGET, BROKEN[bug])
    counts = _run_your_tests(tmp_path)
    if counts["failed"] == 0:
        pytest.fail(f"your tests did not catch: {bug}")
