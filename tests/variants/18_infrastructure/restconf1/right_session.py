import json

import requests

YANG = "application/yang-data+json"


def _session(auth):
    session = requests.Session()
    session.auth = auth
    session.headers.update({"Accept": YANG, "Content-Type": YANG})
    return session


def interface_url(base_url, name):
    return base_url + "/restconf/data/ietf-interfaces:interfaces/interface=" + name.replace(
        "/", "%2F")


def get_interface(base_url, auth, name):
    with _session(auth) as session:
        response = session.get(interface_url(base_url, name), timeout=5)
        response.raise_for_status()
        return response.json()["ietf-interfaces:interface"]


def set_description(base_url, auth, name, description):
    data = json.dumps({"ietf-interfaces:interface": {"name": name, "description": description}})
    with _session(auth) as session:
        session.patch(interface_url(base_url, name), data=data, timeout=5).raise_for_status()
