from collections import Counter, defaultdict


def top_hosts(requests, n):
    counts = Counter(host for host, _ in requests)
    return sorted(counts.items())[:n]


def errors_by_host(requests):
    errors = defaultdict(list)
    for host, status in requests:
        if status >= 500:
            errors[host].append(status)
    return errors
