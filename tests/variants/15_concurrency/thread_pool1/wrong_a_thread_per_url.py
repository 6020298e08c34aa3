import threading

import requests


def fetch_one(url):
    response = requests.get(url, timeout=5)
    response.raise_for_status()
    return response.json()


def fetch_all(urls, max_workers=4):
    results = [None] * len(urls)

    def work(index, url):
        results[index] = fetch_one(url)

    threads = [threading.Thread(target=work, args=(i, url)) for i, url in enumerate(urls)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results
