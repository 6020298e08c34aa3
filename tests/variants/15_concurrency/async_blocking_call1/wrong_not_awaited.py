"""A blocking call inside a coroutine stops the whole event loop.

The event loop runs one piece of code at a time and switches to another task
only at an `await`. A BLOCKING call - time.sleep, requests.get, a subprocess,
a big file read - never awaits anything, so while it runs every other task
stands still, however many you started with gather.
`call_blocking(func, *args)` must run a blocking function without blocking the
loop: in a worker thread (asyncio.to_thread does that), awaited, so that it
returns func's result. `ping_all(hosts, ping)` uses it to run the blocking
`ping(host)` for every host at once, and returns {host: result}.
"""
import asyncio


async def call_blocking(func, *args):
    return asyncio.to_thread(func, *args)


async def ping_all(hosts, ping):
    results = await asyncio.gather(*(call_blocking(ping, host) for host in hosts))
    return dict(zip(hosts, results))


