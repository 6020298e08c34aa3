"""asyncio.TaskGroup: tasks that start together and end together.

`deploy(hosts, push)` pushes a release to every host at the same time and
returns {host: push's result}. Use an asyncio.TaskGroup: when one push fails,
the group cancels the pushes still running, waits for them, and raises an
ExceptionGroup that holds every error. With gather, the other pushes would
go on running in the background after the error, and nobody would wait for
them.
`deploy_report(hosts, push)` runs deploy and returns ("ok", results) when all
worked, or ("failed", the sorted list of the messages (str) of the
ConnectionErrors in the group). An ExceptionGroup is not a ConnectionError:
catch the ConnectionErrors inside it with `except*`. Other errors go on up.
"""
import asyncio


async def deploy(hosts, push):
    async with asyncio.TaskGroup() as group:
        tasks = {host: group.create_task(push(host)) for host in hosts}
    return {host: task.result() for host, task in tasks.items()}


async def deploy_report(hosts, push):
    failures = []
    try:
        results = await deploy(hosts, push)
    except* ConnectionError as group:
        failures = sorted(str(err) for err in group.exceptions)
    if failures:
        return "failed", failures
    return "ok", results


# --- tests: read them, don't change them ---
import asyncio

import pytest


class Hosts:
    """A fake `push`: most hosts answer, "db1" and "db2" refuse the
    connection, "stuck" never answers (it notes when it is cancelled), and
    "odd" fails with an error that is not a ConnectionError."""

    def __init__(self):
        self.cancelled = []

    async def push(self, host):
        if host == "stuck":
            try:
                await asyncio.Event().wait()
            except asyncio.CancelledError:
                self.cancelled.append(host)
                raise
        if host in ("db1", "db2"):
            raise ConnectionError(f"{host}: connection refused")
        if host == "odd":
            raise ValueError("unexpected answer")
        await asyncio.sleep(0.01)
        return f"{host} on v2.4"


def run(coroutine_function, hosts):
    fake = Hosts()

    async def scenario():
        return await coroutine_function(hosts, fake.push)

    return asyncio.run(scenario()), fake


def test_all_hosts_deployed():
    result, _ = run(deploy, ["web1", "web2", "cache1"])
    assert result == {"web1": "web1 on v2.4", "web2": "web2 on v2.4", "cache1": "cache1 on v2.4"}


def test_a_failure_raises_an_exception_group():
    with pytest.raises(ExceptionGroup) as info:
        run(deploy, ["web1", "db1", "web2"])
    assert [str(e) for e in info.value.exceptions] == ["db1: connection refused"]


def test_a_failure_cancels_the_pushes_still_running():
    fake = Hosts()

    async def scenario():
        try:
            await asyncio.wait_for(deploy(["stuck", "db1"], fake.push), timeout=0.5)
        except TimeoutError:
            return "deploy never returned: it waited for the stuck push"
        except (ConnectionError, ExceptionGroup):
            pass
        return list(fake.cancelled)  # a copy, taken before asyncio.run cleans up

    assert asyncio.run(scenario()) == ["stuck"], "the stuck push was not cancelled"


def test_report_ok():
    assert run(deploy_report, ["web1", "web2"])[0] == (
        "ok", {"web1": "web1 on v2.4", "web2": "web2 on v2.4"})


def test_report_names_every_failure():
    assert run(deploy_report, ["db2", "web1", "db1"])[0] == (
        "failed", ["db1: connection refused", "db2: connection refused"])


def test_other_errors_go_on_up():
    with pytest.raises(Exception) as info:
        run(deploy_report, ["web1", "odd"])
    error = info.value
    inner = error.exceptions if isinstance(error, ExceptionGroup) else [error]
    assert [type(e) for e in inner] == [ValueError]
