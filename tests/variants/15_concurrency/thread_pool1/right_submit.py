import concurrent.futures

import requests


def fetch_one(url):
    response = requests.get(url, timeout=5)
    response.raise_for_status()
    return response.json()


def fetch_all(urls, max_workers=4):
    with concurrent.futures.ThreadPoolExecutor(max_workers) as executor:
        futures = [executor.submit(fetch_one, url) for url in urls]
        return [future.result() for future in futures]
