from concurrent.futures import ThreadPoolExecutor

import requests


def fetch_one(url):
    response = requests.get(url, timeout=5)
    response.raise_for_status()
    return response.json()


def fetch_all(urls, max_workers=4):
    with ThreadPoolExecutor(max_workers=2) as pool:
        return list(pool.map(fetch_one, urls))
