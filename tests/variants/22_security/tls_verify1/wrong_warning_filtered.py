"""Secure coding principles: keep TLS certificate checks on.

The inventory service uses a certificate signed by your company's own certificate authority
(CA), which isn't in the default trust store. Someone silenced the resulting SSL error with
`verify=False` and switched off the warning about it. Now any machine between you and the
service can pretend to be it, and collect the API token. Keep verification on and trust the
company CA: `verify=` also takes the path of a CA bundle file. And don't silence urllib3's
InsecureRequestWarning: it is there to tell you when verification is off.
"""
from pathlib import Path

import warnings

import requests
import urllib3


def fetch_devices(base_url: str, token: str, ca_bundle: Path) -> list[dict]:
    """GET base_url/devices with the bearer token, trusting the CA in `ca_bundle`."""
    warnings.simplefilter("ignore", urllib3.exceptions.InsecureRequestWarning)
    response = requests.get(
        f"{base_url}/devices",
        headers={"Authorization": f"Bearer {token}"},
        verify=ca_bundle,
        timeout=5,
    )
    response.raise_for_status()
    return response.json()


