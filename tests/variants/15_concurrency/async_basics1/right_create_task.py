import asyncio


async def check_host(name):
    await asyncio.sleep(0.01)
    return name, "ok"


async def check_all(names, check=check_host):
    tasks = [asyncio.create_task(check(name)) for name in names]
    results = []
    for task in tasks:
        results.append(await task)
    return results


def run_checks(names):
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(check_all(names))
    finally:
        loop.close()
