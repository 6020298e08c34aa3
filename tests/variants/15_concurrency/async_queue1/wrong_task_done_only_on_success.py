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
        try:
            results[url] = await fetch(url)
            queue.task_done()
        except Exception as err:
            results[url] = f"error: {err}"


async def crawl(urls, fetch, workers=3):
    queue = asyncio.Queue()
    results = {}
    for url in urls:
        queue.put_nowait(url)
    tasks = [asyncio.create_task(worker(queue, fetch, results)) for _ in range(workers)]
    await queue.join()
    for task in tasks:
        task.cancel()
    return results


