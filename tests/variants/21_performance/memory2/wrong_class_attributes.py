"""Memory management: __slots__ for many small objects.

Each instance of an ordinary class carries a dict for its attributes. For many small objects
(a million metric samples), `__slots__` stores the attributes in fixed places instead: each
object needs less memory, and a typo in an attribute name becomes an AttributeError instead
of a new, silently ignored attribute. Give Sample slots for its three attributes.
"""


class Sample:
    """One metric reading from one host."""

    host = metric = value = None

    def __init__(self, host: str, metric: str, value: float):
        self.host = host
        self.metric = metric
        self.value = value


