from itertools import combinations


def batches(hosts, size):
    hosts = list(hosts)
    return [hosts[i:i + size] for i in range(0, len(hosts) - size + 1, size)]


def all_pairs(hosts):
    return list(combinations(hosts, 2))
