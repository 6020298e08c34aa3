from itertools import islice, permutations


def batches(hosts, size):
    it = iter(hosts)
    result = []
    while batch := list(islice(it, size)):
        result.append(batch)
    return result


def all_pairs(hosts):
    return list(permutations(hosts, 2))
