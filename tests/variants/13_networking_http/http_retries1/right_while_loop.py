import time

import requests


def backoff_delays(base, attempts):
    return [base * (2 ** i) for i in range(max(attempts - 1, 0))]


def fetch_with_retries(url, attempts=3, backoff=0.001):
    delays = iter(backoff_delays(backoff, attempts))
    while True:
        response = requests.get(url, timeout=2)
        if response.status_code < 500:
            response.raise_for_status()
            return response.json()
        delay = next(delays, None)
        if delay is None:
            response.raise_for_status()
        time.sleep(delay)
