import httpx


def make_client(base_url, token, transport=None):
    client = httpx.Client(base_url=base_url, transport=transport, follow_redirects=True)
    client.headers["Authorization"] = "Bearer " + token
    return client


def service_status(client, name):
    response = client.get(f"/v1/services/{name}")
    if response.is_error:
        response.raise_for_status()
    return response.json()
