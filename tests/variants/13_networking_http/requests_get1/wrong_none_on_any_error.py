import requests


def get_user(base_url, user_id, token):
    headers = {"Authorization": f"Bearer {token}"}
    response = requests.get(f"{base_url}/users/{user_id}", headers=headers, timeout=5)
    if not response.ok:
        return None
    return response.json()


def requests_left(base_url, token):
    headers = {"Authorization": f"Bearer {token}"}
    response = requests.get(f"{base_url}/users/1", headers=headers, timeout=5)
    return int(response.headers["X-RateLimit-Remaining"])
