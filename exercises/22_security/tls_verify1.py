"""Secure coding principles: keep TLS certificate checks on.

The inventory service uses a certificate signed by your company's own certificate authority
(CA), which isn't in the default trust store. Someone silenced the resulting SSL error with
`verify=False` and switched off the warning about it. Now any machine between you and the
service can pretend to be it, and collect the API token. Keep verification on and trust the
company CA: `verify=` also takes the path of a CA bundle file. And don't silence urllib3's
InsecureRequestWarning: it is there to tell you when verification is off.
"""
from pathlib import Path

import requests
import urllib3


def fetch_devices(base_url: str, token: str, ca_bundle: Path) -> list[dict]:
    """GET base_url/devices with the bearer token, trusting the CA in `ca_bundle`."""
    # TODO: no disable_warnings, and verify against ca_bundle instead of not at all.
    urllib3.disable_warnings(urllib3.exceptions.InsecureRequestWarning)
    response = requests.get(
        f"{base_url}/devices",
        headers={"Authorization": f"Bearer {token}"},
        verify=False,
        timeout=5,
    )
    response.raise_for_status()
    return response.json()


# --- tests: read them, don't change them ---
import json
import warnings

import pytest
import urllib3

CA = Path("/etc/company/ca.pem")


class FakeServer:
    """Stands in for the network: records what each request would have been sent with."""

    def __init__(self, status=200, body=None):
        self.status, self.body, self.sent = status, body or [], []

    def send(self, request, **kwargs):
        self.sent.append((request, kwargs))
        response = requests.Response()
        response.status_code = self.status
        response._content = json.dumps(self.body).encode()
        response.headers["Content-Type"] = "application/json"
        response.url, response.request = request.url, request
        return response


@pytest.fixture
def server(monkeypatch):
    for name in ("REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):  # the same answer on every machine
        monkeypatch.delenv(name, raising=False)
    server = FakeServer(body=[{"hostname": "sw-ams-01"}])
    monkeypatch.setattr(requests.Session, "send", server.send)
    return server


def test_devices_are_fetched_with_the_token(server):
    assert fetch_devices("https://inventory.corp", "tk_1", CA) == [{"hostname": "sw-ams-01"}]
    request, _ = server.sent[0]
    assert request.url == "https://inventory.corp/devices"
    assert request.headers["Authorization"] == "Bearer tk_1"


def test_the_certificate_is_checked_against_the_company_ca(server):
    fetch_devices("https://inventory.corp", "tk_1", CA)
    _, options = server.sent[0]
    assert options.get("verify") is not False, "verify=False turns the certificate check off"
    assert str(options.get("verify")) == str(CA), "trust the company CA: pass its bundle"


def test_the_warning_is_not_silenced(server, monkeypatch):
    calls = []
    monkeypatch.setattr(urllib3, "disable_warnings", lambda *args: calls.append(args))
    with warnings.catch_warnings():
        fetch_devices("https://inventory.corp", "tk_1", CA)
        silenced = [f for f in warnings.filters
                    if f[0] == "ignore" and issubclass(urllib3.exceptions.InsecureRequestWarning,
                                                       f[2])]
    assert calls == [] and silenced == [], "leave InsecureRequestWarning switched on"


def test_an_error_status_raises(monkeypatch):
    monkeypatch.setattr(requests.Session, "send", FakeServer(status=503).send)
    with pytest.raises(requests.HTTPError):
        fetch_devices("https://inventory.corp", "tk_1", CA)
