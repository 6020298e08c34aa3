import ipaddress


def describe(interface):
    network = ipaddress.ip_network(interface, strict=False)
    return {
        "network": str(network),
        "netmask": str(network.netmask),
        "broadcast": str(network.broadcast_address),
        "first_host": str(network.network_address + 1),
        "last_host": str(network.broadcast_address - 1),
        "usable": network.num_addresses - 1,
    }


def summarize(prefixes):
    networks = [ipaddress.ip_network(p) for p in prefixes]
    return [str(n) for n in ipaddress.collapse_addresses(networks)]
