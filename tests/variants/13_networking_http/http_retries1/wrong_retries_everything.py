import time

import requests


def backoff_delays(base, attempts):
    return [base * 2**n for n in range(attempts - 1)]


def fetch_with_retries(url, attempts=3, backoff=0.001):
    delays = backoff_delays(backoff, attempts) + [0]
    for attempt in range(attempts):
        response = requests.get(url, timeout=2)
        if response.ok:
            return response.json()
        time.sleep(delays[attempt])
    response.raise_for_status()
