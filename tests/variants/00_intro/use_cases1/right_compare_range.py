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
address = ipaddress.ip_address(HOST)
host_allowed = network.network_address <= address <= network.broadcast_address

# How many addresses OFFICE_NETWORK holds
size = network.num_addresses

print("Allowed:", host_allowed)
print("Network size:", size)
