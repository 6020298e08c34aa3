def unique_visitors(ips):
    return len(set(ips))


def new_visitors(yesterday, today):
    return set(today) - set(yesterday)


def returning_visitors(yesterday, today):
    return set(yesterday) | set(today)
