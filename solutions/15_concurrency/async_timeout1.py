"""Timeouts and cancellation in asyncio.

`fetch_or_default(coro, timeout, default=None)` awaits `coro` for at most
`timeout` seconds. If it takes longer, the coroutine is cancelled and `default`
is returned instead. `first_answer(coros)` runs all the coroutines at once (a
race between mirrors), returns the result of the first one to finish, and
cancels the others: nobody should keep working for an answer nobody wants.
"""
import asyncio


async def fetch_or_default(coro, timeout, default=None):
    try:
        return await asyncio.wait_for(coro, timeout)
    except TimeoutError:
        return default


async def first_answer(coros):
    tasks = [asyncio.create_task(coro) for coro in coros]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    return done.pop().result()


# --- tests: read them, don't change them ---
import asyncio


async def answer(value, delay=0):
    await asyncio.sleep(delay)
    return value


class Hanging:
    """A call that never answers; it notes whether it was cancelled."""

    def __init__(self):
        self.cancelled = False

    async def call(self):
        try:
            await asyncio.Event().wait()  # nobody ever sets this event
        except asyncio.CancelledError:
            self.cancelled = True
            raise


async def let_cancellations_run():
    for _ in range(5):
        await asyncio.sleep(0)


def test_fast_answer_is_returned():
    assert asyncio.run(fetch_or_default(answer("pong"), timeout=1)) == "pong"


def test_slow_answer_gives_the_default_and_is_cancelled():
    hanging = Hanging()

    async def scenario():
        result = await fetch_or_default(hanging.call(), timeout=0.02, default="cached")
        await let_cancellations_run()
        return result, hanging.cancelled  # asyncio.run cancels leftovers later

    assert asyncio.run(scenario()) == ("cached", True)


def test_default_default_is_none():
    assert asyncio.run(fetch_or_default(Hanging().call(), timeout=0.02)) is None


def test_first_answer_wins():
    coros = [answer("slow mirror", 0.05), answer("fast mirror", 0), answer("mid mirror", 0.02)]
    assert asyncio.run(first_answer(coros)) == "fast mirror"


def test_losers_are_cancelled():
    a, b = Hanging(), Hanging()

    async def scenario():
        winner = await first_answer([a.call(), answer("mirror-3", 0.01), b.call()])
        await let_cancellations_run()
        return winner, a.cancelled, b.cancelled  # asyncio.run cancels leftovers later

    assert asyncio.run(scenario()) == ("mirror-3", True, True)
