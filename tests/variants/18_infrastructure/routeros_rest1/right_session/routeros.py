import requests


def _session(auth):
    session = requests.Session()
    session.auth = auth
    return session


def _as_bool(value):
    return {"true": True, "false": False}[value]


def down_interfaces(base_url, auth):
    with _session(auth) as s:
        r = s.get(base_url + "/rest/interface", timeout=5)
        r.raise_for_status()
        names = []
        for iface in r.json():
            if not _as_bool(iface["running"]) and not _as_bool(iface["disabled"]):
                names.append(iface["name"])
        return names


def add_address(base_url, auth, address, interface):
    with _session(auth) as s:
        r = s.put(base_url + "/rest/ip/address",
                  json={"address": address, "interface": interface}, timeout=5)
        r.raise_for_status()
        return r.json()[".id"]


def remove_address(base_url, auth, address):
    with _session(auth) as s:
        r = s.get(base_url + "/rest/ip/address", timeout=5)
        r.raise_for_status()
        found = False
        for item in r.json():
            if item["address"] == address:
                s.delete(f"{base_url}/rest/ip/address/{item['.id']}", timeout=5).raise_for_status()
                found = True
        return found
