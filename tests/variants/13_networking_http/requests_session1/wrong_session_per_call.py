import requests

USER_AGENT = "inventory-sync/1.0"


class InventoryClient:
    def __init__(self, base_url, token):
        self.base_url = base_url.rstrip("/")
        self.headers = {"Authorization": f"Bearer {token}", "User-Agent": USER_AGENT}

    def get(self, path):
        with requests.Session() as session:
            response = session.get(self.base_url + path, headers=self.headers, timeout=5)
            response.raise_for_status()
            return response.json()

    def hosts(self):
        return self.get("/hosts")

    def host(self, name):
        return self.get(f"/hosts/{name}")

    def close(self):
        pass
