"""Clean up with a context manager, even when something fails.

`record(counter, lock, key, amount)` adds amount to counter[key] while holding the lock, so that
threads updating the same counter don't step on each other. The lock must be released on every
way out: the code below leaves it locked when the update raises, and the next caller then waits
forever. A failed update still raises its exception (a str amount raises TypeError).
"""


def record(counter, lock, key, amount):
    # TODO: when the update raises, release() never runs; hold the lock with `with lock:`
    lock.acquire()
    counter[key] = counter.get(key, 0) + amount
    lock.release()


# --- tests: read them, don't change them ---
import threading

import pytest


def test_adds_to_the_counter():
    counter, lock = {"web01": 2}, threading.Lock()
    record(counter, lock, "web01", 3)
    record(counter, lock, "db01", 1)
    assert counter == {"web01": 5, "db01": 1}


def test_lock_is_released_after_success():
    lock = threading.Lock()
    record({}, lock, "web01", 1)
    assert lock.locked() is False


def test_failed_update_still_raises():
    with pytest.raises(TypeError):
        record({"web01": 2}, threading.Lock(), "web01", "3")


def test_lock_is_released_after_a_failure():
    counter, lock = {"web01": 2}, threading.Lock()
    with pytest.raises(TypeError):
        record(counter, lock, "web01", "3")
    assert lock.locked() is False
    assert counter == {"web01": 2}


def test_update_happens_while_holding_the_lock():
    lock = threading.Lock()
    seen = []

    class WatchedCounter(dict):
        def __setitem__(self, key, value):
            seen.append(lock.locked())
            super().__setitem__(key, value)

    record(WatchedCounter(), lock, "web01", 1)
    assert seen == [True]
