"""httpx: the same job as requests, with defaults of its own.

The status API moved from /v1/... to /v2/... and answers every old path with
"308 Permanent Redirect" and a Location header. requests follows redirects by
itself; httpx does NOT, unless you ask it to.
`make_client(base_url, token, transport=None)` returns an httpx.Client with
that base_url, the header "Authorization: Bearer <token>", and redirects
followed (`transport` is for the tests: pass it on to httpx.Client).
`service_status(client, name)` GETs /v1/services/<name> with that client and
returns the JSON body; an error status raises httpx.HTTPStatusError.
"""
import httpx


def make_client(base_url, token, transport=None):
    return httpx.Client(base_url=base_url,
                        headers={"Authorization": f"Bearer {token}"},
                        follow_redirects=True,
                        transport=transport)


def service_status(client, name):
    response = client.get(f"/v1/services/{name}")
    response.raise_for_status()
    return response.json()


# --- tests: read them, don't change them ---
# httpx.MockTransport answers the client's requests with a Python function
# instead of a network server: handy for tests.
import httpx
import pytest

TOKEN = "st-81d4"
STATUS = {"web": {"name": "web", "state": "up"}, "db": {"name": "db", "state": "degraded"}}


def status_api(request):
    if request.url.path.startswith("/v1/"):
        new_path = "/v2/" + request.url.path.removeprefix("/v1/")
        return httpx.Response(308, headers={"Location": new_path})
    if request.headers.get("Authorization") != f"Bearer {TOKEN}":
        return httpx.Response(401, json={"error": "missing or wrong token"})
    name = request.url.path.removeprefix("/v2/services/")
    if name in STATUS:
        return httpx.Response(200, json=STATUS[name])
    return httpx.Response(404, json={"error": f"no service {name}"})


@pytest.fixture
def client():
    with make_client("https://status.example.com", TOKEN,
                     transport=httpx.MockTransport(status_api)) as client:
        yield client


def test_the_client_follows_redirects(client):
    response = client.get("/v1/services/web")
    assert response.status_code == 200, "the client did not follow the 308"
    assert response.url.path == "/v2/services/web"


def test_service_status(client):
    assert service_status(client, "web") == {"name": "web", "state": "up"}
    assert service_status(client, "db") == {"name": "db", "state": "degraded"}


def test_unknown_service_raises(client):
    with pytest.raises(httpx.HTTPStatusError) as info:
        service_status(client, "mail")
    assert info.value.response.status_code == 404


def test_wrong_token_raises():
    with make_client("https://status.example.com", "guess",
                     transport=httpx.MockTransport(status_api)) as client:
        with pytest.raises(httpx.HTTPStatusError) as info:
            service_status(client, "web")
    assert info.value.response.status_code == 401
