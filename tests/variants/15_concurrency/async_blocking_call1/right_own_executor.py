import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor

POOL = ThreadPoolExecutor(max_workers=8)


async def call_blocking(func, *args):
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(POOL, functools.partial(func, *args))


async def ping_all(hosts, ping):
    results = await asyncio.gather(*(call_blocking(ping, host) for host in hosts))
    return dict(zip(hosts, results))
