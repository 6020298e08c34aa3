import requests


def fetch_alerts(base_url, host, limit=10):
    url = f"{base_url}/api/alerts?host={host}&limit={limit}"
    return requests.get(url, timeout=5).json()
