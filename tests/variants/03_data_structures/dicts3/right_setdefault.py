def group_by_status(requests):
    groups = {}
    for path, status in requests:
        groups.setdefault(status, []).append(path)
    return groups
