"""Network automation concepts: subnets and host ranges with `ipaddress`.

`describe` takes an interface address in CIDR form, as a router shows it ("10.1.2.77/26"),
and reports its subnet. `summarize` turns a list of routes into the fewest covering
prefixes (supernets), the way you would before announcing them.
"""
import ipaddress


def describe(interface: str) -> dict:
    """Network, netmask, broadcast, first and last usable host and the number of usable hosts."""
    # TODO: "10.1.2.77/26" is an address *in* a network, and ip_network() refuses it.
    network = ipaddress.ip_network(interface)
    # TODO: the network and broadcast addresses are not usable hosts.
    return {
        "network": str(network),
        "netmask": str(network.netmask),
        "broadcast": str(network.broadcast_address),
        "first_host": str(network.network_address),
        "last_host": str(network.broadcast_address),
        "usable": network.num_addresses,
    }


def summarize(prefixes: list[str]) -> list[str]:
    """The fewest prefixes that cover exactly the given ones, sorted."""
    # TODO: merge adjacent and nested networks (the ipaddress module can do it).
    return sorted(prefixes)


# --- tests: read them, don't change them ---


def test_describe_an_interface_address():
    assert describe("10.1.2.77/26") == {
        "network": "10.1.2.64/26",
        "netmask": "255.255.255.192",
        "broadcast": "10.1.2.127",
        "first_host": "10.1.2.65",
        "last_host": "10.1.2.126",
        "usable": 62,
    }


def test_describe_a_point_to_point_link():
    info = describe("192.0.2.9/30")
    assert info["network"] == "192.0.2.8/30"
    assert (info["first_host"], info["last_host"]) == ("192.0.2.9", "192.0.2.10")
    assert info["usable"] == 2


def test_describe_a_network_address():
    assert describe("172.16.0.0/24")["usable"] == 254


def test_summarize_adjacent_networks():
    assert summarize(["10.0.2.0/24", "10.0.0.0/24", "10.0.3.0/24", "10.0.1.0/24"]) == [
        "10.0.0.0/22"
    ]


def test_summarize_keeps_what_cannot_be_merged():
    assert summarize(["10.0.1.0/24", "10.0.2.0/24"]) == ["10.0.1.0/24", "10.0.2.0/24"]


def test_summarize_drops_networks_inside_others():
    assert summarize(["192.168.0.0/16", "192.168.10.0/24", "10.0.0.0/8"]) == [
        "10.0.0.0/8",
        "192.168.0.0/16",
    ]
