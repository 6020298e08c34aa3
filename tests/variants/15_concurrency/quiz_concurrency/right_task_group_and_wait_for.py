import argparse
import asyncio
import sys
from pathlib import Path

import httpx


def read_targets(path):
    targets = []
    for raw in Path(path).read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("#") or not line:
            continue
        targets.append(line)
    return targets


async def check(client, url, timeout):
    try:
        response = await asyncio.wait_for(client.get(url + "/health"), timeout)
        response.raise_for_status()
    except TimeoutError:
        return "timeout"
    except httpx.HTTPError:
        return "down"
    return "up"


async def check_all(urls, limit, timeout):
    seats = asyncio.Semaphore(limit)

    async def guarded(client, url):
        async with seats:
            return await check(client, url, timeout)

    async with httpx.AsyncClient(timeout=None) as client:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(guarded(client, url)) for url in urls]
    return {url: task.result() for url, task in zip(urls, tasks)}


def main(argv=None):
    parser = argparse.ArgumentParser()
    parser.add_argument("targets_file")
    parser.add_argument("--limit", type=int, default=10)
    parser.add_argument("--timeout", type=float, default=2.0)
    args = parser.parse_args(argv)
    try:
        urls = read_targets(args.targets_file)
    except OSError as err:
        sys.stderr.write(f"cannot read {args.targets_file}: {err.strerror}\n")
        return 2
    report = asyncio.run(check_all(urls, args.limit, args.timeout))
    for url in urls:
        print(f"{report[url]} {url}")
    return int(any(status != "up" for status in report.values()))


if __name__ == "__main__":
    sys.exit(main())
