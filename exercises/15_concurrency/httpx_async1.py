"""httpx.AsyncClient: many HTTP requests at once, from one event loop.

`fetch_versions(base_url, services, transport=None)` asks every service for
its version - GET {base_url}/services/<name>/version, whose JSON body has a
"version" field - and returns {name: version}. The requests must run AT THE
SAME TIME (await them together, e.g. with asyncio.gather), through ONE
httpx.AsyncClient for all of them, opened with `async with` so that its
connections are closed at the end. An error status raises
httpx.HTTPStatusError. (`transport` is for the tests: pass it on to the client.)
"""
import asyncio

import httpx


async def fetch_version(client, name):
    response = await client.get(f"/services/{name}/version")
    response.raise_for_status()
    return response.json()["version"]


async def fetch_versions(base_url, services, transport=None):
    versions = {}
    # TODO: one client for all the requests, and the requests all at once
    for name in services:
        async with httpx.AsyncClient(base_url=base_url, transport=transport) as client:
            versions[name] = await fetch_version(client, name)
    return versions


# --- tests: read them, don't change them ---
# httpx.MockTransport answers with an async function instead of a server. It
# holds every request until all the expected ones have arrived (or 0.3 seconds
# have passed: then it answers 503 "requests did not overlap").
import asyncio
import sys

import httpx
import pytest

VERSIONS = {"auth": "3.2.0", "billing": "1.9.4", "search": "7.0.1", "mail": "2.2.2"}


class Services:
    def __init__(self, expected):
        self.expected = expected
        self.arrived = 0
        self.all_here = None

    async def handle(self, request):
        if self.all_here is None:
            self.all_here = asyncio.Event()
        self.arrived += 1
        if self.arrived >= self.expected:
            self.all_here.set()
        try:
            await asyncio.wait_for(self.all_here.wait(), timeout=0.3)
        except TimeoutError:
            return httpx.Response(503, extensions={"reason_phrase": b"requests did not overlap"})
        name = request.url.path.split("/")[2]
        if name not in VERSIONS:
            return httpx.Response(404, json={"error": f"no service {name}"})
        return httpx.Response(200, json={"name": name, "version": VERSIONS[name]})


def fetch(services):
    fake = Services(expected=len(services))
    return asyncio.run(fetch_versions("https://status.internal", services,
                                      transport=httpx.MockTransport(fake.handle)))


@pytest.fixture
def clients(monkeypatch):
    """Every httpx.AsyncClient made during the test."""
    made = []

    class ClientSpy(httpx.AsyncClient):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(httpx, "AsyncClient", ClientSpy)
    module = sys.modules[__name__]
    if getattr(module, "AsyncClient", None) is not None:
        monkeypatch.setattr(module, "AsyncClient", ClientSpy)
    return made


def test_all_versions():
    names = ["search", "auth", "billing", "mail"]
    assert fetch(names) == {name: VERSIONS[name] for name in names}


def test_one_client_for_all_requests(clients):
    fetch(["auth", "billing", "search"])
    assert len(clients) == 1, f"{len(clients)} clients for 3 requests: make one"


def test_the_client_is_closed(clients):
    fetch(["auth", "mail"])
    assert clients and all(client.is_closed for client in clients), "close the client"


def test_an_error_status_raises():
    with pytest.raises(Exception) as info:
        fetch(["auth", "payroll"])
    error = info.value
    inner = error.exceptions if isinstance(error, ExceptionGroup) else [error]
    statuses = [e.response.status_code for e in inner if isinstance(e, httpx.HTTPStatusError)]
    assert statuses == [404], f"expected the 404 of payroll, got {error!r}"


def test_no_services():
    assert fetch([]) == {}
