"""
People use Python to automate boring tasks, to write the backend (server
side) of websites, to work with data, to manage networks and to run cloud
servers. One reason is its standard library: tools for all of this come
with Python.

Networking: the `ipaddress` module knows how IP networks work.
  ipaddress.ip_network("10.0.0.0/24")  is a network (here 10.0.0.0 to 10.0.0.255)
  ipaddress.ip_address("10.0.0.7")     is an address
  address in network                   is True when the network holds the address
  network.num_addresses                is how many addresses the network holds

A firewall should let in only the hosts of the office network. Fill in the
two values with ipaddress. The tests also run your lines with other networks
and hosts, so don't write the answers yourself.
"""

import ipaddress

OFFICE_NETWORK = "192.168.10.0/24"
HOST = "192.168.10.77"

network = ipaddress.ip_network(OFFICE_NETWORK)

# True when HOST is one of the addresses of OFFICE_NETWORK
host_allowed = ipaddress.ip_address(HOST) in network

# How many addresses OFFICE_NETWORK holds
size = network.num_addresses

print("Allowed:", host_allowed)
print("Network size:", size)

# --- tests: read them, don't change them ---

import ast
import sys


def run_with(capsys, **values):
    """Run your program again with other values in its first lines; give back its variables."""
    from coursekit import learner_tree

    tree = learner_tree(sys.modules[__name__])
    for name, value in values.items():
        line = next((line for line in tree.body if isinstance(line, ast.Assign)
                     and ast.unparse(line.targets[0]) == name), None)
        assert line, f"keep the line that sets {name} at the top of your program"
        line.value = ast.copy_location(ast.parse(repr(value), mode="eval").body, line.value)
    ast.fix_missing_locations(tree)
    variables = {"__name__": "__main__"}
    capsys.readouterr()
    exec(compile(tree, __file__, "exec"), variables)
    variables["printed"] = capsys.readouterr().out.splitlines()
    return variables


def test_a_host_of_the_network_is_allowed(capsys):
    for network, host in [("192.168.10.0/24", "192.168.10.77"), ("10.20.0.0/16", "10.20.255.1")]:
        allowed = run_with(capsys, OFFICE_NETWORK=network, HOST=host)["host_allowed"]
        assert allowed is True, f"{host} is in {network}: host_allowed must be True"


def test_a_host_outside_the_network_is_not(capsys):
    outside = [("192.168.10.0/24", "192.168.11.5"), ("192.168.10.0/25", "192.168.10.200")]
    for network, host in outside:
        allowed = run_with(capsys, OFFICE_NETWORK=network, HOST=host)["host_allowed"]
        assert allowed is False, f"{host} is not in {network}: host_allowed must be False"


def test_size_of_the_network(capsys):
    sizes = [("192.168.10.0/24", 256), ("10.20.0.0/16", 65536), ("192.168.10.0/25", 128)]
    for network, expected in sizes:
        size = run_with(capsys, OFFICE_NETWORK=network, HOST="10.0.0.1")["size"]
        assert size == expected, f"the size of {network}"
