import requests


def backoff_delays(base, attempts):
    return [base * 2**n for n in range(attempts - 1)]


def fetch_with_retries(url, attempts=3, backoff=0.001):
    for attempt in range(attempts):
        response = requests.get(url, timeout=2)
        if response.status_code >= 500 and attempt < attempts - 1:
            continue
        response.raise_for_status()
        return response.json()
