import time

import requests


def backoff_delays(base, attempts):
    return [base * n for n in range(1, attempts)]


def fetch_with_retries(url, attempts=3, backoff=0.001):
    delays = backoff_delays(backoff, attempts)
    for attempt in range(attempts):
        response = requests.get(url, timeout=2)
        if response.status_code >= 500 and attempt < attempts - 1:
            time.sleep(delays[attempt])
            continue
        response.raise_for_status()
        return response.json()
