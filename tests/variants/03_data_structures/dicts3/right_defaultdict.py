from collections import defaultdict


def group_by_status(requests):
    groups = defaultdict(list)
    for request in requests:
        groups[request[1]].append(request[0])
    return dict(groups)
