import json
from urllib.parse import urlencode
from urllib.request import urlopen


def fetch_alerts(base_url, host, limit=10):
    query = urlencode({"host": host, "limit": limit})
    with urlopen(f"{base_url}/api/alerts?{query}", timeout=5) as response:
        return json.loads(response.read())
