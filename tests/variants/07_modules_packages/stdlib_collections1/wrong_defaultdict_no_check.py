from collections import Counter, defaultdict


def top_hosts(requests, n):
    return Counter(host for host, _ in requests).most_common(n)


def errors_by_host(requests):
    errors = defaultdict(list)
    for host, status in requests:
        if status >= 500:
            errors[host].append(status)
        else:
            errors[host]
    return errors
