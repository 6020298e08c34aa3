def unique_visitors(ips):
    seen = set()
    for ip in ips:
        seen.add(ip)
    return len(seen)


def new_visitors(yesterday, today):
    return set(today).difference(yesterday)


def returning_visitors(yesterday, today):
    return set(yesterday).intersection(today)
