"""Scope and lifetime: closures and nonlocal.

`make_counter(start=0)` must return a new counter function. Each call of a
counter returns the next number: start + 1, start + 2, ... Every counter
counts on its own. The inner function keeps using `count` after
`make_counter` has returned, but it must be allowed to change it.
"""


def make_counter(start=0):
    count = start

    def counter():
        # TODO: let this function change the `count` of make_counter.
        count += 1
        return count

    return counter


# --- tests: read them, don't change them ---


def test_a_counter_counts_up_from_one():
    counter = make_counter()
    assert counter() == 1
    assert counter() == 2
    assert counter() == 3


def test_a_counter_can_start_elsewhere():
    counter = make_counter(10)
    assert counter() == 11
    assert counter() == 12


def test_counters_count_on_their_own():
    apples = make_counter()
    pears = make_counter()
    apples()
    apples()
    assert pears() == 1
    assert apples() == 3
