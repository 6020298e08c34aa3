import time

import requests


def backoff_delays(base, attempts):
    return [base * 2**n for n in range(attempts - 1)]


def fetch_with_retries(url, attempts=3, backoff=0.001):
    for delay in backoff_delays(backoff, attempts) + [0]:
        response = requests.get(url, timeout=2)
        if response.status_code < 500:
            response.raise_for_status()
            return response.json()
        time.sleep(delay)
    response = requests.get(url, timeout=2)
    response.raise_for_status()
    return response.json()
