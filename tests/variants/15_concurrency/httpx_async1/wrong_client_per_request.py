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
    async def one(name):
        async with httpx.AsyncClient(base_url=base_url, transport=transport) as client:
            return await fetch_version(client, name)

    versions = await asyncio.gather(*(one(name) for name in services))
    return dict(zip(services, versions))


