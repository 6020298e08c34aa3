import requests


class FetchError(Exception):
    pass


class ConfigClient:
    def __init__(self, base_url, token, timeout=5.0, session=None):
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.timeout = timeout
        self.session = session or requests.Session()

    def fetch_config(self, device_name):
        url = "%s/api/v1/devices/%s/config" % (self.base_url, device_name)
        try:
            response = self.session.get(
                url, headers={"Authorization": "Bearer " + self.token}, timeout=self.timeout
            )
        except requests.RequestException as exc:
            raise FetchError(str(exc)) from exc
        if not response.ok:
            raise FetchError(f"HTTP {response.status_code} for {device_name}")
        try:
            body = response.json()
        except ValueError as exc:
            raise FetchError("not JSON") from exc
        if not isinstance(body, dict) or not isinstance(body.get("config"), str):
            raise FetchError("no config in answer")
        return body["config"]
