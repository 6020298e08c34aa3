from ipaddress import IPv4Network, collapse_addresses, ip_network


def describe(interface):
    network = ip_network(interface, strict=False)
    if network.prefixlen >= 31:
        first, last = network[0], network[-1]
        usable = network.num_addresses
    else:
        first, last = network.network_address + 1, network.broadcast_address - 1
        usable = network.num_addresses - 2
    return {
        "network": network.with_prefixlen,
        "netmask": str(network.netmask),
        "broadcast": str(network.broadcast_address),
        "first_host": str(first),
        "last_host": str(last),
        "usable": usable,
    }


def summarize(prefixes):
    result = []
    for net in collapse_addresses(IPv4Network(p) for p in prefixes):
        result.append(net.with_prefixlen)
    return result
