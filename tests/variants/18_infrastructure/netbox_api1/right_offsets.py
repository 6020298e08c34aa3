import requests


class TokenAuth(requests.auth.AuthBase):
    def __init__(self, token):
        self.token = token

    def __call__(self, request):
        request.headers["Authorization"] = "Token " + self.token
        return request


def netbox_session(token):
    session = requests.Session()
    session.auth = TokenAuth(token)
    return session


def site_devices(session, base_url, site):
    names, offset = [], 0
    while True:
        response = session.get(base_url + "/api/dcim/devices/", timeout=5,
                               params={"site": site, "limit": 50, "offset": offset})
        response.raise_for_status()
        data = response.json()
        names += [d["name"] for d in data["results"]]
        offset += len(data["results"])
        if offset >= data["count"] or not data["results"]:
            return names
