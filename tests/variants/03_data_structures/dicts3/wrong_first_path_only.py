def group_by_status(requests):
    groups = {}
    for path, status in requests:
        if status not in groups:
            groups[status] = [path]
    return groups
