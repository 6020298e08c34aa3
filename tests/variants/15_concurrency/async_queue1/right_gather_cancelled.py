import asyncio


async def worker(queue, fetch, results):
    while True:
        url = await queue.get()
        try:
            results[url] = await fetch(url)
        except Exception as err:
            results[url] = "error: " + str(err)
        queue.task_done()


async def crawl(urls, fetch, workers=3):
    queue = asyncio.Queue()
    for url in urls:
        await queue.put(url)
    results = {}
    tasks = [asyncio.create_task(worker(queue, fetch, results)) for _ in range(workers)]
    await queue.join()
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    return results
