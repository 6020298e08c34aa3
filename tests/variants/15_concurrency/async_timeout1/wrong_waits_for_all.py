import asyncio


async def fetch_or_default(coro, timeout, default=None):
    try:
        return await asyncio.wait_for(coro, timeout)
    except TimeoutError:
        return default


async def first_answer(coros):
    results = await asyncio.gather(*(fetch_or_default(c, 0.1) for c in coros))
    return next(r for r in results if r is not None)
