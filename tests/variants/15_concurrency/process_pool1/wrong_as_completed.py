from concurrent.futures import ProcessPoolExecutor, as_completed


def count_primes(limit):
    count = 0
    for n in range(2, limit):
        if all(n % d for d in range(2, int(n**0.5) + 1)):
            count += 1
    return count


def parallel_map(func, items, workers=2):
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(func, item) for item in items]
        return sorted(f.result() for f in as_completed(futures))


def prime_counts(limits):
    return dict(zip(limits, parallel_map(count_primes, limits)))
