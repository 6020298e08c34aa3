import ipaddress


def prefix_for(hosts):
    prefix = 30
    while 2 ** (32 - prefix) <= hosts:
        prefix -= 1
    return prefix


def allocate(pool, needs, used=()):
    pool_net = ipaddress.ip_network(pool)
    taken = [ipaddress.ip_network(u) for u in used]
    plan = {}
    for site, hosts in sorted(needs.items(), key=lambda item: -item[1]):
        for candidate in pool_net.subnets(new_prefix=prefix_for(hosts)):
            if not any(candidate.overlaps(t) for t in taken):
                taken.append(candidate)
                plan[site] = str(candidate)
                break
        else:
            raise ValueError("full")
    return plan
