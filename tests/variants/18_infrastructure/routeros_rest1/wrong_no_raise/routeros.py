import requests


def running_interfaces(base_url, auth):
    response = requests.get(f"{base_url}/rest/interface", auth=auth, timeout=5)
    response.raise_for_status()
    return [i["name"] for i in response.json()
            if i["running"] == "true" and i["disabled"] == "false"]


def add_address(base_url, auth, address, interface):
    response = requests.put(f"{base_url}/rest/ip/address",
                            json={"address": address, "interface": interface}, auth=auth, timeout=5)
    return response.json().get(".id")


def remove_address(base_url, auth, address):
    response = requests.get(f"{base_url}/rest/ip/address", params={"address": address},
                            auth=auth, timeout=5)
    response.raise_for_status()
    matches = response.json()
    for item in matches:
        requests.delete(f"{base_url}/rest/ip/address/{item['.id']}", auth=auth, timeout=5)
    return len(matches) > 0
