import asyncio


async def deploy(hosts, push):
    results = {}

    async def one(host):
        results[host] = await push(host)

    async with asyncio.TaskGroup() as group:
        for host in hosts:
            group.create_task(one(host))
    return {host: results[host] for host in hosts}


async def deploy_report(hosts, push):
    try:
        return "ok", await deploy(hosts, push)
    except ExceptionGroup as group:
        refused, rest = group.split(ConnectionError)
        if rest is not None:
            raise rest
        return "failed", sorted(map(str, refused.exceptions))
