"""API-based automation: reading an inventory from NetBox's REST API.

NetBox (the "source of truth" many network teams keep their devices in) answers
GET /api/dcim/devices/?site=ams with one page at a time:
    {"count": 120, "next": "<URL of the next page, or null>", "previous": ..., "results": [...]}
It wants the API token in a header, `Authorization: Token <token>`: a token in the URL would
end up in every proxy and server log. `site_devices` must return the names of ALL devices of
a site, in the order NetBox lists them.
"""
import requests

TIMEOUT = 5


def netbox_session(token: str) -> requests.Session:
    """A Session that authenticates every request it sends to NetBox."""
    session = requests.Session()
    session.headers["Accept"] = "application/json"
    session.headers["Authorization"] = f"Token {token}"
    return session


def site_devices(session: requests.Session, base_url: str, site: str) -> list[str]:
    """The names of every device of `site`."""
    names = []
    url = f"{base_url}/api/dcim/devices/"
    params = {"site": site, "limit": 50}
    while url:
        response = session.get(url, params=params, timeout=TIMEOUT)
        response.raise_for_status()
        page = response.json()
        names.extend(device["name"] for device in page["results"])
        url = None
    return names
