import requests


def get_user(base_url, user_id, token):
    headers = {"Authorization": f"Bearer {token}"}
    response = requests.get(f"{base_url}/users/{user_id}", headers=headers, timeout=5)
    if response.status_code == 404:
        return None
    response.raise_for_status()
    return response.json()


def requests_left(base_url, token):
    headers = {"Authorization": f"Bearer {token}"}
    response = requests.get(f"{base_url}/users/1", headers=headers, timeout=5)
    return response.headers["X-RateLimit-Remaining"]
