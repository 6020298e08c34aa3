def unique_visitors(ips):
    return len({ip for ip in ips})


def new_visitors(yesterday, today):
    seen = set(yesterday)
    return {ip for ip in today if ip not in seen}


def returning_visitors(yesterday, today):
    return {ip for ip in today if ip in yesterday}
