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
            async with semaphore:
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


# --- tests: read them, don't change them ---
# A service farm runs on 127.0.0.1 in a thread:
#   /up/<name>/health      200        /down/<name>/health   503
#   /stuck/health          answers 200 only when the client is still waiting
#                          0.6 seconds later (far too late)
#   /gated/<name>/health   200, but only once `limit` requests are waiting at
#                          the same time (it also notes when there are MORE)
#                          or, when they never all come, after 0.5 seconds
import asyncio
import select
import socket
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import httpx
import pytest


class FarmHandler(BaseHTTPRequestHandler):
    def log_message(self, *args):  # keep the test output quiet
        pass

    def answer(self, status):
        body = b'{"status": "ok"}' if status == 200 else b'{"status": "bad"}'
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        farm = self.server
        if self.path == "/stuck/health":
            # a client that gives up closes the connection: then there is no one to answer
            ready, _, _ = select.select([self.connection], [], [], 0.6)
            if not ready:
                self.answer(200)
            return
        if self.path.startswith("/gated/"):
            with farm.changed:
                farm.waiting += 1
                farm.most = max(farm.most, farm.waiting)
                farm.changed.notify_all()
                if not farm.gave_up:  # once they did not come together, never wait again
                    farm.gave_up = not farm.changed.wait_for(
                        lambda: farm.waiting >= farm.gate, timeout=0.5)
                if not farm.gave_up:
                    farm.changed.wait_for(lambda: farm.waiting > farm.gate, timeout=0.05)
                farm.waiting -= 1
            return self.answer(200)
        self.answer(200 if self.path.startswith("/up/") else 503)


@pytest.fixture
def farm(monkeypatch):
    for name in ("no_proxy", "NO_PROXY"):  # never send these requests through a proxy
        monkeypatch.setenv(name, "127.0.0.1")
    server = ThreadingHTTPServer(("127.0.0.1", 0), FarmHandler)
    server.changed = threading.Condition()
    server.waiting = server.most = 0
    server.gate = 1
    server.gave_up = False
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.01})
    thread.start()
    server.url = f"http://127.0.0.1:{server.server_port}"
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture
def closed_url():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


@pytest.fixture
def clients(monkeypatch):
    made = []

    class ClientSpy(httpx.AsyncClient):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            made.append(self)

    monkeypatch.setattr(httpx, "AsyncClient", ClientSpy)
    module = sys.modules[__name__]
    if getattr(module, "AsyncClient", None) is not None:
        monkeypatch.setattr(module, "AsyncClient", ClientSpy)
    return made


def write_targets(tmp_path, lines):
    path = tmp_path / "targets.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_1_read_targets(tmp_path):
    path = write_targets(tmp_path, ["# web tier", "http://web2:8080", "", "http://web1:8080",
                                    "  ", "#http://old:8080", "http://db1:5000"])
    assert read_targets(path) == ["http://web2:8080", "http://web1:8080", "http://db1:5000"]


def run_checks(urls, timeout=2.0):
    async def scenario():
        async with httpx.AsyncClient() as client:
            return [await check(client, url, timeout) for url in urls]
    return asyncio.run(scenario())


def test_2_check(farm, closed_url):
    urls = [f"{farm.url}/up/web1", f"{farm.url}/down/db1", closed_url]
    assert run_checks(urls) == ["up", "down", "down"]


def test_2_check_times_out(farm):
    assert run_checks([f"{farm.url}/stuck"], timeout=0.1) == ["timeout"]


def test_3_check_all(farm, closed_url):
    urls = [f"{farm.url}/down/db1", f"{farm.url}/up/web1", closed_url, f"{farm.url}/stuck"]
    result = asyncio.run(check_all(urls, limit=10, timeout=0.2))
    assert list(result.items()) == [(urls[0], "down"), (urls[1], "up"),
                                    (urls[2], "down"), (urls[3], "timeout")]


def test_3_all_at_the_same_time(farm):
    farm.gate = 4
    urls = [f"{farm.url}/gated/{n}" for n in range(4)]
    result = asyncio.run(check_all(urls, limit=10, timeout=5))
    assert farm.most == 4, "the checks did not run at the same time"
    assert set(result.values()) == {"up"}


def test_3_never_more_than_limit(farm):
    farm.gate = 3
    urls = [f"{farm.url}/gated/{n}" for n in range(6)]
    asyncio.run(check_all(urls, limit=3, timeout=5))
    assert farm.most == 3, f"{farm.most} checks at once with limit=3"


def test_3_one_client(farm, clients):
    urls = [f"{farm.url}/up/{n}" for n in range(3)]
    asyncio.run(check_all(urls, limit=10, timeout=2))
    assert len(clients) == 1, f"{len(clients)} clients for one run: make one"


def test_4_main_all_up(farm, tmp_path, capsys):
    urls = [f"{farm.url}/up/web1", f"{farm.url}/up/web2"]
    assert main([write_targets(tmp_path, urls)]) == 0
    assert capsys.readouterr().out == f"up {urls[0]}\nup {urls[1]}\n"


def test_4_main_options_and_failures(farm, tmp_path, capsys):
    urls = [f"{farm.url}/stuck", f"{farm.url}/up/web1", f"{farm.url}/down/db1"]
    path = write_targets(tmp_path, urls)
    assert main([path, "--limit", "2", "--timeout", "0.2"]) == 1
    assert capsys.readouterr().out == f"timeout {urls[0]}\nup {urls[1]}\ndown {urls[2]}\n"


def test_4_main_unreadable_file(tmp_path, capsys):
    assert main([str(tmp_path / "missing.txt")]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.strip() != ""


def test_4_main_wrong_option(tmp_path):
    with pytest.raises(SystemExit) as info:
        main([write_targets(tmp_path, []), "--limit", "many"])
    assert info.value.code == 2
