"""API-based automation: a MikroTik router's REST API with `requests`.

RouterOS v7 exposes its configuration under /rest: GET lists items, PUT creates one, DELETE
/rest/<path>/<.id> removes one, and every value comes back as a string ("true", "1500").
Finish the three functions. Let HTTP errors surface as `requests.HTTPError`, and give every
request a timeout.
"""
import requests

TIMEOUT = 5  # seconds; never call a device without a timeout


def down_interfaces(base_url: str, auth: tuple[str, str]) -> list[str]:
    """Names of the interfaces that are enabled (not disabled) but not running."""
    response = requests.get(f"{base_url}/rest/interface", auth=auth, timeout=TIMEOUT)
    response.raise_for_status()
    return [
        i["name"]
        for i in response.json()
        if i["running"] == "false" and i["disabled"] == "false"
    ]


def add_address(base_url: str, auth: tuple[str, str], address: str, interface: str) -> str:
    """Add an IP address to an interface; return the new item's ".id"."""
    response = requests.put(
        f"{base_url}/rest/ip/address",
        json={"address": address, "interface": interface},
        auth=auth,
        timeout=TIMEOUT,
    )
    response.raise_for_status()
    return response.json()[".id"]


def remove_address(base_url: str, auth: tuple[str, str], address: str) -> bool:
    """Remove `address`; return True if it existed, False if there was nothing to remove."""
    response = requests.get(
        f"{base_url}/rest/ip/address", params={"address": address}, auth=auth, timeout=TIMEOUT
    )
    response.raise_for_status()
    matches = response.json()
    for item in matches:
        deleted = requests.delete(
            f"{base_url}/rest/ip/address/{item['.id']}", auth=auth, timeout=TIMEOUT
        )
        deleted.raise_for_status()
    return bool(matches)
