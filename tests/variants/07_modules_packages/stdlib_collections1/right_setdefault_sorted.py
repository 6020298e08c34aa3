def top_hosts(requests, n):
    counts = {}
    for host, _ in requests:
        counts[host] = counts.get(host, 0) + 1
    ranked = sorted(counts.items(), key=lambda item: item[1], reverse=True)
    return ranked[:n]


def errors_by_host(requests):
    errors = {}
    for host, status in requests:
        if status >= 500:
            errors.setdefault(host, []).append(status)
    return errors
