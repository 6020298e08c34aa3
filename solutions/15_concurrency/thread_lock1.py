"""Threads that share data need a lock.

`Counter.increment()` reads the value, lets other threads run (`time.sleep(0)`
stands in for real work such as logging or I/O), then writes the value plus
one. With several threads, two of them read the same value and both write the
same result: updates get lost. Give each Counter a threading.Lock and hold it
for the whole read-modify-write. `run_threads` starts the threads and waits
for all of them with join().
"""
import threading
import time


class Counter:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def increment(self):
        with self._lock:
            current = self.value
            time.sleep(0)  # another thread may run here
            self.value = current + 1


def run_threads(counter, n_threads, n_each):
    def work():
        for _ in range(n_each):
            counter.increment()

    threads = [threading.Thread(target=work) for _ in range(n_threads)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return counter.value


# --- tests: read them, don't change them ---


def test_one_thread():
    counter = Counter()
    for _ in range(10):
        counter.increment()
    assert counter.value == 10


def test_many_threads_lose_no_update():
    assert run_threads(Counter(), n_threads=8, n_each=200) == 8 * 200


def test_again_and_again():
    results = [run_threads(Counter(), n_threads=4, n_each=100) for _ in range(5)]
    assert results == [400] * 5


def test_counters_are_independent():
    first, second = Counter(), Counter()
    run_threads(first, n_threads=4, n_each=50)
    first.increment()
    assert (first.value, second.value) == (201, 0)
