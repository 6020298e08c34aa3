import asyncio

from httpx import AsyncClient


async def fetch_version(client, name):
    response = await client.get(f"/services/{name}/version")
    response.raise_for_status()
    return response.json()["version"]


async def fetch_versions(base_url, services, transport=None):
    async with AsyncClient(base_url=base_url, transport=transport) as client:
        async with asyncio.TaskGroup() as group:
            tasks = {name: group.create_task(fetch_version(client, name)) for name in services}
    return {name: task.result() for name, task in tasks.items()}
