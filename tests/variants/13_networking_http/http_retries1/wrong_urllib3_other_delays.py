import requests
from requests.adapters import HTTPAdapter
from urllib3.util import Retry


def backoff_delays(base, attempts):
    delays = []
    delay = base
    for _ in range(attempts - 1):
        delays.append(delay)
        delay *= 2
    return delays


def fetch_with_retries(url, attempts=3, backoff=0.001):
    retry = Retry(total=attempts - 1, backoff_factor=backoff,
                  status_forcelist=[500, 502, 503, 504], allowed_methods=["GET"])
    with requests.Session() as session:
        session.mount("http://", HTTPAdapter(max_retries=retry))
        session.mount("https://", HTTPAdapter(max_retries=retry))
        response = session.get(url, timeout=2)
    response.raise_for_status()
    return response.json()
