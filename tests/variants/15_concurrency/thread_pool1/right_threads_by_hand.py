import threading

import requests


def fetch_one(url):
    response = requests.get(url, timeout=5)
    response.raise_for_status()
    return response.json()


def fetch_all(urls, max_workers=4):
    results = [None] * len(urls)
    pending = list(enumerate(urls))
    lock = threading.Lock()

    def worker():
        while True:
            with lock:
                if not pending:
                    return
                index, url = pending.pop(0)
            results[index] = fetch_one(url)

    threads = [threading.Thread(target=worker) for _ in range(max_workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results
