"""Network automation concepts: subnets and host ranges with `ipaddress`.

`describe` takes an interface address in CIDR form, as a router shows it ("10.1.2.77/26"),
and reports its subnet. `summarize` turns a list of routes into the fewest covering
prefixes (supernets), the way you would before announcing them.
"""
import ipaddress


def describe(interface: str) -> dict:
    """Network, netmask, broadcast, first and last usable host and the number of usable hosts."""
    network = ipaddress.ip_interface(interface).network
    hosts = list(network.hosts())
    return {
        "network": str(network),
        "netmask": str(network.netmask),
        "broadcast": str(network.broadcast_address),
        "first_host": str(network.network_address),
        "last_host": str(network.broadcast_address),
        "usable": len(hosts),
    }


def summarize(prefixes: list[str]) -> list[str]:
    """The fewest prefixes that cover exactly the given ones, sorted."""
    networks = [ipaddress.ip_network(p) for p in prefixes]
    return [str(n) for n in ipaddress.collapse_addresses(networks)]
