import contextlib
import cProfile
import io
import pstats


def hot_spots(func, *args, sort="cumulative", limit=10):
    with cProfile.Profile() as profiler:
        func(*args)
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        pstats.Stats(profiler).strip_dirs().sort_stats(sort).print_stats(limit)
    return buffer.getvalue()
