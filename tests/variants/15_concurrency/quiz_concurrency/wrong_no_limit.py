"""Quiz: a concurrent health checker (chapters 5, 12, 13, 14 and 15).

The operations team wants one command that checks all their services at once:

    python quiz_concurrency.py TARGETS_FILE [--limit N] [--timeout SECONDS]

TARGETS_FILE holds one base URL per line; blank lines and lines starting with
"#" are skipped. Write the four functions below.
1. `read_targets(path)` returns the URLs of the file, in file order.
2. `check(client, url, timeout)` GETs {url}/health with the httpx.AsyncClient
   `client`, waiting at most `timeout` seconds, and returns "up" for a 2xx
   answer, "timeout" when the service is too slow, and "down" for any other
   answer or when nothing answers at all. It never raises.
3. `check_all(urls, limit, timeout)` checks every URL through ONE
   httpx.AsyncClient, all at the same time but never more than `limit` at
   once, and returns {url: status} in the order of `urls`.
4. `main(argv=None)` parses the command line with argparse (--limit: an int,
   default 10; --timeout: a float, default 2.0), prints "STATUS URL" for each
   target in file order, and returns 0 when every target is up, 1 otherwise.
   A TARGETS_FILE that can't be read: a message on stderr and exit code 2.
"""
import argparse
import asyncio
import sys

import httpx


def read_targets(path):
    with open(path, encoding="utf-8") as f:
        lines = [line.strip() for line in f]
    return [line for line in lines if line and not line.startswith("#")]


async def check(client, url, timeout):
    try:
        response = await client.get(f"{url}/health", timeout=timeout)
    except httpx.TimeoutException:
        return "timeout"
    except httpx.HTTPError:
        return "down"
    return "up" if response.is_success else "down"


async def check_all(urls, limit, timeout):
    semaphore = asyncio.Semaphore(limit)
    async with httpx.AsyncClient() as client:

        async def one(url):
            return await check(client, url, timeout)

        statuses = await asyncio.gather(*(one(url) for url in urls))
    return dict(zip(urls, statuses))


def main(argv=None):
    parser = argparse.ArgumentParser(prog="healthcheck")
    parser.add_argument("targets", help="file with one base URL per line")
    parser.add_argument("--limit", type=int, default=10, help="checks at once (default 10)")
    parser.add_argument("--timeout", type=float, default=2.0, help="seconds (default 2)")
    args = parser.parse_args(argv)
    try:
        urls = read_targets(args.targets)
    except OSError as err:
        print(f"healthcheck: {err}", file=sys.stderr)
        return 2
    statuses = asyncio.run(check_all(urls, args.limit, args.timeout))
    for url, status in statuses.items():
        print(status, url)
    return 0 if all(status == "up" for status in statuses.values()) else 1


if __name__ == "__main__":
    sys.exit(main())


