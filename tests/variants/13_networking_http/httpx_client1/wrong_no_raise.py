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
    return response.json()


