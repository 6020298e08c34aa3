import threading
import time


class Counter:
    def __init__(self):
        self.value = 0
        self.lock = threading.RLock()

    def increment(self):
        self.lock.acquire()
        try:
            current = self.value
            time.sleep(0)
            self.value = current + 1
        finally:
            self.lock.release()


def run_threads(counter, n_threads, n_each):
    def work():
        for _ in range(n_each):
            counter.increment()

    threads = []
    for _ in range(n_threads):
        thread = threading.Thread(target=work)
        thread.start()
        threads.append(thread)
    for thread in threads:
        thread.join()
    return counter.value
