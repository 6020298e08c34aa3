import requests


def fetch_alerts(base_url, host, limit=10):
    with requests.Session() as session:
        response = session.get(base_url + "/api/alerts", params={"limit": limit, "host": host},
                               timeout=5)
        return response.json()
