"""Coroutines: async def, await, asyncio.gather and asyncio.run.

`check_host(name)` pretends to check a host over the network: it awaits a short
asyncio.sleep and returns (name, "ok"). `check_all(names, check)` must run
`check(name)` for every name AT THE SAME TIME and return the results in the
order of `names`. `run_checks(names)` is for ordinary code: it starts an event
loop, runs check_all(names) in it and returns the list.
"""
import asyncio


async def check_host(name):
    await asyncio.sleep(0.01)
    return name, "ok"


async def check_all(names, check=check_host):
    return list(await asyncio.gather(*(check(name) for name in names)))


def run_checks(names):
    return asyncio.run(check_all(names))


# --- tests: read them, don't change them ---
import asyncio


class Probe:
    """A fake check that records how many checks were running at once."""

    def __init__(self, delays=None):
        self.delays = delays or {}
        self.running = 0
        self.most = 0

    async def check(self, name):
        self.running += 1
        self.most = max(self.most, self.running)
        await asyncio.sleep(self.delays.get(name, 0.01))
        self.running -= 1
        return name, "checked"


def test_run_checks_returns_the_results():
    assert run_checks(["web1", "db1"]) == [("web1", "ok"), ("db1", "ok")]


def test_no_hosts():
    assert run_checks([]) == []


def test_checks_run_at_the_same_time():
    probe = Probe()
    names = [f"host{n}" for n in range(10)]
    results = asyncio.run(check_all(names, probe.check))
    assert results == [(name, "checked") for name in names]
    assert probe.most == 10


def test_results_keep_the_order_of_names():
    # The first name finishes last, the last first.
    names = ["slow", "medium", "fast", "faster", "fastest", "instant"]
    probe = Probe({name: 0.005 * (len(names) - n) for n, name in enumerate(names)})
    results = asyncio.run(check_all(names, probe.check))
    assert results == [(name, "checked") for name in names]
