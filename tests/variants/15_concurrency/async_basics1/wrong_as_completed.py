import asyncio


async def check_host(name):
    await asyncio.sleep(0.01)
    return name, "ok"


async def check_all(names, check=check_host):
    results = []
    for next_done in asyncio.as_completed([check(name) for name in names]):
        results.append(await next_done)
    return results


def run_checks(names):
    return asyncio.run(check_all(names))
