import requests


def _session(token):
    session = requests.Session()
    session.headers.update({"Authorization": "Bearer " + token, "Accept": "application/json"})
    return session


def get_user(base_url, user_id, token):
    with _session(token) as session:
        response = session.get(f"{base_url}/users/{user_id}", timeout=5)
    if response.ok:
        return response.json()
    if response.status_code == 404:
        return None
    raise requests.HTTPError(f"status {response.status_code}", response=response)


def requests_left(base_url, token):
    with _session(token) as session:
        response = session.get(base_url + "/users/1", timeout=5)
    return int(response.headers.get("x-ratelimit-remaining"))
