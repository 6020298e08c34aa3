from requests import request


def fetch_alerts(base_url, host, limit=10):
    return request("GET", f"{base_url}/api/alerts", params=dict(host=host, limit=limit),
                   timeout=5.0).json()
