"""asyncio.Queue: a few workers for a long list of jobs.

`crawl(urls, fetch, workers=3)` fetches every URL, at most `workers` at a time,
and returns {url: result}. It puts the URLs on an asyncio.Queue and starts
`workers` worker tasks; each takes a URL, stores `await fetch(url)` (or, when
fetch raises, "error: <message>") and takes the next one. crawl waits with
queue.join() until every URL is done - join counts one task_done() call for
each item taken with get(), also when fetch raised. The workers then wait
forever for more URLs, so crawl cancels them before it returns.
"""
import asyncio


async def worker(queue, fetch, results):
    while True:
        url = await queue.get()
        # TODO: store "error: <message>" when fetch raises, and mark every
        #       item as done (task_done), whatever happened
        results[url] = await fetch(url)


async def crawl(urls, fetch, workers=3):
    queue = asyncio.Queue()
    results = {}
    for url in urls:
        queue.put_nowait(url)
    tasks = [asyncio.create_task(worker(queue, fetch, results)) for _ in range(workers)]
    await queue.join()
    # TODO: the workers are still waiting in queue.get(): cancel them
    return results


# --- tests: read them, don't change them ---
# Each test gives crawl 0.4 seconds (it needs a few milliseconds); when it
# takes longer, crawl is stuck in queue.join().
import asyncio
import gc

import pytest


class Site:
    def __init__(self):
        self.now = 0
        self.most = 0

    async def fetch(self, url):
        self.now += 1
        self.most = max(self.most, self.now)
        try:
            await asyncio.sleep(0.005)
            if url.endswith("/broken"):
                raise ConnectionError("connection reset")
            return f"<html>{url}</html>"
        finally:
            self.now -= 1


def run(urls, workers=3):
    site = Site()

    async def scenario():
        try:
            results = await asyncio.wait_for(crawl(urls, site.fetch, workers), timeout=0.4)
        except TimeoutError:
            pytest.fail("crawl never returned: queue.join() is still waiting for "
                        "task_done() calls", pytrace=False)
        for _ in range(3):
            await asyncio.sleep(0)  # let cancelled tasks finish
        left = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        return results, len(left)

    # A worker that crawl leaves waiting is referenced only by itself: a garbage collection
    # during the scenario would take it out of all_tasks() and hide it.
    gc.disable()
    try:
        results, left = asyncio.run(scenario())
    finally:
        gc.enable()
    return results, left, site


URLS = [f"https://docs.example.com/page/{n}" for n in range(10)]


def test_every_url_is_fetched():
    results, _, _ = run(URLS)
    assert results == {url: f"<html>{url}</html>" for url in URLS}


def test_as_many_fetches_at_a_time_as_workers():
    for workers in (1, 3, 4):
        _, _, site = run(URLS, workers)
        assert site.most == workers, f"{site.most} fetches at once with {workers} workers"


def test_a_failing_fetch_is_recorded():
    urls = [URLS[0], "https://docs.example.com/broken", URLS[1]]
    results, _, _ = run(urls)
    assert results == {URLS[0]: f"<html>{URLS[0]}</html>",
                       "https://docs.example.com/broken": "error: connection reset",
                       URLS[1]: f"<html>{URLS[1]}</html>"}


def test_no_worker_is_left_running():
    _, left, _ = run(URLS)
    assert left == 0, f"{left} worker task(s) still running after crawl returned"


def test_no_urls():
    assert run([])[:2] == ({}, 0)
