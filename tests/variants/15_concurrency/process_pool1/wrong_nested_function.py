from concurrent.futures import ProcessPoolExecutor


def parallel_map(func, items, workers=2):
    with ProcessPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(func, items))


def prime_counts(limits):
    def count_primes(limit):
        count = 0
        for n in range(2, limit):
            if all(n % d for d in range(2, int(n**0.5) + 1)):
                count += 1
        return count

    return dict(zip(limits, parallel_map(count_primes, limits)))
