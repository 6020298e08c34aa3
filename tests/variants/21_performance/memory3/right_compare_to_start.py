import tracemalloc


def measure_peak(func, *args):
    tracemalloc.start()
    try:
        return func(*args), tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def biggest_lines(func, *args, limit=3):
    tracemalloc.start()
    try:
        before = tracemalloc.take_snapshot()
        kept = func(*args)
        after = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    differences = after.compare_to(before, "lineno")
    differences.sort(key=lambda diff: diff.size, reverse=True)
    top = []
    for diff in differences[:limit]:
        frame = diff.traceback[0]
        top.append((frame.filename, frame.lineno, diff.size))
    del kept
    return top
