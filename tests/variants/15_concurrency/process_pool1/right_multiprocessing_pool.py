import multiprocessing


def count_primes(limit):
    sieve = [True] * max(limit, 2)
    sieve[0] = sieve[1] = False
    for n in range(2, int(limit ** 0.5) + 1):
        if sieve[n]:
            sieve[n * n::n] = [False] * len(sieve[n * n::n])
    return sum(sieve[:limit])


def parallel_map(func, items, workers=2):
    with multiprocessing.Pool(processes=workers) as pool:
        return pool.map(func, list(items))


def prime_counts(limits):
    return {limit: count for limit, count in zip(limits, parallel_map(count_primes, limits))}
