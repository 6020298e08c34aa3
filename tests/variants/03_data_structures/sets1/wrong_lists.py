def unique_visitors(ips):
    return len(set(ips))


def new_visitors(yesterday, today):
    return [ip for ip in today if ip not in yesterday]


def returning_visitors(yesterday, today):
    return [ip for ip in today if ip in yesterday]
