import cProfile
import pstats


def record_key(record):
    return record["host"].lower(), record["path"]


def dedupe(records):
    seen = set()
    kept = []
    for record in records:
        key = record_key(record)
        if key not in seen:
            seen.add(key)
            kept.append(record)
    return kept


def call_counts(func, *args):
    profiler = cProfile.Profile()
    profiler.runcall(func, *args)
    return {name: cc for (_, _, name), (cc, *_rest) in pstats.Stats(profiler).stats.items()}
