import threading
import time


class Counter:
    def __init__(self):
        self.value = 0
        self._lock = threading.Lock()

    def increment(self):
        current = self.value
        time.sleep(0)
        with self._lock:
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
