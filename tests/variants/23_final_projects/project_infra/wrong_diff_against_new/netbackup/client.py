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
        try:
            response = self.session.get(url, timeout=self.timeout)
            response.raise_for_status()
            return response.json()["config"]
        except requests.RequestException as error:
            raise FetchError(f"{device_name}: {error}") from error
        except (ValueError, KeyError, TypeError) as error:
            raise FetchError(f"{device_name}: unexpected answer: {error}") from error
