import cProfile
import pstats


def record_key(record):
    return record["host"].lower(), record["path"]


def dedupe(records):
    first = {}
    for record in records:
        first.setdefault(record_key(record), record)
    return list(first.values())


def call_counts(func, *args):
    with cProfile.Profile() as profiler:
        func(*args)
    profile = pstats.Stats(profiler).get_stats_profile()
    return {
        name: int(fp.ncalls.split("/")[0])
        for name, fp in profile.func_profiles.items()
    }
