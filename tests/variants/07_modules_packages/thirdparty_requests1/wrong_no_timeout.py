import requests


def fetch_alerts(base_url, host, limit=10):
    return requests.get(f"{base_url}/api/alerts", params={"host": host, "limit": limit}).json()
