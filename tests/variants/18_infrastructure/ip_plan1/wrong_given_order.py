import ipaddress


def prefix_for(hosts):
    prefix = 30
    while 2 ** (32 - prefix) - 2 < hosts:
        prefix -= 1
    return prefix


def allocate(pool, needs, used=()):
    # hands out consecutive blocks in the order given, ignoring alignment and `used`
    pool_net = ipaddress.ip_network(pool)
    next_free = pool_net.network_address
    plan = {}
    for site, hosts in needs.items():
        net = ipaddress.ip_network(f"{next_free}/{prefix_for(hosts)}", strict=False)
        if not net.subnet_of(pool_net):
            raise ValueError("full")
        plan[site] = str(net)
        next_free = net.broadcast_address + 1
    return plan
