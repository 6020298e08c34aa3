import time


def profile(func):
    start = (time.perf_counter(), time.thread_time())
    func()
    end = (time.perf_counter(), time.thread_time())
    return end[0] - start[0], end[1] - start[1]


def advice(wall, cpu):
    if not wall:
        return "sequential"
    return "processes" if cpu / wall >= 0.5 else "threads or asyncio"
