"""API-based automation: Cisco RESTCONF.

IOS XE switches expose their configuration over RESTCONF (RFC 8040), a REST API on top of
YANG data models. An interface lives at
    /restconf/data/ietf-interfaces:interfaces/interface=<name>
RESTCONF is strict about two things:
- the name is ONE path segment, so the "/" in "GigabitEthernet1/0/1" must be percent-encoded;
- it speaks YANG JSON: send and accept the media type "application/yang-data+json", not
  plain "application/json" (the device answers 406 or 415 otherwise).
"""
from urllib.parse import quote

import requests

TIMEOUT = 5
YANG_JSON = "application/yang-data+json"


def interface_url(base_url: str, name: str) -> str:
    key = name
    return f"{base_url}/restconf/data/ietf-interfaces:interfaces/interface={key}"


def get_interface(base_url: str, auth: tuple[str, str], name: str) -> dict:
    """The interface's configuration: {"name": ..., "description": ..., "enabled": ...}."""
    response = requests.get(interface_url(base_url, name), auth=auth,
                            headers={"Accept": YANG_JSON}, timeout=TIMEOUT)
    response.raise_for_status()
    return response.json()["ietf-interfaces:interface"]


def set_description(base_url: str, auth: tuple[str, str], name: str, description: str) -> None:
    """Change only the description of an interface (PATCH merges into what is there)."""
    body = {"ietf-interfaces:interface": {"name": name, "description": description}}
    response = requests.patch(interface_url(base_url, name), json=body, auth=auth,
                              headers={"Content-Type": YANG_JSON}, timeout=TIMEOUT)
    response.raise_for_status()
