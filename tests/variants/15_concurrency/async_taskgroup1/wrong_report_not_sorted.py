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
        failures = [str(err) for err in group.exceptions]
    if failures:
        return "failed", failures
    return "ok", results


