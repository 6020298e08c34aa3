import asyncio


async def fetch_or_default(coro, timeout, default=None):
    try:
        async with asyncio.timeout(timeout):
            return await coro
    except TimeoutError:
        return default


async def first_answer(coros):
    tasks = [asyncio.ensure_future(coro) for coro in coros]
    try:
        for next_done in asyncio.as_completed(tasks):
            return await next_done
    finally:
        for task in tasks:
            if not task.done():
                task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
