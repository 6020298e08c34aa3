import ipaddress
import math


def prefix_for(hosts):
    return 32 - max(2, math.ceil(math.log2(hosts + 2)))


def allocate(pool, needs, used=()):
    pool_net = ipaddress.ip_network(pool)
    taken = [ipaddress.ip_network(u) for u in used]
    plan = {}
    for site in sorted(needs, key=needs.get, reverse=True):
        found = None
        for candidate in pool_net.subnets(new_prefix=prefix_for(needs[site])):
            clash = False
            for t in taken:
                if candidate.subnet_of(t) or t.subnet_of(candidate):
                    clash = True
                    break
            if not clash:
                found = candidate
                break
        if found is None:
            raise ValueError("pool exhausted")
        taken.append(found)
        plan[site] = str(found)
    return plan
