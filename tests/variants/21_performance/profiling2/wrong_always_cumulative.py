"""Profiling: a pstats report, sorted the way you need.

A slow nightly job should log where its time went. `hot_spots` runs `func(*args)` under
cProfile and must RETURN the pstats report as text (so the job can log it; nothing may go to
stdout), sorted by `sort` ("cumulative", "tottime", "ncalls", ...) and cut to the first
`limit` rows.
"""
import cProfile
import io
import pstats


def hot_spots(func, *args, sort: str = "cumulative", limit: int = 10) -> str:
    profiler = cProfile.Profile()
    profiler.runcall(func, *args)
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream)
    stats.sort_stats("cumulative").print_stats(limit)
    return stream.getvalue()
