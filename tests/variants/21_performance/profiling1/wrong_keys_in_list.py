import cProfile
import pstats


def record_key(record):
    return record["host"].lower(), record["path"]


def dedupe(records):
    kept = []
    for record in records:
        # still rebuilds the key of the new record for every kept one
        if not any(record_key(record) == record_key(other) for other in kept[-1:]) and \
                record_key(record) not in [record_key(k) for k in kept]:
            kept.append(record)
    return kept


def call_counts(func, *args):
    profiler = cProfile.Profile()
    profiler.runcall(func, *args)
    counts = {}
    for (_, _, name), (cc, nc, *_rest) in pstats.Stats(profiler).stats.items():
        counts[name] = counts.get(name, 0) + nc
    return counts
