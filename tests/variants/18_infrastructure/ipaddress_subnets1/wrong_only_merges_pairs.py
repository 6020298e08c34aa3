import ipaddress


def describe(interface):
    network = ipaddress.ip_interface(interface).network
    hosts = list(network.hosts())
    return {
        "network": str(network),
        "netmask": str(network.netmask),
        "broadcast": str(network.broadcast_address),
        "first_host": str(hosts[0]),
        "last_host": str(hosts[-1]),
        "usable": len(hosts),
    }


def summarize(prefixes):
    networks = sorted(ipaddress.ip_network(p) for p in prefixes)
    result = []
    for net in networks:
        if result and result[-1].supernet() == net.supernet():
            result[-1] = net.supernet()
        else:
            result.append(net)
    return [str(n) for n in result]
