"""The data the inventory is made of."""
from collections import namedtuple

Host = namedtuple("Host", ["name", "ip", "tags"])
