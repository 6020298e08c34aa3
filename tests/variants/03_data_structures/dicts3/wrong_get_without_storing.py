def group_by_status(requests):
    groups = {}
    for path, status in requests:
        groups.get(status, []).append(path)
    return groups
