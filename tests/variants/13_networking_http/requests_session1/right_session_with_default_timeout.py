import requests

USER_AGENT = "inventory-sync/1.0"


class TimeoutSession(requests.Session):
    """A Session that gives every request a timeout unless the call sets one."""

    def __init__(self, timeout):
        super().__init__()
        self.default_timeout = timeout

    def request(self, method, url, **kwargs):
        kwargs.setdefault("timeout", self.default_timeout)
        return super().request(method, url, **kwargs)


class InventoryClient:
    def __init__(self, base_url, token):
        self.base_url = base_url.rstrip("/")
        self.session = TimeoutSession(timeout=(3.05, 10))
        self.session.headers["Authorization"] = f"Bearer {token}"
        self.session.headers["User-Agent"] = USER_AGENT

    def _get(self, path):
        response = self.session.get(self.base_url + path)
        response.raise_for_status()
        return response.json()

    def hosts(self):
        return self._get("/hosts")

    def host(self, name):
        return self._get(f"/hosts/{name}")

    def close(self):
        self.session.close()
