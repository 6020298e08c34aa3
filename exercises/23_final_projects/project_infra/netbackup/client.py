"""Fetching a device's running configuration from the config service's REST API."""

import requests


class FetchError(Exception):
    """The configuration could not be fetched."""


class ConfigClient:
    """GET {base_url}/api/v1/devices/{name}/config -> {"device": name, "config": "..."}."""

    def __init__(self, base_url: str, token: str, timeout: float = 5.0, session=None):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = session if session is not None else requests.Session()
        self.session.headers["Authorization"] = f"Bearer {token}"

    def fetch_config(self, device_name: str) -> str:
        """The configuration text; FetchError for any failure (network, HTTP status, body)."""
        url = f"{self.base_url}/api/v1/devices/{device_name}/config"
        # TODO (step 2): without a timeout, a hung service hangs the whole run: pass one
        # TODO (step 2): an HTTP error status (401, 404, 500 ...), a failed connection and an
        #       answer that isn't the expected JSON must all become FetchError
        #       (response.raise_for_status(), requests.RequestException)
        response = self.session.get(url)
        return response.json()["config"]
