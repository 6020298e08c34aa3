def group_by_status(requests):
    groups = {}
    for path, status in requests:
        groups[status] = sorted(groups.get(status, []) + [path])
    return groups
