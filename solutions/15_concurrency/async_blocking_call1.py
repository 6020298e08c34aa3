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
    return await asyncio.to_thread(func, *args)


async def ping_all(hosts, ping):
    results = await asyncio.gather(*(call_blocking(ping, host) for host in hosts))
    return dict(zip(hosts, results))


# --- tests: read them, don't change them ---
# No test looks at the clock. The blocking functions below wait for
# something that can only happen while they run at the same time as the
# rest: with the loop blocked, they give up after half a second and say so.
import asyncio
import threading


def test_returns_the_result():
    assert asyncio.run(call_blocking(divmod, 17, 5)) == (3, 2)


def test_the_loop_keeps_running_during_a_blocking_call():
    ticked = threading.Event()

    def blocking_job():
        return "saw a tick" if ticked.wait(timeout=0.5) else "the loop was blocked"

    async def ticker():
        await asyncio.sleep(0.01)
        ticked.set()

    async def both():
        job = asyncio.create_task(call_blocking(blocking_job))
        await ticker()
        return await job

    assert asyncio.run(both()) == "saw a tick"


def test_ping_all_runs_them_at_the_same_time():
    hosts = ["web1", "web2", "db1"]
    everyone_here = threading.Barrier(len(hosts), timeout=0.5)

    def ping(host):
        try:
            everyone_here.wait()
        except threading.BrokenBarrierError:
            return "ran alone"
        return "pong"

    assert asyncio.run(ping_all(hosts, ping)) == {"web1": "pong", "web2": "pong", "db1": "pong"}


def test_exceptions_come_back_to_the_caller():
    def failing(host):
        raise ConnectionError(f"{host} unreachable")

    async def scenario():
        try:
            await call_blocking(failing, "db1")
        except ConnectionError as err:
            return str(err)

    assert asyncio.run(scenario()) == "db1 unreachable"
