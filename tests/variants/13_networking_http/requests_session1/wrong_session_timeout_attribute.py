"""One requests.Session for many calls: shared headers, one connection, timeouts.

`InventoryClient(base_url, token)` talks to an inventory API. Every request it
sends must carry the headers "Authorization: Bearer <token>" and
"User-Agent: inventory-sync/1.0", and must have a timeout: a stuck server must
not hang the nightly sync. `hosts()` GETs /hosts and `host(name)` GETs
/hosts/<name>; both return the JSON body and raise requests.HTTPError for an
error status. Use ONE requests.Session per client: it sends the headers you set
on it with every request, and it keeps the connection open for the next call
instead of opening a new one each time. `close()` closes the session.
"""
import requests

USER_AGENT = "inventory-sync/1.0"


class InventoryClient:
    def __init__(self, base_url, token):
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.session = requests.Session()
        self.session.headers.update({"Authorization": f"Bearer {token}",
                                     "User-Agent": USER_AGENT})
        self.session.timeout = 5

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


