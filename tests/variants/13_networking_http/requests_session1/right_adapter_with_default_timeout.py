import requests
from requests.adapters import HTTPAdapter

USER_AGENT = "inventory-sync/1.0"


class TimeoutAdapter(HTTPAdapter):
    def send(self, request, **kwargs):
        if kwargs.get("timeout") is None:
            kwargs["timeout"] = 5
        return super().send(request, **kwargs)


class InventoryClient:
    def __init__(self, base_url, token):
        self.base_url = base_url.rstrip("/")
        self.session = requests.Session()
        self.session.mount("http://", TimeoutAdapter())
        self.session.mount("https://", TimeoutAdapter())
        self.session.headers.update(Authorization=f"Bearer {token}", **{"User-Agent": USER_AGENT})

    def hosts(self):
        response = self.session.get(f"{self.base_url}/hosts")
        response.raise_for_status()
        return response.json()

    def host(self, name):
        response = self.session.get(f"{self.base_url}/hosts/{name}")
        response.raise_for_status()
        return response.json()

    def close(self):
        self.session.close()
