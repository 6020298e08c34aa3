"""IP address helpers."""
import ipaddress


def is_private(address):
    """True for private-network addresses such as 10.0.0.5 or 192.168.1.1."""
    return ipaddress.ip_address(address).is_private
