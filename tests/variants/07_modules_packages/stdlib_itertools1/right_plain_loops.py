def batches(hosts, size):
    result, current = [], []
    for host in hosts:
        current.append(host)
        if len(current) == size:
            result.append(current)
            current = []
    if current:
        result.append(current)
    return result


def all_pairs(hosts):
    hosts = list(hosts)
    pairs = []
    for i, first in enumerate(hosts):
        for second in hosts[i + 1:]:
            pairs.append((first, second))
    return pairs
